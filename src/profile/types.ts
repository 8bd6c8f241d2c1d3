/** Types of the career profile, inferred from the one schema in `schema.ts`. */
import type { InferOutput } from 'valibot';
import type {
  AnswerFigureSchema,
  AnswerSchema,
  ChecklistSchema,
  CredentialSchema,
  EducationOptionSchema,
  EducationSchema,
  FitPairSchema,
  FitSchema,
  MistakeSchema,
  QuestionSchema,
  CareerPathSchema,
  CareerPathsSchema,
  DurationSchema,
  FigureSchema,
  KeyFiguresSchema,
  OutlookSchema,
  ProfileSchema,
  ProjectionSchema,
  SalaryFactorSchema,
  SalaryFigureSchema,
  SalarySchema,
  SourceSchema,
  StepSchema,
  TimelineSchema,
  WorkforceSchema,
  WorkSettingSchema,
  WorkSettingsSchema,
  profileEntries,
} from './schema.js';

export type Profile = InferOutput<typeof ProfileSchema>;
export type Source = InferOutput<typeof SourceSchema>;
export type Outlook = InferOutput<typeof OutlookSchema>;
export type Projection = InferOutput<typeof ProjectionSchema>;
export type Workforce = InferOutput<typeof WorkforceSchema>;
export type Salary = InferOutput<typeof SalarySchema>;
export type SalaryFigure = InferOutput<typeof SalaryFigureSchema>;
export type SalaryFactor = InferOutput<typeof SalaryFactorSchema>;
export type Timeline = InferOutput<typeof TimelineSchema>;
export type Step = InferOutput<typeof StepSchema>;
export type Duration = InferOutput<typeof DurationSchema>;
export type Checklist = InferOutput<typeof ChecklistSchema>;
export type Question = InferOutput<typeof QuestionSchema>;
export type Answer = InferOutput<typeof AnswerSchema>;
export type AnswerFigure = InferOutput<typeof AnswerFigureSchema>;
export type Mistake = InferOutput<typeof MistakeSchema>;
export type Fit = InferOutput<typeof FitSchema>;
export type FitPair = InferOutput<typeof FitPairSchema>;
export type Education = InferOutput<typeof EducationSchema>;
export type EducationOption = InferOutput<typeof EducationOptionSchema>;
export type Credential = InferOutput<typeof CredentialSchema>;
export type Figure = InferOutput<typeof FigureSchema>;
export type KeyFigures = InferOutput<typeof KeyFiguresSchema>;
export type CareerPath = InferOutput<typeof CareerPathSchema>;
export type CareerPaths = InferOutput<typeof CareerPathsSchema>;
export type WorkSetting = InferOutput<typeof WorkSettingSchema>;
export type WorkSettings = InferOutput<typeof WorkSettingsSchema>;

/**
 * The sections an element can read: every field of the profile but its metadata. `sources` is one
 * too, for `<source-list>`, which reads nothing else; every element validates it anyway.
 */
export type SectionName = Exclude<keyof typeof profileEntries, '$schema' | 'occupation'>;

/** One problem found in a profile: where, and what is wrong, in words a site owner can act on. */
export interface Issue {
  /** Path in the profile, e.g. `outlook.projections[1].growthPercent`; empty for the whole document. */
  readonly path: string;
  /** The path and what is wrong, e.g. `outlook.projections[1].growthPercent must be a number`. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly issues: readonly Issue[] };
