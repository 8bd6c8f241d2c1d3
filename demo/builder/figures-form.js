// "Use your own figures": a form for one element's section of a career profile and the sources it
// cites, generated from the profile's JSON Schema (data/career-profile.schema.json: which fields,
// their types, choices and descriptions) and the profile's own values. Built with the DOM only.
//
// Every control carries the path of its value (`data-keys`, and `data-path` written as the
// library's messages write paths, `outlook.projections[1].growthPercent`), so an issue from
// `validateProfile` lands next to the field it names.

/** `['outlook', 'projections', 1, 'growthPercent']` → `outlook.projections[1].growthPercent` (as the library writes paths). */
export function formatPath(keys) {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** A field's label where its key alone would read poorly. */
const LABELS = {
  id: 'Id',
  url: 'URL',
  growthPercent: 'Growth (%)',
  approximate: 'Approximate (reads “about”)',
  qualifier: 'Qualifier',
  note: 'Note (a caveat readers see)',
  durationText: 'Duration in words',
  goodFit: 'Good fit if',
  notGood: 'May not suit if',
  bestFor: 'Best for',
  mistakesTitle: 'Title of the mistakes',
  date: 'Date published',
  retrieved: 'Date retrieved',
  min: 'Shortest (months)',
  max: 'Longest (months)',
  start: 'Start year',
  end: 'End year',
  workers: 'Workers',
};

const humanize = (key) => {
  const words = String(key).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
const labelOf = (key) => LABELS[key] ?? humanize(key);

/** A short name for a list item in its legend: its label, option, name, text or publisher. */
function itemName(item) {
  if (typeof item !== 'object' || item === null) return '';
  const name = [item.label, item.option, item.name, item.publisher, item.text, item.good, item.mistake, item.id].find((n) => typeof n === 'string' && n);
  if (!name) return '';
  return name.length > 48 ? `${name.slice(0, 47)}…` : name;
}

/** A list item's legend: its title and number ("Projection 2"), then its name. */
export const itemLegend = (title, item) => {
  const name = itemName(item);
  return name ? `${title}: ${name}` : title;
};

/** The schema of the value at `keys` below `schema`. */
export function schemaAt(schema, keys) {
  let node = schema;
  for (const key of keys) {
    if (!node) return undefined;
    node = typeof key === 'number' ? node.items : node.properties?.[key];
  }
  return node;
}

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `keys` in `root`. */
export function getAt(root, keys) {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[key];
  }
  return node;
}

/** Sets (or, with `undefined`, deletes) the value at `keys` in `root`, making the objects on the way. */
export function setAt(root, keys, value) {
  let node = root;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof keys[i + 1] === 'number' ? [] : {};
    node = node[key];
  }
  const last = keys[keys.length - 1];
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node[last] = undefined;
    else delete node[last];
  } else node[last] = value;
}

/** A number as typed: a plain number becomes one; anything else stays text, for the validator to name. */
export function parseNumber(text) {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(trimmed) ? Number(trimmed) : trimmed;
}

