/**
 * A profile figure (`FigureSchema`: a number, its unit and qualifier) in words, written by the
 * locale: "about $47,000", "16%", "about 2 years", "734"; a source in words, and the sentences a
 * summary is made of. Shared by every element that shows one, and by `describe()`.
 */
import { en, type Messages } from '../i18n/en.js';
import type { Formats } from './format.js';
import { isolate } from './text.js';
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

/**
 * "16%: Projected employment growth, 2023–2033 (much faster than average)": the value, then what
 * it is. A drawing passes `isolate` as `own`, so a direction mark in the label reorders nothing else.
 */
export function figureWords(
  figure: Figure,
  f: Formats,
  t: Pick<Messages, 'about' | 'over'> = en,
  own: (text: string) => string = (text) => text,
): string {
  const period = periodText(figure);
  const descriptor = figure.descriptor ? ` (${own(figure.descriptor.toLowerCase())})` : '';
  return `${figureText(figure, f, t)}: ${own(figure.label)}${period ? `, ${period}` : ''}${descriptor}`;
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
export function sourceDate(source: Pick<Source, 'date'>, f: Formats, noDate: string): string {
  return source.date ? f.date(source.date) : noDate;
}

/** The short citation of source `id` beside a figure: "Glassdoor, Jun 6, 2024" (the id if unknown), the publisher isolated. */
export function citation(profile: Profile, id: string, f: Formats, t: Pick<Messages, 'noDate'>): string {
  const source = sourceOf(profile, id);
  return source ? `${isolate(source.publisher)}, ${sourceDate(source, f, t.noDate)}` : id;
}

/** A source in words: "Glassdoor, How much does … make?, Jun 6, 2024" (publisher, title, date). */
export function sourceWords(source: Source, f: Formats, t: Pick<Messages, 'noDate'> = en): string {
  return [source.publisher, source.title, sourceDate(source, f, t.noDate)].filter(Boolean).join(', ');
}

/** The sources `ids` name, each once, in the order first named. */
export function sourcesOf(profile: Profile, ids: readonly (string | undefined)[]): Source[] {
  return [...new Set(ids)].flatMap((id) => profile.sources.filter((s) => s.id === id));
}

/** "Sources: A, title, date; B, title, date." Empty when there are none. */
export function sourcesSentence(sources: readonly Source[], f: Formats, t: Pick<Messages, 'noDate' | 'source' | 'sources'>): string {
  return sources.length ? `${sources.length > 1 ? t.sources : t.source}: ${sources.map((s) => sourceWords(s, f, t)).join('; ')}.` : '';
}

/** `text` ending as a sentence: a full stop added unless it ends with one (or ? ! …), maybe quoted. */
export function sentence(text: string): string {
  return /[.!?…]["'”’»)]*$/.test(text) ? text : `${text}.`;
}

/** The parts given, as one run of sentences: empty and missing parts left out. */
export function words(...parts: readonly (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

/** "Title: body", or "Title? body" when the title ends with its own punctuation; empty without a body. */
export function titled(title: string, body: string): string {
  return body && (/[.!?:…]$/.test(title) ? `${title} ${body}` : `${title}: ${body}`);
}

/** The source `id` names, if the profile has it. */
export function sourceOf(profile: Profile, id: string | undefined): Source | undefined {
  return profile.sources.find((s) => s.id === id);
}

/** The publisher of the source `id`, for a table's Source column (the id if unknown). */
export function publisherOf(profile: Profile, id: string): string {
  return sourceOf(profile, id)?.publisher ?? id;
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
