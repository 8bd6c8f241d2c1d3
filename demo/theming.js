// The theme editor: form controls → --cw-* custom properties on the preview container, and a
// copy-and-paste snippet. Everything is CSP- and Trusted-Types-safe: tokens are written through
// the CSSOM (style.setProperty) and the snippet is plain text (textContent), never HTML.

/** The library's defaults (README, "Theming"). A control left at its default writes nothing. */
const DEFAULTS = {
  accent: { light: '#0b5cad', dark: '#8cc4ff' },
  compare: { light: '#c45c00', dark: '#cf7a2a' },
  background: { light: '#ffffff', dark: '#16191d' },
  radius: 6, // 0.375rem
  space: 16, // 1rem
};

const SCRIPT_URL = 'https://your.site/career-widgets.js';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const controls = {
  accent: /** @type {HTMLInputElement} */ ($('accent')),
  compare: /** @type {HTMLInputElement} */ ($('compare')),
  font: /** @type {HTMLSelectElement} */ ($('font')),
  radius: /** @type {HTMLInputElement} */ ($('radius')),
  space: /** @type {HTMLInputElement} */ ($('space')),
  theme: /** @type {HTMLSelectElement} */ ($('theme')),
};
const elementChecks = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('input[name="elements"]')]);
const preview = $('preview');
const snippet = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');

/** Which colour controls the visitor has touched: an untouched one keeps the light/dark default pair. */
const touched = { accent: false, compare: false };

/** The tokens to write, in README order, from the controls' current values. */
function chosenTokens() {
  const tokens = [];
  if (controls.font.value) tokens.push(['--cw-font-family', controls.font.value]);
  if (touched.accent) tokens.push(['--cw-color-accent', controls.accent.value]);
  if (touched.compare) tokens.push(['--cw-color-compare', controls.compare.value]);
  const radius = Number(controls.radius.value);
  if (radius !== DEFAULTS.radius) tokens.push(['--cw-radius', `${radius}px`]);
  const space = Number(controls.space.value);
  if (space !== DEFAULTS.space) tokens.push(['--cw-space', `${space}px`]);
  return tokens;
}

const ALL_TOKENS = ['--cw-font-family', '--cw-color-accent', '--cw-color-compare', '--cw-radius', '--cw-space'];

function applyToPreview(tokens) {
  const chosen = new Map(tokens);
  for (const name of ALL_TOKENS) {
    if (chosen.has(name)) preview.style.setProperty(name, chosen.get(name));
    else preview.style.removeProperty(name);
  }
  const theme = controls.theme.value;
  for (const el of preview.children) el.setAttribute('theme', theme);
  preview.dataset.theme = theme; // the stage behind the widgets follows (theming.css)
}

/** The snippet as plain text: script tag, a <style> block with the chosen tokens, the elements. */
function buildSnippet(tokens) {
  const names = elementChecks.filter((c) => c.checked).map((c) => c.value);
  const theme = controls.theme.value;
  const themeAttr = theme === 'light' ? '' : ` theme="${theme}"`;
  const lines = [`<script type="module" src="${SCRIPT_URL}"></script>`, ''];

  if (names.length === 0) {
    lines.push('<!-- Tick at least one element to add it here. -->');
    return lines.join('\n');
  }
  lines.push('<style>');
  if (tokens.length === 0) {
    lines.push('  /* Every token is at its default: nothing to override. */');
  } else {
    lines.push(`  ${names.join(',\n  ')} {`);
    for (const [name, value] of tokens) lines.push(`    ${name}: ${value};`);
    lines.push('  }');
  }
  lines.push('</style>', '');
  for (const name of names) lines.push(`<${name}${themeAttr}></${name}>`);
  return lines.join('\n');
}

/* ---------- Contrast (WCAG 2.2): marks need 3:1 against the element's background ---------- */

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Which backgrounds the colour will sit on: the chosen theme's, or both for "auto". */
function schemes() {
  const theme = controls.theme.value;
  return theme === 'auto' ? ['light', 'dark'] : [theme];
}

function describeContrast(key) {
  const out = $(`${key}-contrast`);
  const parts = schemes().map((scheme) => {
    const colour = touched[key] ? controls[key].value : DEFAULTS[key][scheme];
    const ratio = contrast(colour, DEFAULTS.background[scheme]);
    const ok = ratio >= 3;
    return { text: `${ratio.toFixed(1)}:1 on ${scheme}`, ok };
  });
  const allOk = parts.every((p) => p.ok);
  out.textContent = `${parts.map((p) => p.text).join(', ')}: ${allOk ? 'meets' : 'below'} the 3:1 that marks need.`;
  out.classList.toggle('contrast--fail', !allOk);
  $(`${key}-value`).textContent = touched[key] ? controls[key].value : 'default';
}

/* ---------- Wiring ---------- */

function update() {
  const tokens = chosenTokens();
  applyToPreview(tokens);
  snippet.textContent = buildSnippet(tokens);
  describeContrast('accent');
  describeContrast('compare');
  for (const key of ['radius', 'space']) {
    const px = `${controls[key].value} px`;
    $(`${key}-value`).textContent = px;
    controls[key].setAttribute('aria-valuetext', `${controls[key].value} pixels`);
  }
  copyStatus.textContent = ''; // a stale "Copied" would describe an older snippet
}

controls.accent.addEventListener('input', () => {
  touched.accent = true;
});
controls.compare.addEventListener('input', () => {
  touched.compare = true;
});
$('controls').addEventListener('input', update);
$('controls').addEventListener('change', update);
$('controls').addEventListener('submit', (event) => event.preventDefault());

$('reset').addEventListener('click', () => {
  controls.accent.value = DEFAULTS.accent.light;
  controls.compare.value = DEFAULTS.compare.light;
  controls.font.value = '';
  controls.radius.value = String(DEFAULTS.radius);
  controls.space.value = String(DEFAULTS.space);
  controls.theme.value = 'light';
  for (const check of elementChecks) check.checked = true;
  touched.accent = false;
  touched.compare = false;
  update();
  copyStatus.textContent = 'Reset to the defaults.';
});

/** Selects the snippet so the visitor can copy it by hand. */
function selectSnippet() {
  const range = document.createRange();
  range.selectNodeContents(snippet);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

copyButton.addEventListener('click', async () => {
  const text = snippet.textContent ?? '';
  const manual = 'Copying is not available here: the snippet is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
  if (!navigator.clipboard?.writeText) {
    selectSnippet();
    copyStatus.textContent = manual;
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied to the clipboard.';
  } catch {
    selectSnippet();
    copyStatus.textContent = manual;
  }
});

update();
