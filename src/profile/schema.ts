/**
 * The career-profile format, written once.
 *
 * This valibot schema is the single source of truth: the TypeScript types (`types.ts`) are inferred
 * from it, `validate()` runs it, and `data/career-profile.schema.json` is generated from it by
 * `npm run schema` (a test fails when the committed JSON Schema drifts from this file).
 */
import * as v from 'valibot';

const text = (max: number) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${String(max)} characters`));

/** A short label: a name, a title, a heading. */
const label = text(200);
/** A sentence or two of prose: a note, a description. */
const prose = text(2000);

const id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be an id of letters, digits, "-" or "_" (at most 64)'),
);

const sourceRef = v.pipe(
  id,
  v.description('The `id` of the entry in `sources` that this figure comes from.'),
);

const note = v.optional(
  v.pipe(
    prose,
    v.description('A caveat the reader should know about this figure; shown beside it and in the data table.'),
  ),
);

const number = v.pipe(v.number(), v.finite('must be a finite number'));

/** How a figure reads when its source gives it loosely: "about $47,000", "around $75,670". */
const approximate = v.optional(
  v.pipe(
    v.boolean(),
    v.description('True when the source gives the figure as approximate ("about", "approximately"): it then reads "about $47,000" everywhere.'),
  ),
);
const qualifier = v.optional(
  v.pipe(
    label,
    v.description('The source\'s own word for an approximate figure, e.g. "around": shown before the figure, as given. Implies approximate.'),
  ),
);

const percent = v.pipe(
  number,
  v.minValue(-100, 'must be at least -100'),
  v.maxValue(10000, 'must be at most 10000'),
  v.description('A percentage written as a number: 16 means 16 %.'),
);

const year = v.pipe(number, v.integer('must be a whole year'), v.minValue(1900, 'must be 1900 or later'), v.maxValue(2200, 'must be 2200 or earlier'));

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written 2024-08-29, 2024-08 or 2024'),
);

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2000, 'must be at most 2000 characters'),
  v.regex(/^https?:\/\/[^\s"<>]+$/, 'must be an http:// or https:// address'),
);

const currencyCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as "USD"'));

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

export const ProjectionSchema = v.pipe(
  v.object({
    id,
    label: v.pipe(label, v.description('The occupation as the source names it.')),
    growthPercent: v.pipe(percent, v.description('Projected change in employment over the period, in percent.')),
    role: v.pipe(
      v.picklist(['subject', 'related', 'average'], 'must be "subject", "related" or "average"'),
      v.description('"subject": the profile\'s own occupation; "related": another occupation; "average": the all-occupations reference.'),
    ),
    descriptor: v.optional(
      v.pipe(label, v.description('The source\'s own words for the rate, e.g. "Much faster than average".')),
    ),
    approximate,
    qualifier,
    source: sourceRef,
    note,
  }),
  v.title('Projection'),
);

export const WorkforceSchema = v.pipe(
  v.object({
    label: v.pipe(label, v.description('The occupation group the projection counts.')),
    workers: v.pipe(
      number,
      v.integer('must be a whole number'),
      v.minValue(0, 'must be 0 or more'),
      v.maxValue(100_000_000, 'must be at most 100000000'),
      v.description('Projected number of workers.'),
    ),
    year: v.pipe(year, v.description('The year the projection is for.')),
    growthPercent: v.optional(v.pipe(percent, v.description('Projected change up to that year, in percent.'))),
    approximate,
    qualifier,
    source: sourceRef,
    note,
  }),
  v.title('Workforce projection'),
);

export const OutlookSchema = v.pipe(
  v.object({
    period: v.object({ start: year, end: year }),
    projections: v.pipe(
      v.array(ProjectionSchema, 'must be a list'),
      v.minLength(1, 'must have at least one projection'),
      v.maxLength(12, 'must have at most 12 projections'),
    ),
    workforce: v.optional(WorkforceSchema),
  }),
  v.title('Outlook'),
  v.description('Projected employment growth, read by <outlook-chart>.'),
);

const amount = v.pipe(
  number,
  v.minValue(0, 'must be 0 or more'),
  v.maxValue(10_000_000, 'must be at most 10000000'),
  v.description('An amount of money per year in the section\'s currency.'),
);

export const SalaryFigureSchema = v.pipe(
  v.object({
    id,
    label,
    amount,
    bound: v.optional(
      v.pipe(
        v.picklist(['exact', 'lower'], 'must be "exact" or "lower"'),
        v.description('"lower" when the source says "over" this amount: drawn with an open end, never as a maximum.'),
      ),
    ),
    approximate,
    qualifier,
    source: sourceRef,
    note,
  }),
  v.title('Salary figure'),
);

export const SalaryFactorSchema = v.pipe(
  v.object({
    id,
    label,
    description: prose,
    source: sourceRef,
  }),
  v.title('Salary factor'),
);

export const SalarySchema = v.pipe(
  v.object({
    currency: currencyCode,
    median: v.pipe(SalaryFigureSchema, v.description('The median annual pay of the occupation.')),
    experienced: v.optional(v.pipe(SalaryFigureSchema, v.description('What experienced workers can make.'))),
    related: v.optional(
      v.pipe(v.array(SalaryFigureSchema, 'must be a list'), v.maxLength(8, 'must have at most 8 figures'), v.description('Related roles\' pay, drawn as markers on the same scale.')),
    ),
    factors: v.optional(
      v.pipe(v.array(SalaryFactorSchema, 'must be a list'), v.maxLength(12, 'must have at most 12 factors'), v.description('What moves pay, each with an explanation.')),
    ),
  }),
  v.title('Salary'),
  v.description('Pay figures and the factors that move them, read by <salary-factors>.'),
);

export const DurationSchema = v.pipe(
  v.object({
    min: v.pipe(number, v.minValue(0, 'must be 0 or more'), v.maxValue(600, 'must be at most 600')),
    max: v.pipe(number, v.minValue(0, 'must be 0 or more'), v.maxValue(600, 'must be at most 600')),
  }),
  v.title('Duration'),
  v.description('A range of months; min equals max for a fixed length.'),
);

export const StepSchema = v.pipe(
  v.object({
    id,
    label,
    duration: v.optional(DurationSchema),
    durationText: v.optional(
      v.pipe(label, v.description('The source\'s words for the time, e.g. "Varies by student". A step without `duration` is drawn as varying.')),
    ),
    decision: v.optional(v.pipe(prose, v.description('What to decide or check at this step.'))),
    optional: v.optional(
      v.pipe(v.boolean(), v.description('True when the source says some skip this step: the total then starts from its shortest time as zero.')),
    ),
    source: sourceRef,
    note,
  }),
  v.title('Step'),
);

export const TimelineSchema = v.pipe(
  v.object({
    unit: v.pipe(v.picklist(['months'], 'must be "months"'), v.description('The unit of every duration.')),
    steps: v.pipe(
      v.array(StepSchema, 'must be a list'),
      v.minLength(1, 'must have at least one step'),
      v.maxLength(12, 'must have at most 12 steps'),
    ),
    statement: v.optional(
      v.pipe(
        v.object({
          text: v.pipe(label, v.description('The source\'s own words for the whole time, e.g. "about two years".')),
          source: sourceRef,
        }),
        v.description('What the source itself says of the total time: shown beside the total computed from the steps.'),
      ),
    ),
  }),
  v.title('Timeline'),
  v.description('The steps into the field, read by <timeline-steps>.'),
);

export const AnswerFigureSchema = v.pipe(
  v.object({
    label: v.pipe(label, v.description('What the figure is, e.g. "RHIT exam first-time pass rate, 2024 graduates".')),
    value: v.pipe(number, v.minValue(0, 'must be 0 or more'), v.maxValue(10_000_000, 'must be at most 10000000')),
    unit: v.pipe(
      v.picklist(['percent', 'currency', 'count'], 'must be "percent", "currency" or "count"'),
      v.description('"percent": 92 means 92 % (at most 100); "currency": an amount in `currency`; "count": a plain number.'),
    ),
    currency: v.optional(v.pipe(currencyCode, v.description('The ISO 4217 code of a "currency" figure; required for one.'))),
  }),
  v.title('Answer figure'),
);

export const AnswerSchema = v.pipe(
  v.object({
    text: v.pipe(prose, v.description('The program\'s answer, e.g. "Yes, CAHIIM-accredited".')),
    figure: v.optional(v.pipe(AnswerFigureSchema, v.description('A figure that backs the answer: a pass rate, a total cost.'))),
    source: sourceRef,
    note,
  }),
  v.title('Answer'),
);

export const QuestionSchema = v.pipe(
  v.object({
    id,
    text: v.pipe(prose, v.description('The question as the guide asks it.')),
    source: sourceRef,
    answer: v.optional(v.pipe(AnswerSchema, v.description('A program\'s own answer, with its source. Never given by the guide.'))),
  }),
  v.title('Question'),
);

export const MistakeSchema = v.pipe(
  v.object({
    id,
    mistake: v.pipe(prose, v.description('The mistake, in the guide\'s words.')),
    why: v.pipe(prose, v.description('Why it can hurt you.')),
    approach: v.pipe(prose, v.description('The better approach: what the reader checks.')),
    source: sourceRef,
  }),
  v.title('Mistake'),
);

export const ChecklistSchema = v.pipe(
  v.object({
    title: v.optional(v.pipe(label, v.description('The title of the questions, e.g. the guide\'s heading.'))),
    questions: v.pipe(
      v.array(QuestionSchema, 'must be a list'),
      v.minLength(1, 'must have at least one question'),
      v.maxLength(20, 'must have at most 20 questions'),
    ),
    mistakesTitle: v.optional(v.pipe(label, v.description('The title of the mistakes, e.g. the guide\'s table title.'))),
    mistakes: v.optional(v.pipe(v.array(MistakeSchema, 'must be a list'), v.maxLength(20, 'must have at most 20 mistakes'))),
  }),
  v.title('Program checklist'),
  v.description('The questions to ask a program and the mistakes to avoid, read by <program-checklist>. Question and mistake ids share one namespace.'),
);

export const FitPairSchema = v.pipe(
  v.object({
    id,
    good: v.pipe(prose, v.description('Who the career suits, in the guide\'s words.')),
    notGood: v.pipe(prose, v.description('Its counterpart: who it may not suit.')),
    source: sourceRef,
  }),
  v.title('Fit pair'),
);

export const FitSchema = v.pipe(
  v.object({
    title: v.optional(v.pipe(label, v.description('The title, e.g. the guide\'s heading.'))),
    pairs: v.pipe(v.array(FitPairSchema, 'must be a list'), v.minLength(1, 'must have at least one pair'), v.maxLength(12, 'must have at most 12 pairs')),
  }),
  v.title('Fit check'),
  v.description('Who the career suits and who it may not, in pairs, read by <fit-check>.'),
);

export const EducationOptionSchema = v.pipe(
  v.object({
    id,
    option: v.pipe(label, v.description('The route, e.g. "Associate degree in health information technology".')),
    bestFor: v.pipe(prose, v.description('Who it is best for.')),
    check: v.pipe(prose, v.description('What to check before enrolling.')),
    source: sourceRef,
  }),
  v.title('Education option'),
);

export const CredentialSchema = v.pipe(
  v.object({
    id,
    name: v.pipe(label, v.description('The credential as the source names it.')),
    text: v.pipe(prose, v.description('What the source says of it, in its words.')),
    source: sourceRef,
  }),
  v.title('Credential'),
);

export const EducationSchema = v.pipe(
  v.object({
    title: v.optional(v.pipe(label, v.description('The title, e.g. the guide\'s table title.'))),
    options: v.pipe(v.array(EducationOptionSchema, 'must be a list'), v.minLength(1, 'must have at least one option'), v.maxLength(12, 'must have at most 12 options')),
    credentials: v.optional(v.pipe(v.array(CredentialSchema, 'must be a list'), v.maxLength(12, 'must have at most 12 credentials'))),
  }),
  v.title('Education'),
  v.description('The education and credential options, read by <credential-options>. It holds no durations or costs.'),
);

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
export const profileEntries = {
  $schema: v.optional(v.string()),
  occupation: v.pipe(label, v.description('The occupation the profile describes, as a reader would say it.')),
  sources: v.pipe(
    v.array(SourceSchema, 'must be a list'),
    v.minLength(1, 'must list at least one source'),
    v.description('Every source a figure cites, by id.'),
  ),
  outlook: v.optional(OutlookSchema),
  salary: v.optional(SalarySchema),
  timeline: v.optional(TimelineSchema),
  checklist: v.optional(ChecklistSchema),
  fit: v.optional(FitSchema),
  education: v.optional(EducationSchema),
  keyFigures: v.optional(KeyFiguresSchema),
  careerPaths: v.optional(CareerPathsSchema),
  workSettings: v.optional(WorkSettingsSchema),
};

export const ProfileSchema = v.pipe(
  v.object(profileEntries),
  v.title('Career profile'),
  v.description(
    'The statistics of one career, each figure with the id of its source. Read by the career-widgets elements; each element reads its own section.',
  ),
);
