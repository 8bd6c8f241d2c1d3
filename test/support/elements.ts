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
  /** Puts a word where its own section wants a number; `path` is the field the error must name. */
  readonly spoil: (p: Profile) => void;
  readonly path: string;
  /** What the error says of that field, when its section has no number to spoil. Default: `must be a number`. */
  readonly must?: string;
  /**
   * The part of its marks (its figures) and how many the guide's profile draws. Marks that are
   * buttons are one Tab stop with a tooltip; an element whose figures are plain text (cards, a
   * list) is read, not operated, and the keyboard and tooltip tests pass it by.
   */
  readonly mark: string;
  readonly marks: number;
  /** Text it shows under `locale="de-DE"`: a figure written the German way. */
  readonly de: string;
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
  'key-figures': {
    spoil: (p) => ((p.keyFigures!.figures[0] as unknown as Loose).value = 'lots'),
    path: 'keyFigures.figures[0].value',
    mark: 'figure',
    marks: 4,
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
    // No figure in the guide's settings: its one date, the guide's year, reads alike in German.
    de: 'career guide), 2026',
    duplicate: (p) => (p.workSettings!.settings[1]!.id = p.workSettings!.settings[0]!.id),
    duplicatePath: 'workSettings.settings[1].id',
  },
  'source-list': {
    // Sources hold no number: a number where a date's text belongs.
    spoil: (p) => ((p.sources[1] as unknown as Loose).date = 2024),
    path: 'sources[1].date',
    must: 'must be text',
    mark: 'reference',
    marks: 8,
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
