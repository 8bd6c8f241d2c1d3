/**
 * Every registered element, from the one registry, and what the contract suite needs to know of
 * each. `CASES` is typed by the registry's tags: an element added to the registry does not compile
 * here until it has its case, and from then on the contract suite tests it.
 */
import { fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { elements, type Tag } from '../../src/registry.js';
import type { Profile, SectionName } from '../../src/profile/types.js';
import { drawn } from './helpers.js';

export type { Tag };
export const TAGS: readonly Tag[] = elements.map((e) => e.tag);
export const SECTION = Object.fromEntries(elements.map((e) => [e.tag, e.section])) as Record<Tag, SectionName>;

export interface ElementCase {
  /**
   * Puts a value of the wrong type in its own section (a word where a number is wanted; a number
   * where text is wanted, for a section with no numbers); `path` is the field the error must name.
   */
  readonly spoil: (p: Profile) => void;
  readonly path: string;
  /** What the error says of that field. Default: `must be a number`. */
  readonly problem?: string;
  /**
   * The part of its focusable marks over a drawing and how many the guide's profile draws. An
   * element without a drawing has none (`marks: 0`): the mark-keyboard and pointer tests skip it.
   * Figures that are read, not operated (cards, a list: `operable: false`) are counted but pass
   * the keyboard and tooltip tests by.
   */
  readonly mark: string;
  readonly marks: number;
  readonly operable?: boolean;
  /** Text it shows under `locale="de-DE"`: a figure written the German way; none for an element of text only. */
  readonly de?: string;
  /** Gives the second item of its main list the first one's id; `duplicatePath` is where the error points. */
  readonly duplicate: (p: Profile) => void;
  readonly duplicatePath: string;
}

type Loose = Record<string, unknown>;

export const CASES: Record<Tag, ElementCase> = {
  'outlook-chart': {
    spoil: (p) => ((p.outlook!.projections[1] as unknown as Loose).growthPercent = 'lots'),
    path: 'outlook.projections[1].growthPercent',
    mark: 'mark',
    marks: 3,
    de: '16 %',
    duplicate: (p) => (p.outlook!.projections[1]!.id = p.outlook!.projections[0]!.id),
    duplicatePath: 'outlook.projections[1].id',
  },
  'salary-factors': {
    spoil: (p) => ((p.salary!.median as unknown as Loose).amount = 'lots'),
    path: 'salary.median.amount',
    mark: 'mark',
    marks: 3,
    de: '47.000 $',
    duplicate: (p) => (p.salary!.factors![1]!.id = p.salary!.factors![0]!.id),
    duplicatePath: 'salary.factors[1].id',
  },
  'timeline-steps': {
    spoil: (p) => ((p.timeline!.steps[1]!.duration as unknown as Loose).min = 'lots'),
    path: 'timeline.steps[1].duration.min',
    mark: 'step',
    marks: 4,
    de: '18–24 Monate',
    duplicate: (p) => (p.timeline!.steps[1]!.id = p.timeline!.steps[0]!.id),
    duplicatePath: 'timeline.steps[1].id',
  },
  'program-checklist': {
    spoil: (p) => ((p.checklist!.questions[1] as unknown as Loose).text = 42),
    path: 'checklist.questions[1].text',
    problem: 'must be text but is 42',
    mark: 'mark',
    marks: 0,
    // A mistake's id is in the questions' namespace: both are items a reader ticks.
    duplicate: (p) => (p.checklist!.mistakes![0]!.id = p.checklist!.questions[0]!.id),
    duplicatePath: 'checklist.mistakes[0].id',
  },
  'credential-options': {
    spoil: (p) => ((p.education!.options[1] as unknown as Loose).bestFor = 42),
    path: 'education.options[1].bestFor',
    problem: 'must be text but is 42',
    mark: 'mark',
    marks: 0,
    duplicate: (p) => (p.education!.options[1]!.id = p.education!.options[0]!.id),
    duplicatePath: 'education.options[1].id',
  },
  'fit-check': {
    spoil: (p) => ((p.fit!.pairs[1] as unknown as Loose).good = 42),
    path: 'fit.pairs[1].good',
    problem: 'must be text but is 42',
    mark: 'mark',
    marks: 0,
    duplicate: (p) => (p.fit!.pairs[1]!.id = p.fit!.pairs[0]!.id),
    duplicatePath: 'fit.pairs[1].id',
  },
  'key-figures': {
    spoil: (p) => ((p.keyFigures!.figures[0] as unknown as Loose).value = 'lots'),
    path: 'keyFigures.figures[0].value',
    mark: 'figure',
    marks: 4,
    operable: false,
    de: '47.000 $',
    duplicate: (p) => (p.keyFigures!.figures[1]!.id = p.keyFigures!.figures[0]!.id),
    duplicatePath: 'keyFigures.figures[1].id',
  },
  'career-path': {
    spoil: (p) => ((p.careerPaths!.paths[0]!.figures![0] as unknown as Loose).value = 'lots'),
    path: 'careerPaths.paths[0].figures[0].value',
    mark: 'node',
    marks: 5,
    de: '75.670 $',
    duplicate: (p) => (p.careerPaths!.paths[1]!.id = p.careerPaths!.paths[0]!.id),
    duplicatePath: 'careerPaths.paths[1].id',
  },
  'work-settings': {
    // The guide gives no number here: a site's share is the section's only one.
    spoil: (p) => {
      p.workSettings!.settings[0]!.share = { percent: 'lots' as unknown as number, source: 'guide' };
    },
    path: 'workSettings.settings[0].share.percent',
    mark: 'setting',
    marks: 5,
    operable: false,
    // No figure in the guide's settings: its one date, the guide's year, reads alike in German.
    de: 'research.com, Becoming a health information technician, 2026',
    duplicate: (p) => (p.workSettings!.settings[1]!.id = p.workSettings!.settings[0]!.id),
    duplicatePath: 'workSettings.settings[1].id',
  },
  'source-list': {
    // Sources hold no number: a number where a date's text belongs.
    spoil: (p) => ((p.sources[1] as unknown as Loose).date = 2024),
    path: 'sources[1].date',
    problem: 'must be text',
    mark: 'reference',
    marks: 8,
    operable: false,
    de: '29. Aug. 2024',
    duplicate: (p) => (p.sources[1]!.id = p.sources[0]!.id),
    duplicatePath: 'sources[1].id',
  },
};

/** `<tag attributes>` in a container `width` px wide, drawn. */
export async function place<T extends Tag>(tag: T, attributes = '', width = 640): Promise<HTMLElementTagNameMap[T]> {
  const t = unsafeStatic(tag);
  const a = unsafeStatic(attributes);
  const wrapper = await fixture<HTMLDivElement>(staticHtml`<div style="width:${width}px"><${t} ${a}></${t}></div>`);
  const el = wrapper.firstElementChild as HTMLElementTagNameMap[T];
  await drawn(el);
  return el;
}
