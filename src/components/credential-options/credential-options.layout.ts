/**
 * <credential-options> geometry: pure, no DOM. A table when wide, cards when narrow; the options
 * and credentials as the profile gives them (no duration or cost: the section has none).
 */
import type { Messages } from '../../i18n/en.js';
import { sentence, titled, words } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
import { NARROW_WIDTH } from '../../layout/grid.js';
import type { Education } from '../../profile/types.js';

export interface EducationGeometry {
  /** Below 480 px the options are cards instead of a table. */
  readonly narrow: boolean;
  readonly options: Education['options'];
  readonly credentials: NonNullable<Education['credentials']>;
  readonly sourceIds: readonly string[];
}

export function layoutEducation(education: Education, width: number): EducationGeometry {
  const credentials = education.credentials ?? [];
  return {
    narrow: width < NARROW_WIDTH,
    options: education.options,
    credentials,
    sourceIds: [...education.options, ...credentials].map((e) => e.source),
  };
}

/**
 * Each option with who it is best for and what to check, then the credentials and what the source
 * says of each, in plain words: what `describe()` writes for <credential-options>.
 */
export function educationSummary(education: Education, _f: Formats, t: Messages): string {
  const options = education.options.map((o) =>
    words(sentence(o.option), titled(t.credentialBestFor, sentence(o.bestFor)), titled(t.credentialCheck, sentence(o.check))),
  );
  const credentials = (education.credentials ?? []).map((c) => titled(c.name, sentence(c.text)));
  return words(titled(education.title ?? t.credentialsHeading, words(...options)), titled(t.credentialsList, words(...credentials)));
}
