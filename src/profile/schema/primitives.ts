/** The pieces every section of the career-profile schema is made of: texts, ids, numbers with bounds, dates, URLs. */
import * as v from 'valibot';

export const text = (max: number) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${String(max)} characters`));

/** A short label: a name, a title, a heading. */
export const label = text(200);
/** A sentence or two of prose: a note, a description. */
export const prose = text(2000);

export const id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be an id of letters, digits, "-" or "_" (at most 64)'),
);

export const sourceRef = v.pipe(
  id,
  v.description('The `id` of the entry in `sources` that this figure comes from.'),
);

export const note = v.optional(
  v.pipe(
    prose,
    v.description('A caveat the reader should know about this figure; shown beside it and in the data table.'),
  ),
);

export const number = v.pipe(v.number(), v.finite('must be a finite number'));

/** How a figure reads when its source gives it loosely: "about $47,000", "around $75,670". */
export const approximate = v.optional(
  v.pipe(
    v.boolean(),
    v.description('True when the source gives the figure as approximate ("about", "approximately"): it then reads "about $47,000" everywhere.'),
  ),
);
export const qualifier = v.optional(
  v.pipe(
    label,
    v.description('The source\'s own word for an approximate figure, e.g. "around": shown before the figure, as given. Implies approximate.'),
  ),
);

export const percent = v.pipe(
  number,
  v.minValue(-100, 'must be at least -100'),
  v.maxValue(10000, 'must be at most 10000'),
  v.description('A percentage written as a number: 16 means 16 %.'),
);

export const year = v.pipe(number, v.integer('must be a whole year'), v.minValue(1900, 'must be 1900 or later'), v.maxValue(2200, 'must be 2200 or earlier'));

export const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written 2024-08-29, 2024-08 or 2024'),
);

export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2000, 'must be at most 2000 characters'),
  v.regex(/^https?:\/\/[^\s"<>]+$/, 'must be an http:// or https:// address'),
);

export const currencyCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as "USD"'));

export const SourceSchema = v.pipe(
  v.object({
    id,
    publisher: v.pipe(label, v.description('Who published it, e.g. "U.S. Bureau of Labor Statistics".')),
    title: v.optional(
      v.pipe(prose, v.description('The title of the page, table or report; left out when the citing text names none (nothing is made up).')),
    ),
    date: v.optional(
      v.pipe(isoDate, v.description('When the source was published: 2024-08-29, 2024-08 or 2024; left out when the citing text gives no year.')),
    ),
    retrieved: v.optional(v.pipe(isoDate, v.description('When the figures were read from it.'))),
    url: v.optional(v.pipe(httpUrl, v.description('Where to read it (http or https only).'))),
    note,
  }),
  v.title('Source'),
);
