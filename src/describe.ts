/**
 * `describe()`: the paragraph that carries an element's figures and sources in plain words, for the
 * fallback content a site puts inside the element. It is written by the same per-element summary
 * functions the elements use for their svg's accessible name, so there is one wording.
 *
 * This module imports the pure summary functions (`components/<tag>/<tag>.layout.ts`), never an
 * element: importing `describe` alone pulls in no element class and no Lit.
 */
import { careerPathSummary } from './components/career-path/career-path.layout.js';
import { educationSummary } from './components/credential-options/credential-options.layout.js';
import { fitSummary } from './components/fit-check/fit-check.layout.js';
import { keyFiguresSummary } from './components/key-figures/key-figures.layout.js';
import { outlookSummary } from './components/outlook-chart/outlook-chart.layout.js';
import { checklistSummary } from './components/program-checklist/program-checklist.layout.js';
import { salarySummary } from './components/salary-factors/salary-factors.layout.js';
import { sourcesSummary } from './components/source-list/source-list.layout.js';
import { timelineSummary } from './components/timeline-steps/timeline-steps.layout.js';
import { workSettingsSummary } from './components/work-settings/work-settings.layout.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sentence, sourcesOf, sourcesSentence, titled, words } from './layout/figure.js';
import { formatsFor, type Formats } from './layout/format.js';
import { citedSources, fieldTexts } from './profile/cited.js';
import type { Profile, SectionName } from './profile/types.js';
import type { elements, Tag } from './registry.js';

/** A section's figures in words: the same function the element calls for its summary. */
type Summary<K extends SectionName> = (section: NonNullable<Profile[K]>, f: Formats, t: Messages, profile: Profile) => string;
type SectionOf<T extends Tag> = Extract<(typeof elements)[number], { tag: T }>['section'];

/** Each element's section (the registry's, checked by the compiler) and its summary function. */
const SUMMARIES: { readonly [T in Tag]: readonly [SectionOf<T>, Summary<SectionOf<T>>] } = {
  'outlook-chart': ['outlook', outlookSummary],
  'salary-factors': ['salary', salarySummary],
  'timeline-steps': ['timeline', timelineSummary],
  'program-checklist': ['checklist', checklistSummary],
  'credential-options': ['education', educationSummary],
  'fit-check': ['fit', fitSummary],
  'key-figures': ['keyFigures', keyFiguresSummary],
  'career-path': ['careerPaths', careerPathSummary],
  'work-settings': ['workSettings', workSettingsSummary],
  'source-list': ['sources', sourcesSummary],
};

export interface DescribeOptions {
  /** The language of the words, as an element's `lang`: `es-MX` → `es` → `en`. Default: `en`. */
  readonly lang?: string;
  /** BCP 47 locale of numbers, currency and dates, as an element's `locale`. Default: `lang`, else `en-US`. */
  readonly locale?: string;
}

/**
 * The fallback paragraph of element `tag` for `profile`, for a `<p>` inside the element: its
 * summary of its figures (the words of its svg's accessible name, where it draws one), its
 * figures' notes, then its sources (publisher, title, date). Plain text with the profile's text as
 * given, not HTML: set it as text, or escape it when writing markup.
 *
 * `profile` must be a valid profile (check one from elsewhere with `validateProfile` first); only a
 * missing section or an unknown tag is checked (an Error), and an invalid `locale` (a RangeError).
 * Attributes are not known here: `<key-figures>` is described with every figure, `<source-list>`
 * with every source, `<program-checklist>` with the program's answers where it gives any.
 *
 * @example describe(defaultProfile, 'outlook-chart', { lang: 'es', locale: 'es-MX' })
 */
export function describe(profile: Profile, tag: Tag, { lang, locale }: DescribeOptions = {}): string {
  const entry = SUMMARIES[tag] as unknown as readonly [SectionName, Summary<SectionName>] | undefined;
  const section = entry && profile[entry[0]];
  if (!entry || !section) throw new Error(`describe: ${entry ? `the profile has no ${entry[0]} section` : `"${tag}" is not an element`}`);
  const t = messagesFor(lang?.trim() || 'en');
  const f = formatsFor(locale?.trim() || lang?.trim());
  const notes = fieldTexts(section, 'note');
  return words(entry[1](section, f, t, profile), titled(t.notes, words(...notes.map(sentence))), sourcesSentence(sourcesOf(profile, citedSources(section)), f, t));
}
