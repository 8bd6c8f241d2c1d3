/**
 * <key-figures> geometry: pure. Picks and orders the figures (the `figures` attribute), writes each
 * value through the locale, numbers the caveats and says the whole row in one sentence.
 */
import { en, type Messages } from '../../i18n/en.js';
import { figureText, periodText } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
import { NARROW_WIDTH } from '../../layout/grid.js';
import { numberNotes } from '../../layout/notes.js';
import type { Figure, KeyFigures, Profile } from '../../profile/types.js';
import { sourceDate } from '../../layout/figure.js';
import { isolate } from '../../layout/text.js';

export interface KeyFigureCard {
  readonly key: string;
  /** "about $47,000", "16%": the locale's writing of the number. */
  readonly valueText: string;
  readonly label: string;
  /** "2023–2033", or empty. */
  readonly period: string;
  readonly descriptor?: string;
  /** The source's id, and its publisher and date as the card shows them. */
  readonly source: string;
  readonly sourceText: string;
  /** The number of its note in the notes list, if it has one. */
  readonly marker?: number;
}

export interface KeyFiguresGeometry {
  readonly narrow: boolean;
  readonly cards: readonly KeyFigureCard[];
  readonly notes: readonly string[];
  readonly summary: string;
}

/** The ids of `wanted` (a space-separated list) that the section does not have. */
export function unknownFigures(section: KeyFigures, wanted: string | undefined): string[] {
  const ids = new Set(section.figures.map((f) => f.id));
  return splitIds(wanted).filter((id) => !ids.has(id));
}

/** The figures named by `wanted`, in its order; every figure, in the profile's order, when it names none. */
export function pickFigures(section: KeyFigures, wanted: string | undefined): Figure[] {
  const ids = splitIds(wanted);
  if (!ids.length) return [...section.figures];
  return [...new Set(ids)].flatMap((id) => section.figures.filter((f) => f.id === id));
}

function splitIds(wanted: string | undefined): string[] {
  return (wanted ?? '').split(/[\s,]+/).filter(Boolean);
}

export function layoutKeyFigures(
  section: KeyFigures,
  profile: Profile,
  width: number,
  f: Formats,
  wanted?: string,
  t: Messages = en,
): KeyFiguresGeometry {
  const figures = pickFigures(section, wanted);
  const { markers, notes } = numberNotes(figures.map((fig) => fig.note));
  const cards = figures.map((fig, i): KeyFigureCard => {
    const source = profile.sources.find((s) => s.id === fig.source);
    const marker = markers[i];
    return {
      key: fig.id,
      valueText: figureText(fig, f, t),
      label: fig.label,
      period: periodText(fig),
      ...(fig.descriptor ? { descriptor: fig.descriptor } : {}),
      source: fig.source,
      sourceText: source ? `${isolate(source.publisher)}, ${sourceDate(source, f, t.noDate)}` : fig.source,
      ...(marker === undefined ? {} : { marker }),
    };
  });
  const summary = cards.map((c) => `${c.label}${c.period ? ` (${c.period})` : ''}: ${c.valueText}`).join('; ');
  return { narrow: width < NARROW_WIDTH, cards, notes, summary };
}
