import { sourceDate, sourcesOf } from '../layout/figure.js';
import type { Snapshot } from './snapshot.js';

/**
 * A citation of the sources a snapshot's figures come from, one a line, in the element's words:
 * "Publisher, Title, 29 Aug 2024 (retrieved 10 Jan 2025). https://…".
 */
export function citationOf({ records, profile, f, t }: Snapshot): string {
  return sourcesOf(profile, records.map((r) => r.source))
    .map(
      (s) =>
        `${s.publisher}, ${s.title ? `${s.title}, ` : ''}${sourceDate(s, f, t.noDate)}${s.retrieved ? ` (${t.retrieved(f.date(s.retrieved))})` : ''}.${s.url ? ` ${s.url}` : ''}`,
    )
    .join('\n');
}
