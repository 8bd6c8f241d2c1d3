// The embed builder: choose an element and its attributes, brand it (the theme editor's token
// fields), give it your own figures (a form validated live with the library's validateProfile),
// preview it at three widths on a light and a dark page, and copy the snippet or static HTML.
//
// Under the demo's strict CSP with Trusted Types required: every node is made with the DOM, tokens
// go through the CSSOM, snippets are text. What the builder takes from the library is in
// builder/library.js, the one module that names the bundle's API.
import { wireCopyButton } from './copy.js';
import { createTokensEditor, tokensRule } from './tokens-editor.js';
import { bundleUrl, citedSources, defaultProfile, describe, elements, standaloneSvg, validateProfile, writeSnippet } from './builder/library.js';
import { cdnUrl, integrityOf, sameFigures, sliceProfile } from './builder/snippet.js';
import { controlValue, formatPath, getAt, itemLegend, renderFiguresForm, schemaAt, setAt, showIssues, skeleton } from './builder/figures-form.js';
import { staticHtml } from './builder/static-html.js';

const WIDTHS = [280, 480, 680];
const PAGES = ['light', 'dark'];
const SCHEMA_URL = new URL('../data/career-profile.schema.json', import.meta.url).href;

const $ = (id) => /** @type {any} */ (document.getElementById(id));
const controls = { element: $('element'), lang: $('lang'), locale: $('locale'), theme: $('theme'), heading: $('heading') };
const actionChecks = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('input[name="actions"]')]);
const stage = $('stage');
const snippet = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const figuresForm = $('figures-form');
const figuresStatus = $('figures-status');
const issuesList = $('issues');
const staticCode = $('static');
const staticStatus = $('static-status');
const staticImage = $('static-image');
const copyStaticButton = $('copy-static');

const sectionOf = new Map(elements.map((e) => [e.tag, e.section]));
// An element this page does not list yet (a newer bundle) is offered too.
for (const { tag } of elements) {
  if (![...controls.element.options].some((o) => o.value === tag)) controls.element.append(new Option(`<${tag}>`, tag));
}

const editor = createTokensEditor($('token-fields'), { theme: () => controls.theme.value });

/** What the builder is building. `working` is a whole profile: the guide's, a loaded one, edited here. */
const state = {
  own: false,
  working: structuredClone(defaultProfile),
  /** Sources added here (shown in the form whether or not a figure cites them yet). */
  added: new Set(),
  /** The JSON Schema, fetched the first time the form is needed. */
  schema: /** @type {any} */ (null),
  integrity: /** @type {string | null} */ (null),
  /** The issues of the last validation. */
  issues: /** @type {{ path: string, message: string }[]} */ ([]),
};

const tag = () => controls.element.value;
const section = () => sectionOf.get(tag()) ?? 'outlook';
const scriptChoice = () => /** @type {HTMLInputElement} */ (document.querySelector('input[name="script"]:checked')).value;

/* ---------- Preview: six elements, made with the DOM ---------- */

/** @type {HTMLElement[]} */
let previews = [];

function buildStage() {
  previews = [];
  const rows = PAGES.map((page) => {
    const row = document.createElement('div');
    row.className = `stage__page stage__page--${page}`;
    const label = document.createElement('p');
    label.className = 'stage__label';
    label.textContent = `On a ${page} page`;
    const frames = document.createElement('div');
    frames.className = 'stage__frames';
    for (const width of WIDTHS) {
      const frame = document.createElement('div');
      frame.className = `frame frame--${width}`;
      const caption = document.createElement('p');
      caption.className = 'frame__label';
      caption.textContent = `${width} px`;
      const element = document.createElement(tag());
      element.dataset.page = page;
      element.dataset.width = String(width);
      previews.push(element);
      frame.append(caption, element);
      frames.append(frame);
    }
    row.append(label, frames);
    return row;
  });
  stage.replaceChildren(...rows);
  stage.dataset.tag = tag();
}