/** An id not yet used in `list`, from `base`: `base-2`, `base-3`, … */
function freshId(list, base) {
  const used = new Set((Array.isArray(list) ? list : []).map((item) => item?.id));
  const stem = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item';
  for (let n = (Array.isArray(list) ? list.length : 0) + 1; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * A new, empty value for `schema`: the required fields only, text empty and numbers left out so the
 * validator asks for them (nothing is made up), a choice at its first option, `source` at `sourceId`.
 */
export function skeleton(schema, { sourceId = '', siblings } = {}) {
  if (schema.type === 'array') return schema.minItems ? [skeleton(schema.items, { sourceId, siblings: [] })] : [];
  if (schema.type !== 'object') return schema.enum ? schema.enum[0] : schema.type === 'string' ? '' : undefined;
  const out = {};
  for (const key of schema.required ?? []) {
    const child = schema.properties[key];
    if (key === 'id') out.id = freshId(siblings, schema.title ?? 'item');
    else if (key === 'source') out.source = sourceId;
    else {
      const value = skeleton(child, { sourceId });
      if (value !== undefined) out[key] = value;
    }
  }
  return out;
}

/* ---------- DOM ---------- */

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

const idFor = (keys) => `ff-${keys.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * Renders the form into `container`.
 * @param {HTMLElement} container
 * @param {{ profile: any, section: string, schema: any, shownSources: number[], sectionTitle: string }} model
 *   `shownSources`: the indexes in `profile.sources` to show (the ones the section cites and the ones added here).
 */
export function renderFiguresForm(container, { profile, section, schema, shownSources, sectionTitle }) {
  const sourceIds = Array.isArray(profile.sources) ? profile.sources.map((s) => s?.id).filter((id) => typeof id === 'string') : [];
  const sources = Array.isArray(profile.sources) ? profile.sources : [];
  /** Hints already written, by schema path (`outlook.projections[].label`): later items refer to them. */
  const hints = new Map();
  const schemaPath = (keys) => keys.map((k) => (typeof k === 'number' ? '[]' : `.${k}`)).join('');

  function hintFor(keys, node) {
    const text = node?.description;
    const key = keys[keys.length - 1];
    if (!text || key === 'id' || key === 'source') return { ids: [], element: null };
    const at = schemaPath(keys);
    const existing = hints.get(at);
    if (existing) return { ids: [existing], element: null };
    const id = `${idFor(keys)}-hint`;
    hints.set(at, id);
    return { ids: [id], element: el('p', { class: 'ff-hint', id, text }) };
  }

  /** One control for a value of a leaf schema. */
  function leaf(keys, node, value, required) {
    const key = keys[keys.length - 1];
    const id = idFor(keys);
    const path = formatPath(keys);
    const hint = hintFor(keys, node);
    const errorId = `${id}-error`;
    const common = { id, 'data-keys': JSON.stringify(keys), 'data-path': path, 'data-described': hint.ids.join(' ') || undefined, 'aria-describedby': hint.ids.join(' ') || undefined };
    const label = `${labelOf(key)}${required || node.type === 'boolean' ? '' : ' (optional)'}`;
    let control;
    if (node.type === 'boolean') {
      control = el('input', { ...common, type: 'checkbox', 'data-kind': 'boolean', checked: value === true });
      return el('div', { class: 'ff-field ff-field--check' }, [control, el('label', { for: id, text: label }), ...(hint.element ? [hint.element] : []), el('p', { class: 'ff-error', id: errorId, hidden: true })]);
    }
    if (key === 'source' && node.type === 'string') {
      control = el('select', { ...common, 'data-kind': 'source', 'data-required': required || undefined });
      const options = [...sourceIds];
      if (typeof value === 'string' && !options.includes(value)) options.push(value);
      if (!required || !options.length) control.append(el('option', { value: '', text: '(none)' }));
      for (const option of options) {
        const src = sources.find((s) => s?.id === option);
        control.append(el('option', { value: option, text: src?.publisher ? `${src.publisher} (${option})` : option }));
      }
      control.value = typeof value === 'string' ? value : '';
    } else if (node.enum) {
      control = el('select', { ...common, 'data-kind': 'enum', 'data-required': required || undefined });
      if (!required) control.append(el('option', { value: '', text: '(none)' }));
      for (const option of node.enum) control.append(el('option', { value: option, text: option }));
      if (value !== undefined && !node.enum.includes(value)) control.append(el('option', { value: String(value), text: String(value) }));
      control.value = value === undefined ? '' : String(value);
    } else if (node.type === 'number' || node.type === 'integer') {
      control = el('input', { ...common, type: 'text', inputmode: node.type === 'integer' && (node.minimum ?? 0) >= 0 ? 'numeric' : 'decimal', autocomplete: 'off', 'data-kind': 'number', 'data-required': required || undefined });
      control.value = value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    } else {
      const long = (node.maxLength ?? 0) > 200;
      control = el(long ? 'textarea' : 'input', { ...common, ...(long ? { rows: 3 } : { type: key === 'url' ? 'url' : 'text' }), 'data-kind': 'text', 'data-required': required || undefined, autocomplete: 'off', spellcheck: key === 'id' || key === 'url' ? 'false' : undefined });
      control.value = value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    }
    return el('div', { class: 'ff-field' }, [el('label', { for: id, text: label }), ...(hint.element ? [hint.element] : []), control, el('p', { class: 'ff-error', id: errorId, hidden: true })]);
  }

  /** A fieldset for an object; `title`, for a list item, is the stem of its legend the builder keeps in step. */
  function objectFields(keys, node, value, legend, extras = [], title = undefined) {
    const fieldset = el('fieldset', { class: 'ff-group', 'data-path': formatPath(keys), 'data-title': title, id: idFor(keys) }, [el('legend', { text: legend })]);
    fieldset.append(el('p', { class: 'ff-error', id: `${idFor(keys)}-error`, hidden: true }));
    if (!isRecord(value)) {
      fieldset.append(el('p', { class: 'ff-note', text: 'This part of the profile is not an object: see the problems listed above the form.' }));
      return fieldset;
    }
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === '$schema') continue;
      fieldset.append(render([...keys, key], child, value[key], required.has(key)));
    }
    fieldset.append(...extras);
    return fieldset;
  }

  function render(keys, node, value, required) {
    const key = keys[keys.length - 1];
    if (node.type === 'object') {
      const title = node.title ?? labelOf(key);
      if (value === undefined && !required) {
        return el('div', { class: 'ff-field' }, [el('button', { type: 'button', class: 'button button--quiet ff-add', 'data-action': 'add-object', 'data-keys': JSON.stringify(keys), text: `Add: ${title.toLowerCase()}` })]);
      }
      const remove = required ? [] : [el('button', { type: 'button', class: 'button button--quiet ff-remove', 'data-action': 'remove', 'data-keys': JSON.stringify(keys), text: `Remove the ${title.toLowerCase()}` })];
      return objectFields(keys, node, value, title, remove);
    }
    if (node.type === 'array') return list(keys, node, value);
    return leaf(keys, node, value, required);
  }

  function list(keys, node, value) {
    const key = keys[keys.length - 1];
    const itemTitle = node.items.title ?? 'Item';
    const fieldset = el('fieldset', { class: 'ff-list', 'data-path': formatPath(keys), id: idFor(keys) }, [el('legend', { text: labelOf(key) })]);
    fieldset.append(el('p', { class: 'ff-error', id: `${idFor(keys)}-error`, hidden: true }));
    if (value !== undefined && !Array.isArray(value)) {
      fieldset.append(el('p', { class: 'ff-note', text: 'This part of the profile is not a list: see the problems listed above the form.' }));
      return fieldset;
    }
    const items = value ?? [];
    items.forEach((item, i) => {
      const title = `${itemTitle} ${i + 1}`;
      const canRemove = items.length > (node.minItems ?? 0);
      const remove = el('button', { type: 'button', class: 'button button--quiet ff-remove', 'data-action': 'remove', 'data-keys': JSON.stringify([...keys, i]), disabled: !canRemove, text: `Remove ${itemTitle.toLowerCase()} ${i + 1}` });
      fieldset.append(node.items.type === 'object' ? objectFields([...keys, i], node.items, item, itemLegend(title, item), [remove], title) : leaf([...keys, i], node.items, item, true));
    });
    const full = node.maxItems !== undefined && items.length >= node.maxItems;
    fieldset.append(el('button', { type: 'button', class: 'button button--quiet ff-add', 'data-action': 'add-item', 'data-keys': JSON.stringify(keys), disabled: full, text: `Add: ${itemTitle.toLowerCase()}` }));
    return fieldset;
  }

  const parts = [];
  parts.push(leaf(['occupation'], schema.properties.occupation, profile.occupation, true));
  if (section !== 'sources') {
    const node = schema.properties[section];
    const value = profile[section];
    if (value === undefined) {
      parts.push(
        el('div', { class: 'ff-missing' }, [
          el('p', { text: `This profile has no “${section}” section, the one ${sectionTitle} reads.` }),
          el('button', { type: 'button', class: 'button button--quiet', 'data-action': 'start-section', text: 'Start it from the guide’s figures' }),
        ]),
      );
    } else parts.push(node.type === 'object' ? objectFields([section], node, value, node.title ?? labelOf(section)) : render([section], node, value, true));
  }

  // The sources: those the section cites and those added here (every source for <source-list>).
  const sourceNode = schema.properties.sources;
  const sourceList = el('fieldset', { class: 'ff-list', 'data-path': 'sources', id: idFor(['sources']) }, [el('legend', { text: 'Sources' })]);
  sourceList.append(el('p', { class: 'ff-error', id: `${idFor(['sources'])}-error`, hidden: true }));
  sourceList.append(el('p', { class: 'ff-hint', text: 'Every figure names one of these by its id. The source line under the element cites them.' }));
  for (const i of shownSources) {
    const source = sources[i];
    const title = `Source ${i + 1}`;
    const remove = el('button', { type: 'button', class: 'button button--quiet ff-remove', 'data-action': 'remove', 'data-keys': JSON.stringify(['sources', i]), disabled: sources.length <= 1, text: `Remove source ${i + 1}` });
    sourceList.append(objectFields(['sources', i], sourceNode.items, source, itemLegend(title, source), [remove], title));
  }
  sourceList.append(el('button', { type: 'button', class: 'button button--quiet ff-add', 'data-action': 'add-source', 'data-keys': '["sources"]', text: 'Add: source' }));
  parts.push(sourceList);

  container.replaceChildren(...parts);
}

/** The value a control holds, as the profile should get it (`undefined`: leave the key out). */
export function controlValue(control) {
  const kind = control.dataset.kind;
  const required = control.dataset.required !== undefined;
  if (kind === 'boolean') return control.checked ? true : undefined;
  if (kind === 'number') return parseNumber(control.value);
  if (kind === 'enum' || kind === 'source') return control.value === '' && !required ? undefined : control.value;
  // Text: an empty optional field is left out; an empty required one stays empty, for the validator to name.
  if (control.value === '') return required ? '' : undefined;
  return control.value;
}

/**
 * Shows `issues` next to the fields whose paths they name (`aria-invalid`, `aria-describedby`);
 * an issue naming a group (a list, an object) shows at the group. Returns the ones with no place.
 */
export function showIssues(container, issues) {
  for (const control of container.querySelectorAll('[data-path][data-kind]')) {
    control.removeAttribute('aria-invalid');
    const described = control.dataset.described;
    if (described) control.setAttribute('aria-describedby', described);
    else control.removeAttribute('aria-describedby');
  }
  for (const error of container.querySelectorAll('.ff-error')) {
    error.textContent = '';
    error.hidden = true;
  }
  const placed = [];
  const unplaced = [];
  const byPath = new Map();
  for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
  for (const [path, group] of byPath) {
    const target = [...container.querySelectorAll('[data-path]')].find((node) => node.dataset.path === path);
    if (!target) {
      unplaced.push(...group);
      continue;
    }
    const error = /** @type {HTMLElement} */ (container.querySelector(`#${CSS.escape(`${target.id}-error`)}`));
    error.textContent = group.map((issue) => issue.message).join(' · ');
    error.hidden = false;
    if (target.dataset.kind) {
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', [error.id, target.dataset.described].filter(Boolean).join(' '));
    }
    placed.push(...group.map((issue) => ({ issue, id: target.id })));
  }
  return { placed, unplaced };
}
