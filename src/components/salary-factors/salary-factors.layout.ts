/**
 * <salary-factors> geometry: pure d3 math from the salary section and a width to positions and text.
 * No DOM here, so it is tested without a browser and would render on a server.
 *
 * One row per figure on one shared linear scale (a dot plot): the median as a dot, the experienced
 * level as a lower bound whose run fades off toward the scale's end (never drawn as a maximum), and
 * related roles as diamonds in the comparison colour. Rows keep labels from ever colliding: beside
 * the scale when there is room, on their own lines above each row's track when there is not.
 */
import { max } from 'd3';
import { fitTicks, type Tick } from '../../layout/axis.js';
import { en, type Messages } from '../../i18n/en.js';
import { approx } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
import { mirror } from '../../layout/mirror.js';
import { numberNotes } from '../../layout/notes.js';
import { baselines, chartGrid, clearRuns, textBox, type Box, type ChartGeometry, type LabelledRow, type Runs } from '../../layout/grid.js';
import { linearScale } from '../../layout/scale.js';
import { textWidth, wrapText } from '../../layout/text.js';
import type { Salary, SalaryFigure } from '../../profile/types.js';

export { NARROW_WIDTH } from '../../layout/grid.js';
export type { Tick } from '../../layout/axis.js';

/**
 * How far the scale reaches past the highest lower bound, at least: the open-ended run needs room
 * to run off toward the scale's end, so a lower bound never sits at the scale's maximum.
 */
export const OPEN_HEADROOM = 1.2;

export type FigureKind = 'median' | 'experienced' | 'related';

export interface SalaryRow extends LabelledRow {
  readonly kind: FigureKind;
  readonly amount: number;
  /** True for a lower bound ("over $70,000"): drawn from its amount off toward the scale's end. */
  readonly open: boolean;
  /** The mark's position on the scale, and the middle of the row's track. */
  readonly x: number;
  readonly y: number;
  /** For an open figure: the run from the amount to the scale's end, which has no closing edge (x1 < x0 right to left). */
  readonly run?: { readonly x0: number; readonly x1: number };
  /** "$47,000", or "$70,000+" for a lower bound. */
  readonly valueText: string;
  readonly valueX: number;
  readonly valueY: number;
  readonly valueAnchor: 'start' | 'end';
  /** Where the value stands: after its mark ('right'), before it ('left'), in reading order, or on its own line above it. */
  readonly valuePlacement: 'right' | 'left' | 'above';
  readonly amountWords: string;
}

export interface SalaryGeometry extends ChartGeometry {
  /** Half the height of a row's band: the radius of the median dot, the half-diagonal of a diamond. */
  readonly markSize: number;
  readonly bandHeight: number;
  /** The scale's domain after `nice()`: always from 0, always past every figure. */
  readonly domain: readonly [number, number];
  readonly ticks: readonly Tick[];
  /** A grid line at each tick, in runs that cross no label or value. */
  readonly grid: readonly { readonly x: number; readonly runs: Runs }[];
  readonly rows: readonly SalaryRow[];
  readonly currency: string;
}

interface Entry {
  readonly figure: SalaryFigure;
  readonly kind: FigureKind;
}

/** The section's figures in drawing order: the occupation's own first, then related roles. */
export function salaryFigures(salary: Salary): { figure: SalaryFigure; kind: FigureKind }[] {
  const entries: Entry[] = [{ figure: salary.median, kind: 'median' }];
  if (salary.experienced) entries.push({ figure: salary.experienced, kind: 'experienced' });
  for (const figure of salary.related ?? []) entries.push({ figure, kind: 'related' });
  return entries;
}

/**
 * The amount as the locale writes it in the section's currency; a lower bound gets a "+" after its
 * last digit, before a trailing currency sign: "$70,000+", "70.000+ $".
 */
export function valueText(figure: SalaryFigure, currency: string, f: Formats, t: Messages = en): string {
  const amount = f.currency(figure.amount, currency);
  if (figure.bound !== 'lower') return approx(amount, figure, t.about);
  const marked = amount.replace(/(\p{Nd})(?!.*\p{Nd})/u, '$1+');
  return marked === amount ? `${amount}+` : marked;
}

/** The amount in words for screen readers: "over $70,000" for a lower bound, never a maximum. */
export function amountWords(figure: SalaryFigure, currency: string, f: Formats, t: Messages = en): string {
  const amount = f.currency(figure.amount, currency);
  return figure.bound === 'lower' ? t.overLowerBound(amount) : approx(amount, figure, t.about);
}

/** "Related role, Compliance officers (median): around $75,670": a figure's row in words. */
function rowWords(figure: SalaryFigure, kind: FigureKind, words: string, t: Messages): string {
  return `${kind === 'related' ? `${t.relatedRole}, ` : ''}${figure.label}: ${words}`;
}

/**
 * Every figure of the section in one sentence, width-free ("over $70,000 (a lower bound)", never a
 * maximum): the svg's accessible name, and what `describe()` writes for <salary-factors>.
 */
export function salarySummary(salary: Salary, f: Formats, t: Messages): string {
  const rows = salaryFigures(salary).map(({ figure, kind }) => rowWords(figure, kind, amountWords(figure, salary.currency, f, t), t));
  return t.salarySummary(salary.currency, rows.join('; '));
}

