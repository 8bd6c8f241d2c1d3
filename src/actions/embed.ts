import { defaultProfile } from '../profile/default-profile.js';
import { validateSection } from '../profile/validate.js';
import type { Snapshot } from './snapshot.js';

export interface EmbedOptions {
  /** The module's URL. Default: the URL of the module that defined the element (`import.meta.url`). */
  readonly scriptUrl?: string;
  /** A Subresource Integrity hash for the script (`sha384-…`); adds `crossorigin="anonymous"`. */
  readonly integrity?: string;
  /** HTML shown until the element renders (the no-JavaScript fallback), inserted as given. */
  readonly fallback?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's own attributes, meaningless on another page; `theme="light"` is the default Lit reflects. */
const skipped = (name: string, value: string) =>
  ['class', 'style', 'id', 'slot'].includes(name) || name.startsWith('data-') || (name === 'theme' && (value === 'light' || !value));
/** The common attributes first, in the README's order, then the element's own by name. */
const ORDER = ['src', 'lang', 'locale', 'theme', 'heading', 'actions'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/** What a snippet shows: the element's tag, its attributes and, when it was given its own, its data. */
export interface EmbedParts {
  readonly tag: string;
  readonly attributes: readonly (readonly [name: string, value: string])[];
  /** A profile for a JSON child; none for the built-in profile or a `src`. */
  readonly data?: unknown;
}

/**
 * The snippet: the module's script, then the element with its attributes (the page's own `class`,
 * `style`, `id`, `slot` and `data-*`, and the default theme, left out; the common ones first) and
 * children: `data` as a JSON child, then `options.fallback`. In the JSON every `<` is written
 * `\u003c` (the same string to `JSON.parse`), so no profile text can close the script or open a
 * comment. The embed action and the embed builder both write with it.
 */
export function embedHtml({ tag, attributes, data }: EmbedParts, options: EmbedOptions = {}): string {
  const written = attributes
    .filter(([name, value]) => !skipped(name, value))
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([name, value]) => ` ${name}${value ? `="${escape(value)}"` : ''}`)
    .join('');
  const indent = (text: string) => text.replace(/^/gm, '  ');
  const children = [
    ...(data === undefined ? [] : [indent(`<script type="application/json">\n${indent(JSON.stringify(data, null, 2).replace(/</g, '\\u003c'))}\n</script>`)]),
    ...(options.fallback ? [indent(options.fallback)] : []),
  ];
  const integrity = options.integrity ? ` integrity="${escape(options.integrity)}" crossorigin="anonymous"` : '';
  const body = children.length ? `\n${children.join('\n')}\n` : '';
  return `<script type="module" src="${escape(options.scriptUrl ?? import.meta.url)}"${integrity}></script>
<${tag}${written}>${body}</${tag}>`;
}

/**
 * The HTML that shows `element` on another page: `src` made absolute and, when its data is not the
 * built-in profile's, that data (the profile it read: `occupation`, `sources` and its section) as a
 * JSON child in its place.
 */
export function embedOf(element: Element, s: Snapshot, options: EmbedOptions = {}): string {
  const own = JSON.stringify(s.profile);
  const built = validateSection(defaultProfile, s.name);
  const json = s.route !== 'default' && !(built.ok && JSON.stringify(built.profile) === own);
  // `src` only when the data came from it: otherwise, on another page, it would load and win.
  const attributes = [...element.attributes]
    .filter((a) => a.name !== 'src' || (s.route === 'src' && !json))
    .map((a) => [a.name, a.name === 'src' ? new URL(a.value, document.baseURI).href : a.value] as const);
  return embedHtml({ tag: element.localName, attributes, ...(json ? { data: s.profile } : {}) }, options);
}
