/**
 * <outlook-chart> geometry: pure d3 math from the outlook section and a width to positions and text.
 * No DOM here, so it is tested without a browser and would render on a server.
 */
import { max, min } from 'd3';
import { fitTicks, type Tick } from '../../layout/axis.js';
import { en, type Messages } from '../../i18n/en.js';
import { approx } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
import { baselines, chartGrid, clearRuns, textBox, type Box, type ChartGeometry, type LabelledRow, type Runs } from '../../layout/grid.js';
import { mirror } from '../../layout/mirror.js';
import { numberNotes } from '../../layout/notes.js';
import { linearScale } from '../../layout/scale.js';
import { textWidth, wrapText } from '../../layout/text.js';
import type { Outlook, Projection, Workforce } from '../../profile/types.js';

export { NARROW_WIDTH } from '../../layout/grid.js';

export interface OutlookRow extends LabelledRow {
  readonly role: Projection['role'];
  readonly barX: number;
  readonly barY: number;
  readonly barWidth: number;
  readonly barHeight: number;
  readonly value: number;
  readonly valueText: string;
  readonly valueX: number;
  readonly valueY: number;
  readonly descriptor?: string;
}

/** A vertical rule (grid line, zero line, the average's reference), in runs that cross no text. */
export interface Rule {
  readonly kind: 'grid' | 'zero' | 'reference';
  readonly x: number;
  readonly runs: Runs;
}

export interface OutlookGeometry extends ChartGeometry {
  readonly ticks: readonly Tick[];
  readonly rules: readonly Rule[];
  readonly rows: readonly OutlookRow[];
  readonly zeroX: number;
  readonly period: string;
  readonly workforce?: WorkforceFigure;
}

export interface WorkforceFigure {
  readonly label: string;
  readonly workersText: string;
  readonly yearText: string;
  readonly growthText?: string;
  readonly note?: string;
  readonly noteNumber?: number;
  readonly source: string;
}

export function periodText(outlook: Outlook): string {
  return `${String(outlook.period.start)}–${String(outlook.period.end)}`;
}

/** The workforce projection in words: its workers, year and growth as the locale writes them. */
export function workforceFigure(w: Workforce, f: Formats, t: Messages, noteNumber?: number): WorkforceFigure {
  return {
    label: w.label,
    workersText: approx(f.number(w.workers), w, t.about),
    yearText: String(w.year),
    ...(w.growthPercent === undefined ? {} : { growthText: signed(f.percent(w.growthPercent), w.growthPercent) }),
    ...(w.note ? { note: w.note } : {}),
    ...(noteNumber ? { noteNumber } : {}),
    source: w.source,
  };
}

