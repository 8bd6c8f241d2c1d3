// What the builder needs around the library's snippet writer (`embedHtml`): the CDN's URL and
// integrity hash, and whether the figures differ from the built-in profile.
import { citedSources } from './library.js';

/** The CDN that serves npm packages, pinned to an exact version. */
export const CDN = 'https://cdn.jsdelivr.net/npm/career-widgets';

/** The URL of the bundle of `version` on the CDN. */
export const cdnUrl = (version) => `${CDN}@${version}/dist/career-widgets.js`;

/** `sha384-…` of `bytes`, the form of an `integrity` attribute. */
export async function integrityOf(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/* ---------- Which figures an element reads ---------- */

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
