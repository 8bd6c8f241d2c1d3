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
   */
  readonly mark: string;
  readonly marks: number;
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
