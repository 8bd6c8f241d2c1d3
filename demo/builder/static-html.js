// "Static HTML": a drawn element as markup that needs no script (newsletters, RSS, pages that allow
// none): the library's standalone SVG, then the element's figures table, notes and source line,
// copied out of its shadow tree as plain, escaped markup. Nothing is parsed from a string; the
// result is text.
import { escapeAttribute, escapeText } from './escape.js';

/** Elements kept, with the attributes each may keep; any other element is unwrapped to its content. */
const KEPT = {
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['scope', 'colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  p: [],
  ul: [],
  ol: ['start'],
  li: ['value'],
  a: ['href'],
  cite: [],
  bdi: [],
  em: [],
  strong: [],
  sup: [],
  sub: [],
  abbr: ['title'],
  time: ['datetime'],
};
/** Never written, nor their content. */
const DROPPED = new Set(['style', 'script', 'template', 'slot', 'svg', 'button', 'input', 'select', 'textarea']);

/** `node` (an element of a shadow tree) as clean markup: text escaped, only `KEPT` elements and attributes, http(s) links only. */
export function cleanMarkup(node) {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const tag = node.localName;
  if (DROPPED.has(tag) || node.getAttribute('aria-hidden') === 'true') return '';
  const inner = [...node.childNodes].map(cleanMarkup).join('');
  const allowed = KEPT[tag];
  if (!allowed) return inner;
  const attributes = allowed
    .filter((name) => node.hasAttribute(name))
    .filter((name) => name !== 'href' || /^https?:\/\//i.test(node.getAttribute('href') ?? ''))
    .map((name) => ` ${name}="${escapeAttribute(node.getAttribute(name))}"`)
    .join('');
  return `<${tag}${attributes}>${inner}</${tag}>`;
}

/** Folds runs of white space the templates leave between tags. */
const tidy = (markup) => markup.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

/**
 * The static HTML of a drawn `element`: a `<figure>` with `svg` (the standalone SVG), the figures
 * table, the notes and the source line. `lang` goes on the figure when the element's words are not
 * the page's.
 */
export function staticHtml(element, svg, lang) {
  const root = element.shadowRoot;
  const pick = (part) => root?.querySelector(`[part~="${part}"]`);
  // An XML declaration means nothing inside HTML: the SVG goes in as an element.
  const pieces = [svg.replace(/^\s*<\?xml[^>]*\?>/, '').trim()];
  const table = pick('table');
  if (table) pieces.push(tidy(cleanMarkup(table)));
  const notes = pick('notes');
  if (notes) pieces.push(tidy(cleanMarkup(notes)));
  const source = pick('source');
  if (source) pieces.push(`<figcaption>${tidy(cleanMarkup(source))}</figcaption>`);
  const open = lang ? `<figure lang="${escapeAttribute(lang)}">` : '<figure>';
  return [open, ...pieces.map((p) => `  ${p}`), '</figure>'].join('\n');
}
