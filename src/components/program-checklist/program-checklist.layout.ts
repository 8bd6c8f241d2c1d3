/**
 * <program-checklist> geometry: pure, no DOM. Which view shows (a reader's checklist, or a
 * program's answers), every item's words, each answer's figure and citation, the notes and the
 * figures' table rows.
 */
import { NARROW_WIDTH } from '../../layout/grid.js';
import type { Formats } from '../../layout/format.js';
import { figureValue, sourceDate } from '../../layout/figure.js';
import { numberNotes } from '../../layout/notes.js';
import { isolate } from '../../layout/text.js';
import type { TableRow } from '../../parts/table.js';
import type { Checklist, Profile } from '../../profile/types.js';

export type ChecklistMode = 'checklist' | 'answers';

/** A program's answer as shown: its words, its figure written out, who says so and when. */
export interface ShownAnswer {
  readonly text: string;
  /** "RHIT exam first-time pass rate, 2024 graduates: 92%" */
  readonly figure?: string;
  /** "Example Community College, 2025" */
  readonly citation: string;
  /** The number of its note in the notes list. */
  readonly marker?: number;
}

export interface ChecklistItem {
  readonly id: string;
  /** What the reader checks: a question, or a mistake's better approach. */
  readonly text: string;
  /** A mistake's own words and why it can hurt, shown with its better approach. */
  readonly mistake?: string;
  readonly why?: string;
  readonly answer?: ShownAnswer;
}

export interface ChecklistGeometry {
  readonly narrow: boolean;
  readonly questions: readonly ChecklistItem[];
  readonly mistakesTitle?: string;
  readonly approaches: readonly ChecklistItem[];
  /** How many questions the profile answers. */
  readonly answered: number;
  /** The answers' notes, numbered. */
  readonly notes: readonly string[];
  /** One row per answer that gives a figure: question, figure, value, source, note. */
  readonly figures: readonly TableRow[];
  /** The sources of the questions and mistakes, and those of the answers. */
  readonly sourceIds: readonly string[];
  readonly answerSourceIds: readonly string[];
}

/** The view a `mode` attribute asks for; without one (or an odd one), the answers when the profile gives any. */
export function checklistMode(attribute: string | null | undefined, answered: number): ChecklistMode {
  if (attribute === 'checklist' || attribute === 'answers') return attribute;
  return answered > 0 ? 'answers' : 'checklist';
}

/** `noDate`: the catalog's words for a source without a date. */
export function layoutChecklist(checklist: Checklist, width: number, f: Formats, profile: Profile, noDate?: string): ChecklistGeometry {
  const { markers, notes } = numberNotes(checklist.questions.map((q) => q.answer?.note));
  const citation = (id: string) => {
    const source = profile.sources.find((s) => s.id === id);
    return source ? `${isolate(source.publisher)}, ${sourceDate(source, f, noDate)}` : id;
  };
  const figures: TableRow[] = [];
  const questions = checklist.questions.map((q, i): ChecklistItem => {
    const a = q.answer;
    if (!a) return { id: q.id, text: q.text };
    const figure = a.figure ? `${a.figure.label}: ${figureValue(a.figure, f)}` : undefined;
    if (a.figure) figures.push([q.text, a.figure.label, figureValue(a.figure, f), citation(a.source), a.note ?? '']);
    const marker = markers[i];
    return {
      id: q.id,
      text: q.text,
      answer: { text: a.text, citation: citation(a.source), ...(figure ? { figure } : {}), ...(marker ? { marker } : {}) },
    };
  });
  const mistakes = checklist.mistakes ?? [];
  return {
    narrow: width < NARROW_WIDTH,
    questions,
    ...(checklist.mistakesTitle ? { mistakesTitle: checklist.mistakesTitle } : {}),
    approaches: mistakes.map((m) => ({ id: m.id, text: m.approach, mistake: m.mistake, why: m.why })),
    answered: questions.filter((q) => q.answer).length,
    notes,
    figures,
    sourceIds: [...checklist.questions.map((q) => q.source), ...mistakes.map((m) => m.source)],
    answerSourceIds: checklist.questions.flatMap((q) => (q.answer ? [q.answer.source] : [])),
  };
}
