// The brand tokens' controls and their contrast readout, shared by the theme editor (theming.html)
// and the embed builder (builder.html): one definition of the fields, built here with the DOM (no
// HTML strings, so Trusted Types are fine), and the tokens they write. A page mounts the fields in
// a container, reads `tokens()` for its snippet and `apply(target)` for its preview, and calls
// `refresh()` when the theme it shows changes (the contrast readout depends on it).

/** The library's defaults (README, "Theming"). A control left at its default writes nothing. */
export const TOKEN_DEFAULTS = {
  accent: { light: '#0b5cad', dark: '#8cc4ff' },
  compare: { light: '#c45c00', dark: '#cf7a2a' },
  background: { light: '#ffffff', dark: '#16191d' },
  radius: 6, // 0.375rem
  space: 16, // 1rem
};

/** Every token the fields can write, in the README's order. */
export const TOKEN_NAMES = ['--cw-font-family', '--cw-color-accent', '--cw-color-compare', '--cw-radius', '--cw-space'];

const FONTS = [
  ['', 'The page’s font (default)'],
  ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'System sans-serif'],
  ['"Gill Sans", "Gill Sans MT", Calibri, "Trebuchet MS", sans-serif', 'Humanist sans-serif'],
  ['Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif', 'Transitional serif'],
  ['"Iowan Old Style", "Palatino Linotype", Palatino, "URW Palladio L", serif', 'Old-style serif'],
  ['ui-monospace, "Cascadia Code", Menlo, Consolas, "DejaVu Sans Mono", monospace', 'Monospace'],
];

/** The fields, in the order they are shown. */
const FIELDS = [
  { key: 'accent', kind: 'color', label: 'Accent colour', token: '--cw-color-accent', hint: 'the occupation’s own marks' },
  { key: 'compare', kind: 'color', label: 'Compare colour', token: '--cw-color-compare', hint: 'comparison marks' },
  { key: 'font', kind: 'select', label: 'Font family', token: '--cw-font-family' },
  { key: 'radius', kind: 'range', label: 'Corner radius', token: '--cw-radius', min: 0, max: 24, step: 1 },
  { key: 'space', kind: 'range', label: 'Spacing', token: '--cw-space', hint: 'padding and gaps', min: 8, max: 32, step: 2 },
];

/* ---------- Contrast (WCAG 2.2): marks need 3:1 against the element's background ---------- */

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `selectors { --token: value; … }` for a snippet's `<style>` block or a site's stylesheet. */
export function tokensRule(selectors, tokens, indent = '') {
  return [`${indent}${selectors.join(`,\n${indent}`)} {`, ...tokens.map(([name, value]) => `${indent}  ${name}: ${value};`), `${indent}}`].join('\n');
}

/* ---------- The fields, built with the DOM ---------- */

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, String(value));
  }
  node.append(...children);
  return node;
}

/** The small line under a label: the token's name, and what it colours. */
function tokenLine(id, token, hint, prefix = '') {
  return el('p', { class: 'field__token', id: `${id}-token` }, [
    ...(prefix ? [prefix] : []),
    el('code', { text: token }),
    ...(hint ? [` · ${hint}`] : []),
  ]);
}

function buildField(field, id) {
  const { kind, label, token, hint } = field;
  if (kind === 'color') {
    const value = TOKEN_DEFAULTS[field.key].light;
    return el('div', { class: 'field' }, [
      el('label', { for: id, text: label }),
      tokenLine(id, token, hint),
      el('div', { class: 'color-row' }, [
        el('input', { type: 'color', id, name: field.key, value, 'aria-describedby': `${id}-token ${id}-contrast` }),
        el('output', { id: `${id}-value`, for: id, text: 'default' }),
      ]),
      el('p', { class: 'contrast', id: `${id}-contrast` }),
    ]);
  }
  if (kind === 'select') {
    const select = el('select', { id, name: field.key, 'aria-describedby': `${id}-token` });
    select.append(...FONTS.map(([value, text]) => el('option', { value, text })));
    return el('div', { class: 'field' }, [el('label', { for: id, text: label }), tokenLine(id, token, hint), select]);
  }
  const value = TOKEN_DEFAULTS[field.key];
  return el('div', { class: 'field' }, [
    el('div', { class: 'range-label' }, [el('label', { for: id, text: label }), el('output', { id: `${id}-value`, for: id, text: `${value} px` })]),
    tokenLine(id, token, hint),
    el('input', { type: 'range', id, name: field.key, min: field.min, max: field.max, step: field.step, value, 'aria-describedby': `${id}-token` }),
  ]);
}

