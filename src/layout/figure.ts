/**
 * A profile figure (`FigureSchema`: a number, its unit and qualifier) in words, written by the
 * locale: "about $47,000", "16%", "about 2 years", "734". Shared by every element that shows one.
 */
import { en, type Messages } from '../i18n/en.js';
import type { Formats } from './format.js';
import type { Figure, Profile, Source } from '../profile/types.js';

/** The value alone, as the locale writes its unit: "$47,000", "16%", "2 years". */
export function figureValue(figure: Pick<Figure, 'value' | 'unit' | 'currency'>, f: Formats): string {
  const { value } = figure;
  switch (figure.unit) {
    case 'percent':
      return f.percent(value);
    case 'currency':
      return f.currency(value, figure.currency ?? 'USD');
    case 'months':
      return f.months(value);
    case 'years':
      return f.years(value);
    case 'count':
      return f.number(value);
  }
}

/** The unit a CSV names: `percent`, `months`, `years`, `count`, or the currency's code. */
export function unitOf(figure: Pick<Figure, 'unit' | 'currency'>): string {
  return figure.unit === 'currency' ? (figure.currency ?? 'USD') : figure.unit;
}

/**
 * One figure (or, for an element of text, one item) as the reader actions' CSV gives it: what it
 * is about, the figure as the element writes it or the words it shows for the item, and its source's id.
 */
export interface FigureRecord {
  readonly label: string;
  readonly value?: string | undefined;
  /** `percent`, `count`, `months`, `years` or a currency code (`USD`). */
  readonly unit?: string;
  /** "2023–2033", "2033". */
  readonly period?: string | undefined;
  readonly source?: string | undefined;
  readonly note?: string | undefined;
}

/** A profile figure as a record: its label, its value in words, unit, period, source and note. */
export function figureRecord(figure: Figure, f: Formats, t: Pick<Messages, 'about' | 'over'> = en): FigureRecord {
  return { label: figure.label, value: figureText(figure, f, t), unit: unitOf(figure), period: periodText(figure), source: figure.source, note: figure.note };
}

/** The value with its qualifier, in the catalog's words: "about $47,000", "over $70,000". */
export function figureText(figure: Figure, f: Formats, t: Pick<Messages, 'about' | 'over'> = en): string {
  const value = figureValue(figure, f);
  return figure.qualifier ? `${t[figure.qualifier]} ${value}` : value;
}

/** "2023–2033", years written without grouping; empty without a period. */
export function periodText(figure: Pick<Figure, 'period'>): string {
  const p = figure.period;
  return p ? `${String(p.start)}–${String(p.end)}` : '';
}

export interface Loose {
  readonly approximate?: boolean | undefined;
  readonly qualifier?: string | undefined;
}

/**
 * "about $47,000", "around $75,670": a figure of a chart's section that its source gives loosely
 * reads that way everywhere (label, table, summary, tooltip). The source's own word wins over the
 * catalog's `about`.
 */
export function approx(text: string, figure: Loose, about = 'about'): string {
  const word = figure.qualifier ?? (figure.approximate ? about : undefined);
  return word ? `${word} ${text}` : text;
}

/** A source's date as the locale writes it, or says that none is given. */
export function sourceDate(source: Pick<Source, 'date'>, f: Formats, noDate = 'no date given'): string {
  return source.date ? f.date(source.date) : noDate;
}

/** The sources `ids` name, each once, in the order first named. */
export function sourcesOf(profile: Profile, ids: readonly (string | undefined)[]): Source[] {
  return [...new Set(ids)].flatMap((id) => profile.sources.filter((s) => s.id === id));
}

/** The publisher of the source `id`, for a table's Source column. */
export function publisherOf(profile: Profile, id: string): string {
  return profile.sources.find((s) => s.id === id)?.publisher ?? id;
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
