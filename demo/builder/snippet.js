// The embed snippet, written from small pure functions: the script tag, the element's open tag with
// its attributes escaped, a JSON child with `<` escaped, the fallback paragraph. Plain text, never
// parsed as HTML here. `composeSnippet` has the signature of the library's `embedSnippet` (issue 13b)
// so `library.js` can hand the job over to it in one line.

/** The CDN that serves npm packages, pinned to an exact version. */
export const CDN = 'https://cdn.jsdelivr.net/npm/career-widgets';

/** The URL of the bundle of `version` on the CDN. */
export const cdnUrl = (version) => `${CDN}@${version}/dist/career-widgets.js`;

/** Text for a double-quoted attribute value. */
export const escapeAttribute = (value) =>
  String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Text for an element's content. */
export const escapeText = (value) => String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The module's script tag; with an `integrity` hash (a CDN), also `crossorigin="anonymous"`, which SRI needs. */
export function scriptTag(url, integrity) {
  const checks = integrity ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escapeAttribute(url)}"${checks}></script>`;
}

/** `<tag name="value" …>` from `[name, value]` pairs; an empty value writes a bare attribute. */
export function openTag(tag, attributes) {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<${tag}${written.join('')}>`;
}

/**
 * A profile as a JSON child. `<` is written `\u003c` (the same string to JSON.parse), so no text in
 * the profile can close the script element or open a comment in it.
 */
export function jsonChild(profile, indent = '  ') {
  const json = JSON.stringify(profile, null, 2).replaceAll('<', '\\u003c');
  const body = json
    .split('\n')
    .map((line) => `${indent}${line}`)
    .join('\n');
  return `${indent}<script type="application/json">\n${body}\n${indent}</script>`;
}

/** The fallback paragraph: shown where scripts are off or the module fails to load. */
export const fallbackParagraph = (text, indent = '  ') => `${indent}<p>${escapeText(text)}</p>`;

/** Attributes a snippet leaves out: the builder's own, and `theme="light"`, the default (Lit reflects it). */
const SKIPPED = new Set(['class', 'style', 'id', 'slot']);

/** The common attributes first, in the README's order; then the element's own, by name. */
const ORDER = ['src', 'lang', 'locale', 'theme', 'heading', 'actions'];
const rank = (name) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/** The attributes of `element` worth writing, as `[name, value]` pairs in a stable order. */
export function snippetAttributes(element) {
  return [...element.attributes]
    .filter((a) => !SKIPPED.has(a.name) && !a.name.startsWith('data-'))
    .filter((a) => !(a.name === 'theme' && (a.value === 'light' || a.value === '')))
    .map((a) => [a.name, a.value])
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The snippet that shows `element` as it is: script tag, open tag, a JSON child when the element
 * has its own `data` (the builder sets it only when the figures differ from the built-in profile),
 * the fallback paragraph, the end tag.
 * @param {Element & { data?: unknown }} element
 * @param {{ scriptUrl?: string, integrity?: string, fallback?: string }} [options]
 */
export function composeSnippet(element, { scriptUrl = '/career-widgets.js', integrity, fallback } = {}) {
  const tag = element.localName;
  const children = [];
  if (element.data !== undefined && element.data !== null) children.push(jsonChild(element.data));
  if (fallback) children.push(fallbackParagraph(fallback));
  const open = openTag(tag, snippetAttributes(element));
  const body = children.length ? `${open}\n${children.join('\n')}\n</${tag}>` : `${open}</${tag}>`;
  return `${scriptTag(scriptUrl, integrity)}\n${body}`;
}

/** `sha384-…` of `bytes`, the form of an `integrity` attribute. */
export async function integrityOf(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/* ---------- Which figures an element reads ---------- */

/** The source ids a section cites, however deep, in the order first cited (as the library's `citedSources`). */
export function citedSources(section) {
  const ids = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && typeof child === 'string') ids.add(child);
        else walk(child);
      }
    }
  };
  walk(section);
  return [...ids];
}

/**
 * What an element reading `section` needs of `profile`: the occupation, the sources its section
 * cites (every source for `sources`, `<source-list>`'s own) and the section.
 */
export function sliceProfile(profile, section) {
  if (section === 'sources') return { occupation: profile.occupation, sources: profile.sources };
  const cited = new Set(citedSources(profile[section]));
  return {
    occupation: profile.occupation,
    sources: profile.sources.filter((s) => cited.has(s.id)),
    [section]: profile[section],
  };
}

/** JSON with object keys sorted, so two profiles compare by content, not by key order. */
export function canonical(value) {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

/** True when `profile` gives an element reading `section` the same figures as `builtIn`. */
export const sameFigures = (profile, builtIn, section) => canonical(sliceProfile(profile, section)) === canonical(sliceProfile(builtIn, section));