/** The workforce projection as a row of the table and the CSV: what it counts, and its figure. */
export function workforceRow(w: WorkforceFigure, t: Messages): { readonly label: string; readonly value: string } {
  return { label: `${w.label}: ${t.workersIn(w.yearText)}`, value: w.growthText ? `${w.workersText} (${w.growthText})` : w.workersText };
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

/** "16%", "about 16%": a bar's value as its label and the summary write it. */
export function growthText(p: Projection, f: Formats, t: Messages): string {
  return approx(f.percent(p.growthPercent), p, t.about);
}

/** "Health information technologists …: 16% (much faster than average)": a bar in words. */
function projectionWords(p: Projection, valueText: string): string {
  return `${p.label}: ${valueText}${p.descriptor ? ` (${p.descriptor.toLowerCase()})` : ''}`;
}

/**
 * Every figure of the section in one sentence, width-free: the svg's accessible name, and what
 * `describe()` writes for <outlook-chart>. The workforce projection closes it.
 */
export function outlookSummary(outlook: Outlook, f: Formats, t: Messages): string {
  const bars = outlook.projections.map((p) => projectionWords(p, growthText(p, f, t)));
  const w = outlook.workforce && workforceFigure(outlook.workforce, f, t, undefined);
  const workforce = w ? ` ${w.label}: ${w.workersText} ${t.workersProjected(w.yearText)}${w.growthText ? ` (${w.growthText})` : ''}.` : '';
  return t.outlookSummary(periodText(outlook), bars.join('; ')) + workforce;
}

/** Laid out left to right; `rtl` mirrors it: labels on the right, bars growing leftward. */
export function layoutOutlook(outlook: Outlook, width: number, fontSize: number, f: Formats, t: Messages = en, rtl = false): OutlookGeometry {
  const { narrow, fs, lineHeight, labelColumn } = chartGrid(width, fontSize, 0.34, 280);
  const m = mirror(width, rtl);
  const barHeight = Math.round(fs * 1.55);
  const gap = Math.round(fs * 0.9);
  const projections = outlook.projections;

  const values = projections.map((p) => p.growthPercent);
  const valueTexts = projections.map((p) => growthText(p, f, t));
  const { markers, notes } = numberNotes([...projections.map((p) => p.note), outlook.workforce?.note]);
  const valueWidth = Math.ceil((max(valueTexts, (t) => textWidth(t, fs)) ?? 0) + fs * 0.6);

  const left = labelColumn;
  const right = Math.max(left + 40, width - valueWidth);
  const wrapWidth = narrow ? width : labelColumn - fs;

  const x = linearScale([Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 0)], [left, right]);
  const zeroX = Math.round(x(0));

  let y = 0;
  const texts: Box[] = [];
  const rows: OutlookRow[] = projections.map((p, i) => {
    // The subject's label is bold: wrap it as if a little larger.
    const labelSize = p.role === 'subject' ? fs * 1.15 : fs;
    const noteNumber = markers[i];
    // Room for the note's marker after the last word.
    const labelLines = wrapText(p.label, wrapWidth - (noteNumber ? fs : 0), labelSize);
    const labelBlock = labelLines.length * lineHeight;
    let barY: number;
    let labelTop: number;
    const top = y;
    if (narrow) {
      labelTop = y;
      barY = y + labelBlock + Math.round(fs * 0.25);
      y = barY + barHeight + gap;
    } else {
      const rowHeight = Math.max(barHeight, labelBlock);
      labelTop = y + (rowHeight - labelBlock) / 2;
      barY = y + (rowHeight - barHeight) / 2;
      y += rowHeight + gap;
    }
    const end = x(p.growthPercent);
    const valueText = valueTexts[i] ?? '';
    const valueX = Math.round(Math.max(end, zeroX) + fs * 0.4);
    const valueY = Math.round(barY + barHeight / 2 + fs * 0.35);
    texts.push(
      textBox(0, labelTop, labelLines.map((l) => textWidth(l, labelSize)), lineHeight),
      textBox(valueX, valueY - fs, [textWidth(valueText, fs)], fs * 1.3),
    );
    const barWidth = Math.max(1, Math.round(Math.abs(end - zeroX)));
    return {
      key: p.id,
      role: p.role,
      label: p.label,
      labelLines,
      labelX: m.x(0),
      labelY: baselines(labelTop, labelLines.length, lineHeight),
      barX: m.span(Math.round(Math.min(zeroX, end)), barWidth),
      barY: Math.round(barY),
      barWidth,
      barHeight,
      value: p.growthPercent,
      valueText,
      valueX: m.x(valueX),
      valueY,
      box: { x: 0, y: Math.round(top), width, height: Math.round(y - gap - top) },
      ...(p.descriptor ? { descriptor: p.descriptor } : {}),
      ...(p.note ? { note: p.note } : {}),
      ...(noteNumber ? { noteNumber } : {}),
      source: p.source,
      ariaLabel: projectionWords(p, valueText),
    };
  });

  const plotBottom = Math.max(0, y - gap) + Math.round(fs * 0.5);
  const ticks = fitTicks(x, right - left < 260 ? [3, 2] : [5, 3, 2], [(v) => f.percent(v)], fs * 0.92, width);
  const rule = (kind: Rule['kind'], at: number): Rule => ({ kind, x: m.x(at), runs: clearRuns(at, 0, plotBottom, texts) });
  const average = projections.find((p) => p.role === 'average');
  const rules = [
    ...ticks.map((t) => rule('grid', t.x)),
    rule('zero', zeroX + 0.5),
    ...(average ? [rule('reference', Math.round(x(average.growthPercent)) + 0.5)] : []),
  ];
  const period = periodText(outlook);

  return {
    width,
    height: plotBottom + Math.round(fs * 1.6),
    narrow,
    fontSize: fs,
    plot: { ...m.edges(left, right), top: 0, bottom: plotBottom },
    ticks: ticks.map(m.at),
    rules,
    rows,
    zeroX: m.x(zeroX + 0.5),
    period,
    summary: outlookSummary(outlook, f, t),
    ...(outlook.workforce ? { workforce: workforceFigure(outlook.workforce, f, t, markers[projections.length]) } : {}),
    notes,
  };
}