/** The attributes the snippet writes, in its order. */
function chosenAttributes() {
  const actions = actionChecks.filter((c) => c.checked).map((c) => c.value);
  return [
    ['lang', controls.lang.value],
    ['locale', controls.locale.value],
    ['theme', controls.theme.value],
    ['heading', controls.heading.value.trim()],
    ['actions', actions.join(' ')],
  ];
}

/** The profile the elements get through `data`: only when the figures differ from the built-in ones. */
function figuresData() {
  if (!state.own || sameFigures(state.working, defaultProfile, section())) return undefined;
  return sliceProfile(state.working, section());
}

function configurePreviews() {
  const data = figuresData();
  for (const element of previews) {
    for (const [name, value] of chosenAttributes()) {
      // The theme is always written on the preview (Lit reflects it anyway); the snippet leaves out "light".
      if (value || name === 'theme') element.setAttribute(name, value);
      else element.removeAttribute(name);
    }
    if (/** @type {any} */ (element).data !== data) /** @type {any} */ (element).data = data;
  }
  editor.apply(stage);
}

/* ---------- Validation ---------- */

/** Paths the form shows: the whole profile, its occupation, its sources and the element's section. */
const inScope = (path) => path === '' || ['occupation', 'sources', section()].some((root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`));

function validate() {
  if (!state.own) {
    state.issues = [];
    return;
  }
  const result = validateProfile(state.working);
  state.issues = result.ok ? [] : [...result.issues];
}

/** Why no snippet can be offered (a problem in what the element reads), or undefined. */
function snippetProblem() {
  const n = state.issues.filter((issue) => inScope(issue.path)).length;
  if (n > 0) return `your figures have ${n} ${n === 1 ? 'problem' : 'problems'}: fix the fields marked in “3 Figures”`;
  if (state.own && section() !== 'sources' && state.working[section()] === undefined) {
    return `your profile has no “${section()}” section for <${tag()}>: start it in “3 Figures”`;
  }
  return undefined;
}
const snippetReady = () => snippetProblem() === undefined;

function announce(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

function showValidation() {
  if (!state.own) return;
  const { placed, unplaced } = showIssues(figuresForm, state.issues);
  issuesList.replaceChildren(
    ...placed.map(({ issue, id }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${id}`;
      link.textContent = issue.message;
      item.append(link);
      return item;
    }),
    ...unplaced.map((issue) => {
      const item = document.createElement('li');
      item.textContent = inScope(issue.path) ? issue.message : `${issue.message} (another section: not in the snippet, but fix it before using the file with src)`;
      return item;
    }),
  );
  issuesList.hidden = state.issues.length === 0;
  const n = state.issues.length;
  announce(figuresStatus, n === 0 ? 'Your figures are valid.' : `${n} ${n === 1 ? 'problem' : 'problems'} in your figures: each is shown by its field and listed here.`);
  $('download').disabled = n > 0;
}

/* ---------- The snippet ---------- */

function fallbackSentence() {
  if (!describe) return undefined;
  const profile = figuresData() ?? defaultProfile;
  try {
    return describe(profile, tag(), { lang: controls.lang.value || undefined, locale: controls.locale.value || undefined });
  } catch (error) {
    console.warn('describe() failed', error);
    return undefined;
  }
}

function snippetText() {
  const problem = snippetProblem();
  if (problem) return `<!-- No snippet while ${problem}. -->`;
  const cdn = scriptChoice() === 'cdn';
  if (cdn && !state.integrity) return '<!-- Computing the integrity hash of the built file… -->';
  const version = /** @type {any} */ (customElements.get(tag()))?.version ?? '0.0.0';
  const scriptUrl = cdn ? cdnUrl(version) : $('script-path').value.trim() || '/career-widgets.js';
  const tokens = editor.tokens();
  const style = tokens.length ? `<style>\n${tokensRule([tag()], tokens, '  ')}\n</style>\n` : '';
  const source = previews[0];
  return style + writeSnippet(source, { scriptUrl, integrity: cdn ? (state.integrity ?? undefined) : undefined, fallback: fallbackSentence() });
}

function updateSnippet() {
  const text = snippetText();
  if (snippet.textContent !== text) {
    snippet.textContent = text;
    copyStatus.textContent = ''; // a stale "Copied" would describe an older snippet
  }
  copyButton.disabled = !snippetReady() || (scriptChoice() === 'cdn' && !state.integrity);
  $('fallback-notice').hidden = Boolean(describe);
}