/** Laid out left to right; `rtl` mirrors it (`mirror`): labels on the right, the scale growing leftward. */
export function layoutSalary(salary: Salary, width: number, fontSize: number, f: Formats, t: Messages = en, rtl = false): SalaryGeometry {
  const { narrow, fs, lineHeight, labelColumn } = chartGrid(width, fontSize);
  const m = mirror(width, rtl);
  const tickFs = fs * 0.92;
  const bandHeight = Math.round(fs * 1.55);
  const markSize = Math.round(bandHeight * 0.42);
  const gap = Math.round(fs * 0.9);
  const groupGap = Math.round(fs * 0.6);
  const currency = salary.currency;
  const entries = salaryFigures(salary);
  const { markers, notes } = numberNotes(entries.map((e) => e.figure.note));

  const left = narrow ? markSize + 1 : labelColumn + markSize;
  const right = Math.max(left + 40, width - Math.ceil(markSize * 0.5) - 1);
  const wrapWidth = narrow ? width : labelColumn - fs * 0.75;

  const highest = max(entries, (e) => e.figure.amount) ?? 0;
  const openHighest = max(entries, (e) => (e.figure.bound === 'lower' ? e.figure.amount * OPEN_HEADROOM : 0)) ?? 0;
  const top = Math.max(highest, openHighest) || 1;
  const x = linearScale([0, top], [left, right], true, 5);

  let y = 0;
  const texts: Box[] = [];
  let previousKind: FigureKind | undefined;
  const rows: SalaryRow[] = entries.map(({ figure, kind }, i) => {
    const noteNumber = markers[i];
    if (previousKind !== undefined && kind === 'related' && previousKind !== 'related') y += groupGap;
    previousKind = kind;
    const open = figure.bound === 'lower';
    const mx = Math.round(x(figure.amount));
    const text = valueText(figure, currency, f, t);
    const w = Math.ceil(textWidth(text, fs));
    const pad = markSize + Math.round(fs * 0.4);
    // The value sits beside its mark: right of it where it fits (never over an open run), else left
    // of it (never over the labels), else on its own line above the mark.
    const fitsRight = !open && mx + pad + w <= width;
    const fitsLeft = mx - pad - w >= labelColumn;
    const placement = fitsRight ? 'right' : fitsLeft ? 'left' : 'above';
    const valueLine = placement === 'above' ? lineHeight : 0;
    const labelLines = wrapText(figure.label, wrapWidth - (noteNumber ? fs : 0), fs);
    const labelBlock = labelLines.length * lineHeight;
    const rowTop = y;
    let trackY: number;
    let labelTop: number;
    if (narrow) {
      labelTop = y;
      trackY = y + labelBlock + valueLine + Math.round(fs * 0.25) + bandHeight / 2;
      y = trackY + bandHeight / 2 + gap;
    } else {
      const rowHeight = Math.max(bandHeight + valueLine, labelBlock);
      labelTop = y + (rowHeight - labelBlock) / 2;
      trackY = y + rowHeight - (rowHeight - valueLine) / 2;
      y += rowHeight + gap;
    }
    const valueAnchor: 'start' | 'end' = placement === 'left' ? 'end' : 'start';
    const valueX =
      placement === 'right' ? mx + pad : placement === 'left' ? mx - pad : Math.min(Math.max(labelColumn, mx - w / 2), width - w);
    const valueY = placement === 'above' ? trackY - bandHeight / 2 - Math.round(fs * 0.3) : trackY + fs * 0.35;
    const words = amountWords(figure, currency, f, t);
    texts.push(
      textBox(0, labelTop, labelLines.map((l) => textWidth(l, fs)), lineHeight),
      textBox(valueX, valueY - fs, [w], fs * 1.3, valueAnchor),
    );
    return {
      key: figure.id,
      kind,
      label: figure.label,
      labelLines,
      labelX: m.x(0),
      labelY: baselines(labelTop, labelLines.length, lineHeight),
      amount: figure.amount,
      open,
      x: m.x(mx),
      y: Math.round(trackY),
      ...(open ? { run: { x0: m.x(mx), x1: m.x(Math.round(right)) } } : {}),
      valueText: text,
      valueX: m.x(Math.round(valueX)),
      valueY: Math.round(valueY),
      valueAnchor,
      valuePlacement: placement,
      box: { x: 0, y: Math.round(rowTop), width, height: Math.round(y - gap - rowTop) },
      ...(figure.note ? { note: figure.note } : {}),
      source: figure.source,
      ariaLabel: rowWords(figure, kind, words, t),
      amountWords: words,
      ...(noteNumber ? { noteNumber } : {}),
    };
  });

  const plotBottom = Math.max(0, y - gap) + Math.round(fs * 0.5);
  const ticks = fitTicks(
    x,
    [5, 3, 2],
    [(v) => f.currency(v, currency), (v) => f.currencyCompact(v, currency)],
    tickFs,
    width,
  );
  const grid = ticks.map((t) => ({ x: m.x(t.x), runs: clearRuns(t.x, 0, plotBottom, texts) }));
  const height = plotBottom + Math.round(fs * 1.6);

  return {
    width,
    height,
    narrow,
    fontSize: fs,
    markSize,
    bandHeight,
    plot: { ...m.edges(left, right), top: 0, bottom: plotBottom },
    domain: x.domain,
    ticks: ticks.map(m.at),
    grid,
    rows,
    currency,
    summary: salarySummary(salary, f, t),
    notes,
  };
}
