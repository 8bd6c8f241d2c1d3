/** Figures in words and the sections built of them: key figures, career paths, work settings. */
import * as v from 'valibot';
import { label, prose, id, sourceRef, note, number, year } from './primitives.js';

export const PeriodSchema = v.pipe(
  v.object({ start: year, end: year }),
  v.title('Period'),
  v.description('The years a figure spans, e.g. a projection 2023–2033.'),
);

/**
 * One figure as a reader sees it: a real number, its unit, and the words that qualify it. The
 * locale writes it ("about $47,000", "16%", "about 2 years"); the number stays a number.
 */
export const FigureSchema = v.pipe(
  v.object({
    id,
    label: v.pipe(label, v.description('What the figure counts, in the source\'s words: one line.')),
    value: v.pipe(
      number,
      v.minValue(-1_000_000_000, 'must be at least -1000000000'),
      v.maxValue(1_000_000_000, 'must be at most 1000000000'),
      v.description('The figure as a number: 16 for 16 %, 47000 for $47,000, 2 for two years.'),
    ),
    unit: v.pipe(
      v.picklist(['percent', 'currency', 'months', 'years', 'count'], 'must be "percent", "currency", "months", "years" or "count"'),
      v.description('How the locale writes the value.'),
    ),
    currency: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as "USD"'), v.description('For unit "currency".')),
    ),
    qualifier: v.optional(
      v.pipe(
        v.picklist(['about', 'over'], 'must be "about" or "over"'),
        v.description('"about" when the source gives it as approximate ("about", "around"); "over" for a lower bound.'),
      ),
    ),
    period: v.optional(PeriodSchema),
    descriptor: v.optional(v.pipe(label, v.description('The source\'s own words for the figure, e.g. "Much faster than average".'))),
    source: sourceRef,
    note,
  }),
  v.title('Figure'),
);

export const KeyFiguresSchema = v.pipe(
  v.object({
    figures: v.pipe(
      v.array(FigureSchema, 'must be a list'),
      v.minLength(1, 'must have at least one figure'),
      v.maxLength(12, 'must have at most 12 figures'),
    ),
  }),
  v.title('Key figures'),
  v.description('The headline figures as stat cards, read by <key-figures>.'),
);

export const CareerPathSchema = v.pipe(
  v.object({
    id,
    label: v.pipe(label, v.description('The next role, as the source names it.')),
    requires: v.optional(v.pipe(prose, v.description('What the source says the move takes.'))),
    description: v.optional(v.pipe(prose, v.description('What the role does.'))),
    figures: v.optional(
      v.pipe(
        v.array(FigureSchema, 'must be a list'),
        v.maxLength(4, 'must have at most 4 figures'),
        v.description('Only the figures a source gives for this role (growth, pay), each with its source.'),
      ),
    ),
    source: sourceRef,
    note,
  }),
  v.title('Career path'),
);

export const CareerPathsSchema = v.pipe(
  v.object({
    paths: v.pipe(
      v.array(CareerPathSchema, 'must be a list'),
      v.minLength(1, 'must have at least one path'),
      v.maxLength(8, 'must have at most 8 paths'),
    ),
  }),
  v.title('Career paths'),
  v.description('Where the role leads: the next roles from the occupation, read by <career-path>.'),
);

export const ShareSchema = v.pipe(
  v.object({
    percent: v.pipe(number, v.minValue(0, 'must be 0 or more'), v.maxValue(100, 'must be at most 100'), v.description('The setting\'s share of the occupation\'s workers, in percent.')),
    year: v.optional(year),
    source: sourceRef,
    note,
  }),
  v.title('Share'),
  v.description('A share of employment from a named source (an OEWS table, say). Drawn as a bar only when given.'),
);

export const WorkSettingSchema = v.pipe(
  v.object({
    id,
    label: v.pipe(label, v.description('The setting, e.g. "Hospital".')),
    focus: v.optional(v.pipe(prose, v.description('The typical focus of the work there.'))),
    goodFit: v.optional(v.pipe(prose, v.description('Who it suits: "good fit if you want …".'))),
    share: v.optional(ShareSchema),
    source: sourceRef,
    note,
  }),
  v.title('Work setting'),
);

export const WorkSettingsSchema = v.pipe(
  v.object({
    statement: v.optional(
      v.pipe(
        v.object({ text: prose, source: sourceRef, note }),
        v.description('A sentence of the source about the settings as a whole, e.g. which employs the largest share.'),
      ),
    ),
    settings: v.pipe(
      v.array(WorkSettingSchema, 'must be a list'),
      v.minLength(1, 'must have at least one setting'),
      v.maxLength(12, 'must have at most 12 settings'),
    ),
  }),
  v.title('Work settings'),
  v.description('Where the role works, read by <work-settings>.'),
);

/** The profile's fields, shared by the whole-profile schema and each element's own. */