async function computeIntegrity() {
  if (state.integrity) return;
  try {
    const response = await fetch(bundleUrl, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    state.integrity = await integrityOf(await response.arrayBuffer());
  } catch (error) {
    snippet.textContent = `<!-- The built file could not be read for its hash (${String(error)}): use your own site’s copy instead. -->`;
    return;
  }
  updateSnippet();
}

/* ---------- Static HTML ---------- */

/** True once `element` shows its figures: ready, laid out, its drawing (if any) drawn. */
function isDrawn(element) {
  const root = element.shadowRoot;
  if (!root?.querySelector('.base.state-ready') || root.querySelector('.reserve')) return false;
  return !root.querySelector('[part~="chart"]') || root.querySelector('[part~="chart"] > svg') !== null;
}

let staticRun = 0;
let staticTimer = 0;
/** True while no preview is drawn yet to write the static HTML from (lazy drawing: it is out of view). */
let staticWaiting = false;

function scheduleStatic() {
  clearTimeout(staticTimer);
  staticTimer = setTimeout(writeStatic, 300);
}

async function writeStatic() {
  const run = ++staticRun;
  if (!standaloneSvg) {
    announce(staticStatus, 'This build of career-widgets has no standaloneSvg(), so it cannot write static HTML yet.');
    staticCode.textContent = '';
    staticImage.hidden = true;
    copyStaticButton.disabled = true;
    return;
  }
  if (!snippetReady()) {
    announce(staticStatus, `No static HTML while ${snippetProblem()}.`);
    copyStaticButton.disabled = true;
    return;
  }
  // The widest preview drawn on the page the theme shows; the preview's own lazy drawing decides when.
  const page = controls.theme.value === 'dark' ? 'dark' : 'light';
  const candidates = previews.filter((p) => p.dataset.page === page).reverse();
  let source;
  for (let tries = 0; tries < 100 && !source; tries++) {
    await Promise.all(candidates.map((c) => /** @type {any} */ (c).updateComplete));
    if (run !== staticRun) return;
    source = candidates.find(isDrawn);
    if (!source) await new Promise((r) => setTimeout(r, 100));
  }
  staticWaiting = !source;
  if (!source) {
    announce(staticStatus, 'Waiting for a preview to draw: scroll the preview into view.');
    return;
  }
  let svg;
  try {
    svg = standaloneSvg(source);
  } catch (error) {
    announce(staticStatus, `The static HTML could not be written: ${String(error)}`);
    return;
  }
  staticCode.textContent = staticHtml(source, svg, controls.lang.value || undefined);
  staticImage.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  staticImage.alt = `The ${tag()} element as a static image, ${source.dataset.width} px wide.`;
  staticImage.hidden = false;
  copyStaticButton.disabled = false;
  announce(staticStatus, `Drawn at ${source.dataset.width} px wide, from the preview on a ${page} page.`);
}

/* ---------- The figures form ---------- */

async function loadSchema() {
  if (state.schema) return state.schema;
  const response = await fetch(SCHEMA_URL);
  state.schema = await response.json();
  return state.schema;
}

/** Indexes of the sources the form shows: the ones the section cites, and the ones added here. */
function shownSources() {
  const sources = Array.isArray(state.working.sources) ? state.working.sources : [];
  if (section() === 'sources') return sources.map((_s, i) => i);
  const cited = new Set(citedSources(state.working[section()]));
  return sources.flatMap((s, i) => (cited.has(s?.id) || state.added.has(s) ? [i] : []));
}

const sectionTitle = () => `<${tag()}>`;

async function renderForm() {
  if (!state.own) return;
  const schema = await loadSchema();
  // A field that had focus keeps it across the new form (the same path has the same id).
  const focused = figuresForm.contains(document.activeElement) ? document.activeElement?.id : undefined;
  renderFiguresForm(figuresForm, { profile: state.working, section: section(), schema, shownSources: shownSources(), sectionTitle: sectionTitle() });
  if (focused) document.getElementById(focused)?.focus();
  validate();
  showValidation();
}

/** The `<select>`s naming a source, after a source's id or publisher changed. */
function refreshSourceSelects() {
  const sources = Array.isArray(state.working.sources) ? state.working.sources : [];
  for (const select of figuresForm.querySelectorAll('select[data-kind="source"]')) {
    const value = getAt(state.working, JSON.parse(select.dataset.keys)) ?? '';
    const ids = sources.map((s) => s?.id).filter((id) => typeof id === 'string');
    if (value && !ids.includes(value)) ids.push(value);
    select.replaceChildren(...ids.map((id) => new Option(sources.find((s) => s?.id === id)?.publisher ? `${sources.find((s) => s?.id === id).publisher} (${id})` : id, id)));
    select.value = value;
  }
}

/** Every `source` reference to `from`, anywhere in the profile, now names `to`. */
function renameSource(from, to) {
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && child === from) value[key] = to;
        else if (key !== 'sources') walk(child);
      }
    }
  };
  walk(state.working);
}

