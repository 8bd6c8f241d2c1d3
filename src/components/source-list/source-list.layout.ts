/**
 * <source-list> geometry: pure. Which sources to list (all of the profile's, or those one section
 * cites) and each one's parts as the reader sees them.
 */
import type { Formats } from '../../layout/format.js';
import { citedSources } from '../../profile/cited.js';
import type { Profile, SectionName } from '../../profile/types.js';
import { isHttpUrl, sourceDate } from '../../layout/figure.js';

export interface Reference {
  readonly key: string;
  readonly publisher: string;
  /** The date as the locale writes it, or the words for none. */
  readonly date: string;
  readonly title?: string;
  /** Only an http(s) address; anything else is not linked. */
  readonly url?: string;
  readonly retrieved?: string;
  readonly note?: string;
}

export interface SourceListGeometry {
  readonly references: readonly Reference[];
}

/**
 * The ids to list: for `section` "sources" every source, in the profile's order; for another
 * section the ones it cites, in the profile's order.
 */
export function listedSources(profile: Profile, section: SectionName, content: unknown): string[] {
  const all = profile.sources.map((s) => s.id);
  if (section === 'sources') return all;
  const cited = new Set(citedSources(content));
  return all.filter((id) => cited.has(id));
}

/** `noDate`: the catalog's words for a source without a date. */
export function layoutSources(profile: Profile, section: SectionName, content: unknown, f: Formats, noDate?: string): SourceListGeometry {
  const ids = new Set(listedSources(profile, section, content));
  const references = profile.sources
    .filter((s) => ids.has(s.id))
    .map((s): Reference => ({
      key: s.id,
      publisher: s.publisher,
      date: sourceDate(s, f, noDate),
      ...(s.title ? { title: s.title } : {}),
      ...(s.url && isHttpUrl(s.url) ? { url: s.url } : {}),
      ...(s.retrieved ? { retrieved: f.date(s.retrieved) } : {}),
      ...(s.note ? { note: s.note } : {}),
    }));
  return { references };
}
