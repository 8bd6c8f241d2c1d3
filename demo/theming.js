// The theme editor: the shared token fields (tokens-editor.js) → --cw-* custom properties on the
// preview container, and a copy-and-paste snippet. Everything is CSP- and Trusted-Types-safe: tokens
// are written through the CSSOM (style.setProperty) and the snippet is plain text (textContent),
// never HTML.
import { wireCopyButton } from './copy.js';
import { createTokensEditor, tokensRule } from './tokens-editor.js';

const SCRIPT_URL = 'https://your.site/career-widgets.js';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const themeControl = /** @type {HTMLSelectElement} */ ($('theme'));
const elementChecks = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('input[name="elements"]')]);
const preview = $('preview');
const snippet = $('snippet');
const copyStatus = $('copy-status');

const editor = createTokensEditor($('token-fields'), { theme: () => themeControl.value });

function applyToPreview() {
  editor.apply(preview);
  const theme = themeControl.value;
  for (const el of preview.children) el.setAttribute('theme', theme);
  preview.dataset.theme = theme; // the stage behind the widgets follows (theming.css)
}

/** The snippet as plain text: script tag, a <style> block with the chosen tokens, the elements. */
function buildSnippet(tokens) {
  const names = elementChecks.filter((c) => c.checked).map((c) => c.value);
  const theme = themeControl.value;
  const themeAttr = theme === 'light' ? '' : ` theme="${theme}"`;
  const lines = [`<script type="module" src="${SCRIPT_URL}"></script>`, ''];

  if (names.length === 0) {
    lines.push('<!-- Tick at least one element to add it here. -->');
    return lines.join('\n');
  }
  lines.push('<style>');
  if (tokens.length === 0) lines.push('  /* Every token is at its default: nothing to override. */');
  else lines.push(tokensRule(names, tokens, '  '));
  lines.push('</style>', '');
  for (const name of names) lines.push(`<${name}${themeAttr}></${name}>`);
  return lines.join('\n');
}

function update() {
  applyToPreview();
  snippet.textContent = buildSnippet(editor.tokens());
  editor.refresh(); // the theme decides which backgrounds the contrast is read against
  copyStatus.textContent = ''; // a stale "Copied" would describe an older snippet
}

$('controls').addEventListener('input', update);
$('controls').addEventListener('change', update);
$('controls').addEventListener('submit', (event) => event.preventDefault());

$('reset').addEventListener('click', () => {
  editor.reset();
  themeControl.value = 'light';
  for (const check of elementChecks) check.checked = true;
  update();
  copyStatus.textContent = 'Reset to the defaults.';
});

wireCopyButton(/** @type {HTMLButtonElement} */ ($('copy')), { text: () => snippet.textContent ?? '', select: snippet, status: copyStatus });

update();