const NAME_KEYS = new Set(['label', 'option', 'name', 'publisher', 'text', 'good', 'mistake', 'id']);

figuresForm.addEventListener('input', (event) => {
  const control = /** @type {HTMLElement} */ (event.target);
  if (!control.dataset?.kind) return;
  const keys = JSON.parse(control.dataset.keys);
  const before = getAt(state.working, keys);
  const value = controlValue(control);
  setAt(state.working, keys, value);
  const last = keys[keys.length - 1];
  const isSource = keys[0] === 'sources' && keys.length === 3;
  if (isSource && last === 'id' && typeof before === 'string' && typeof value === 'string') renameSource(before, value);
  if (isSource && (last === 'id' || last === 'publisher')) refreshSourceSelects();
  if (NAME_KEYS.has(last)) {
    // A list item's legend names it ("Projection 2: …"): keep it in step.
    const group = control.closest('fieldset[data-title]');
    const legend = group?.querySelector(':scope > legend');
    if (legend && group.dataset.path === formatPath(keys.slice(0, -1))) legend.textContent = itemLegend(group.dataset.title, getAt(state.working, keys.slice(0, -1)));
  }
  refreshFigures();
});

figuresForm.addEventListener('click', async (event) => {
  const button = /** @type {HTMLElement} */ (event.target).closest('button[data-action]');
  if (!button) return;
  const schema = await loadSchema();
  const action = button.dataset.action;
  const keys = button.dataset.keys ? JSON.parse(button.dataset.keys) : [];
  const firstSource = state.working.sources?.[shownSources()[0] ?? 0]?.id ?? '';
  let focusPath;
  if (action === 'add-item') {
    const node = schemaAt(schema, keys);
    const list = Array.isArray(getAt(state.working, keys)) ? getAt(state.working, keys) : [];
    list.push(skeleton(node.items, { sourceId: firstSource, siblings: list }));
    setAt(state.working, keys, list);
    focusPath = formatPath([...keys, list.length - 1]);
  } else if (action === 'add-object') {
    setAt(state.working, keys, skeleton(schemaAt(schema, keys), { sourceId: firstSource }));
    focusPath = formatPath(keys);
  } else if (action === 'add-source') {
    if (!Array.isArray(state.working.sources)) state.working.sources = [];
    const source = skeleton(schema.properties.sources.items, { siblings: state.working.sources });
    state.working.sources.push(source);
    state.added.add(source);
    focusPath = formatPath(['sources', state.working.sources.length - 1]);
  } else if (action === 'remove') {
    const parent = getAt(state.working, keys.slice(0, -1));
    const last = keys[keys.length - 1];
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else setAt(state.working, keys, undefined);
  } else if (action === 'start-section') {
    state.working[section()] = structuredClone(defaultProfile[section()]);
    if (!Array.isArray(state.working.sources)) state.working.sources = [];
    const have = new Set(state.working.sources.map((s) => s?.id));
    for (const id of citedSources(defaultProfile[section()])) {
      const source = defaultProfile.sources.find((s) => s.id === id);
      if (source && !have.has(id)) state.working.sources.push(structuredClone(source));
    }
  }
  await renderForm();
  // Focus follows the change: the new item's first field, else the list's add button.
  const target = focusPath
    ? [...figuresForm.querySelectorAll('[data-path]')].find((n) => n.dataset.path === focusPath)
    : null;
  const first = target?.matches('[data-kind]') ? target : target?.querySelector('[data-kind]');
  if (first) first.focus();
  else if (action === 'remove') (figuresForm.querySelector(`[data-action^="add"][data-keys='${JSON.stringify(keys.slice(0, -1))}']`) ?? figuresForm.querySelector('[data-action^="add"]'))?.focus();
  refreshFigures();
});