/**
 * Builds the token fields into `mount` and wires them.
 * @param {HTMLElement} mount
 * @param {{ theme?: () => string, idPrefix?: string }} [options] `theme`: the theme shown, `light`,
 *   `dark` or `auto` (both), for the contrast readout; `idPrefix` for the controls' ids.
 */
export function createTokensEditor(mount, { theme = () => 'light', idPrefix = '' } = {}) {
  const ids = Object.fromEntries(FIELDS.map((f) => [f.key, `${idPrefix}${f.key}`]));
  mount.replaceChildren(...FIELDS.map((f) => buildField(f, ids[f.key])));
  const find = (key) => /** @type {HTMLInputElement & HTMLSelectElement} */ (mount.querySelector(`#${ids[key]}`));
  const controls = Object.fromEntries(FIELDS.map((f) => [f.key, find(f.key)]));
  const part = (key, suffix) => /** @type {HTMLElement} */ (mount.querySelector(`#${ids[key]}-${suffix}`));

  /** Which colour controls the visitor has touched: an untouched one keeps the light/dark default pair. */
  const touched = { accent: false, compare: false };
  for (const key of ['accent', 'compare']) controls[key].addEventListener('input', () => (touched[key] = true));

  /** The tokens to write, in README order, from the controls' current values. */
  function tokens() {
    const out = [];
    if (controls.font.value) out.push(['--cw-font-family', controls.font.value]);
    if (touched.accent) out.push(['--cw-color-accent', controls.accent.value]);
    if (touched.compare) out.push(['--cw-color-compare', controls.compare.value]);
    const radius = Number(controls.radius.value);
    if (radius !== TOKEN_DEFAULTS.radius) out.push(['--cw-radius', `${radius}px`]);
    const space = Number(controls.space.value);
    if (space !== TOKEN_DEFAULTS.space) out.push(['--cw-space', `${space}px`]);
    return out;
  }

  /** Writes the tokens on `target` through the CSSOM (a strict CSP allows it) and clears the others. */
  function apply(target) {
    const chosen = new Map(tokens());
    for (const name of TOKEN_NAMES) {
      if (chosen.has(name)) target.style.setProperty(name, chosen.get(name));
      else target.style.removeProperty(name);
    }
  }

  /** The backgrounds the colour will sit on: the chosen theme's, or both for "auto". */
  const schemes = () => {
    const chosen = theme();
    return chosen === 'auto' ? ['light', 'dark'] : [chosen === 'dark' ? 'dark' : 'light'];
  };

  function describeContrast(key) {
    const readout = part(key, 'contrast');
    const results = schemes().map((scheme) => {
      const colour = touched[key] ? controls[key].value : TOKEN_DEFAULTS[key][scheme];
      const ratio = contrast(colour, TOKEN_DEFAULTS.background[scheme]);
      return { text: `${ratio.toFixed(1)}:1 on ${scheme}`, ok: ratio >= 3 };
    });
    const allOk = results.every((r) => r.ok);
    readout.textContent = `${results.map((r) => r.text).join(', ')}: ${allOk ? 'meets' : 'below'} the 3:1 that marks need.`;
    readout.classList.toggle('contrast--fail', !allOk);
    part(key, 'value').textContent = touched[key] ? controls[key].value : 'default';
  }

  /** Brings the readouts (contrast, the ranges' values) up to date with the controls and the theme. */
  function refresh() {
    describeContrast('accent');
    describeContrast('compare');
    for (const key of ['radius', 'space']) {
      part(key, 'value').textContent = `${controls[key].value} px`;
      controls[key].setAttribute('aria-valuetext', `${controls[key].value} pixels`);
    }
  }

  /** Every control back to its default. */
  function reset() {
    controls.accent.value = TOKEN_DEFAULTS.accent.light;
    controls.compare.value = TOKEN_DEFAULTS.compare.light;
    controls.font.value = '';
    controls.radius.value = String(TOKEN_DEFAULTS.radius);
    controls.space.value = String(TOKEN_DEFAULTS.space);
    touched.accent = false;
    touched.compare = false;
    refresh();
  }

  // The readouts follow the controls; the page listens to the same events for its preview and snippet.
  mount.addEventListener('input', refresh);
  mount.addEventListener('change', refresh);
  refresh();
  return { controls, tokens, apply, refresh, reset };
}
