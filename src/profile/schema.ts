/**
 * The career-profile format, written once.
 *
 * This valibot schema is the single source of truth: the TypeScript types (`types.ts`) are inferred
 * from it, `validate()` runs it, and `data/career-profile.schema.json` is generated from it by
 * `npm run schema` (a test fails when the committed JSON Schema drifts from this file). The
 * sections live in `schema/`: the charts', the guidance elements', and the figures-in-words ones.
 */
import * as v from 'valibot';
import { OutlookSchema, SalarySchema, TimelineSchema } from './schema/charts.js';
import { CareerPathsSchema, KeyFiguresSchema, WorkSettingsSchema } from './schema/figures.js';
import { ChecklistSchema, EducationSchema, FitSchema } from './schema/guidance.js';
import { label, SourceSchema } from './schema/primitives.js';

export * from './schema/charts.js';
export * from './schema/figures.js';
export * from './schema/guidance.js';
export { SourceSchema } from './schema/primitives.js';

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
