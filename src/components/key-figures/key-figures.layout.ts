/**
 * <key-figures> geometry: pure. Picks and orders the figures (the `figures` attribute), writes each
 * value through the locale, numbers the caveats and says the whole row in one sentence.
 */
import { en, type Messages } from '../../i18n/en.js';
import { citation, figureText, figureWords, periodText } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
import { NARROW_WIDTH } from '../../layout/grid.js';
import { numberNotes } from '../../layout/notes.js';
import type { Figure, KeyFigures, Profile } from '../../profile/types.js';

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

/** Every figure of the section in one sentence ("16%: Projected employment growth, 2023–2033; …"): `describe()`'s words. */
export function keyFiguresSummary(section: KeyFigures, f: Formats, t: Messages): string {
  return `${section.figures.map((fig) => figureWords(fig, f, t)).join('; ')}.`;
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
    const marker = markers[i];
    return {
      key: fig.id,
      valueText: figureText(fig, f, t),
      label: fig.label,
      period: periodText(fig),
      ...(fig.descriptor ? { descriptor: fig.descriptor } : {}),
      source: fig.source,
      sourceText: citation(profile, fig.source, f, t),
      ...(marker === undefined ? {} : { marker }),
    };
  });
  return { narrow: width < NARROW_WIDTH, cards, notes, summary: keyFiguresSummary({ ...section, figures }, f, t) };
}
