// Everything the embed builder takes from career-widgets, in one place: the built bundle, as every
// demo page loads it.
import * as cw from '../../dist/career-widgets.js';
import { escapeText } from './escape.js';

export const { validateProfile, defaultProfile, elements, citedSources, describe, standaloneSvg } = cw;

/** The built file this page runs, whose hash a CDN snippet's `integrity` carries. */
export const bundleUrl = new URL('../../dist/career-widgets.js', import.meta.url).href;

/**
 * The snippet that shows `element` as the builder set it up: the library's own writer (the one
 * behind the reader's embed action), given the element's attributes, its `data` when the builder
 * set it (only when the figures differ from the built-in profile), and `describe()`'s sentence as
 * the fallback paragraph.
 * @param {Element & { data?: unknown }} element
 * @param {{ scriptUrl: string, integrity?: string, fallback?: string }} options
 */
export function writeSnippet(element, { fallback, ...options }) {
  const attributes = [...element.attributes].map((a) => [a.name, a.value]);
  const parts = { tag: element.localName, attributes, ...(element.data == null ? {} : { data: element.data }) };
  return cw.embedHtml(parts, { ...options, ...(fallback ? { fallback: `<p>${escapeText(fallback)}</p>` } : {}) });
}
