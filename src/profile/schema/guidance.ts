/** The sections the guidance elements read: checklist, fit, education. */
import * as v from 'valibot';
import { label, prose, id, sourceRef, note, number, currencyCode } from './primitives.js';

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