/** After any change of the figures: validate, show, and bring the preview and snippets along. */
function refreshFigures() {
  validate();
  showValidation();
  configurePreviews();
  updateSnippet();
  scheduleStatic();
}

// A problem's link moves focus to its field (a fragment link alone only scrolls there).
issuesList.addEventListener('click', (event) => {
  const link = /** @type {HTMLElement} */ (event.target).closest('a[href^="#"]');
  const target = link && document.getElementById(link.getAttribute('href').slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
});

$('profile-file').addEventListener('change', async (event) => {
  const file = /** @type {HTMLInputElement} */ (event.target).files?.[0];
  if (!file) return;
  let parsed;
  try {
    parsed = JSON.parse(await file.text());
  } catch (error) {
    announce(figuresStatus, `${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    announce(figuresStatus, `${file.name} is not a career profile: it must be a JSON object.`);
    return;
  }
  state.working = parsed;
  state.added = new Set();
  await renderForm();
  refreshFigures();
  const n = state.issues.length;
  announce(figuresStatus, `Loaded ${file.name}: ${n === 0 ? 'its figures are valid.' : `${n} ${n === 1 ? 'problem' : 'problems'}, each shown by its field and listed here.`}`);
});

$('download').addEventListener('click', () => {
  const blob = new Blob([`${JSON.stringify(state.working, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'career-profile.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
});

/* ---------- Wiring ---------- */

function setOwn(own) {
  state.own = own;
  $('own-figures').hidden = !own;
  if (own) void renderForm().then(refreshFigures);
  else refreshFigures();
}

function update() {
  if (stage.dataset.tag !== tag()) {
    buildStage();
    if (state.own) void renderForm();
  }
  editor.refresh();
  validate();
  configurePreviews();
  updateSnippet();
  scheduleStatic();
}

const form = $('controls');
form.addEventListener('submit', (event) => event.preventDefault());
for (const type of ['input', 'change']) {
  form.addEventListener(type, (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    if (figuresForm.contains(target) || target.id === 'profile-file') return;
    if (target.getAttribute('name') === 'figures') {
      if (type === 'change') setOwn(/** @type {HTMLInputElement} */ (target).value === 'own');
      return;
    }
    update();
  });
}
for (const type of ['input', 'change']) {
  $('script-path').addEventListener(type, updateSnippet);
}
for (const radio of document.querySelectorAll('input[name="script"]')) {
  radio.addEventListener('change', () => {
    if (scriptChoice() === 'cdn') void computeIntegrity();
    updateSnippet();
  });
}

stage.addEventListener('scroll', () => staticWaiting && scheduleStatic(), { passive: true });
window.addEventListener('scroll', () => staticWaiting && scheduleStatic(), { passive: true });

$('reset-brand').addEventListener('click', () => {
  editor.reset();
  update();
});

wireCopyButton(copyButton, { text: () => snippet.textContent ?? '', select: snippet, status: copyStatus, copied: 'Copied the snippet to the clipboard.' });
wireCopyButton(copyStaticButton, { text: () => staticCode.textContent ?? '', select: staticCode, status: $('copy-static-status'), copied: 'Copied the static HTML to the clipboard.' });

// A page restored with a radio already on (the back button) starts where it was.
const ownChecked = /** @type {HTMLInputElement} */ ($('figures-own')).checked;
if (scriptChoice() === 'cdn') void computeIntegrity();
update();
if (ownChecked) setOwn(true);
