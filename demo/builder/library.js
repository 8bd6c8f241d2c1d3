// Everything the embed builder takes from career-widgets, in one place: the built bundle, as every
// demo page loads it. A namespace import, so a name this build does not export yet is `undefined`
// here instead of a module that fails to link (and a builder that shows nothing).
import * as cw from '../../dist/career-widgets.js';

export const { validateProfile, defaultProfile, elements } = cw;

/** The built file this page runs, whose hash a CDN snippet's `integrity` carries. */
export const bundleUrl = new URL('../../dist/career-widgets.js', import.meta.url).href;

/**
 * `describe(profile, tag, { lang, locale }) → string`: the plain-words fallback sentence of an
 * element's figures and sources (issue 14a). Until the bundle exports it the snippet has no fallback
 * `<p>`, and the builder says why.
 * @type {((profile: object, tag: string, options: { lang?: string, locale?: string }) => string) | undefined}
 */
export const describe = cw.describe;

/**
 * `standaloneSvg(element) → string`: the drawn element as a standalone SVG, title, figures, notes
 * and source line (the image action's SVG, issue 13b). Until the bundle exports it, "Static HTML"
 * says it is not available in this build.
 * @type {((element: Element) => string) | undefined}
 */
export const standaloneSvg = cw.standaloneSvg;

/**
 * `writeSnippet(element, { scriptUrl, integrity, fallback }) → string`: the snippet that shows this
 * element (its script tag, open tag with attributes, JSON child when its `data` differs from the
 * built-in profile, fallback `<p>` from the `fallback` text). Once the bundle exports
 * `embedSnippet` (issue 13b), the line below becomes `export const writeSnippet = cw.embedSnippet;`.
 */
export { composeSnippet as writeSnippet } from './snippet.js';
