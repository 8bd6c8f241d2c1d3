/** The sections the charts read: outlook, salary, timeline. */
import * as v from 'valibot';
import { label, prose, id, sourceRef, note, number, approximate, qualifier, percent, year, currencyCode } from './primitives.js';

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
