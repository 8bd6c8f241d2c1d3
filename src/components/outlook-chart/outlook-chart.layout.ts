/**
 * <outlook-chart> geometry: pure d3 math from the outlook section and a width to positions and text.
 * No DOM here, so it is tested without a browser and would render on a server.
 */
import { max, min } from 'd3';
import type { Formats } from '../../internal/format.js';
import { linearScale } from '../../internal/scale.js';
import { textWidth, wrapText } from '../../internal/text.js';
import type { Outlook, Projection, Workforce } from '../../profile/types.js';

/** Below this width labels stand above their bars instead of beside them. */
export const NARROW_WIDTH = 480;

export interface OutlookRow {
  readonly key: string;
  readonly role: Projection['role'];
  readonly label: string;
  readonly labelLines: readonly string[];
  /** x of the label's start; y of each label line's baseline. */
  readonly labelX: number;
  readonly labelY: readonly number[];
  readonly barX: number;
  readonly barY: number;
  readonly barWidth: number;
  readonly barHeight: number;
  readonly value: number;
  readonly valueText: string;
  readonly valueX: number;
  readonly valueY: number;
  /** The row's whole box, for the focusable mark laid over it. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly descriptor?: string;
  readonly note?: string;
  readonly source: string;
  /** What a screen reader says for this mark. */
  readonly ariaLabel: string;
}

export interface OutlookGeometry {
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /**
   * The vertical runs where grid, zero and reference lines are drawn: the whole plot when labels
   * stand beside the bars; only the bars' bands (and the run down to the axis) when labels stand
   * above them, so no line crosses a label.
   */
  readonly bands: readonly { readonly y1: number; readonly y2: number }[];
  readonly ticks: readonly Tick[];
  readonly rows: readonly OutlookRow[];
  /** The all-occupations average as a dashed reference line across the plot. */
  readonly reference?: { readonly x: number; readonly text: string };
  readonly zeroX: number;
  readonly period: string;
  /** One sentence of the chart's figures, for the svg's aria-label. */
  readonly summary: string;
  readonly workforce?: WorkforceFigure;
}

export interface Tick {
  readonly x: number;
  readonly text: string;
  /** Ticks at the edges are anchored inwards so their text never leaves the chart. */
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface WorkforceFigure {
  readonly label: string;
  readonly workersText: string;
  readonly yearText: string;
  readonly growthText?: string;
  readonly note?: string;
  readonly source: string;
}

export function periodText(outlook: Outlook): string {
  return `${String(outlook.period.start)}–${String(outlook.period.end)}`;
}

function workforceFigure(w: Workforce, f: Formats): WorkforceFigure {
  return {
    label: w.label,
    workersText: f.number(w.workers),
    yearText: String(w.year),
    ...(w.growthPercent === undefined ? {} : { growthText: signed(f.percent(w.growthPercent), w.growthPercent) }),
    ...(w.note ? { note: w.note } : {}),
    source: w.source,
  };
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

export function layoutOutlook(outlook: Outlook, width: number, fontSize: number, f: Formats): OutlookGeometry {
  const narrow = width < NARROW_WIDTH;
  const fs = Math.max(11, fontSize * 0.875);
  const lineHeight = Math.round(fs * 1.3);
  const barHeight = Math.round(fs * 1.55);
  const gap = Math.round(fs * 0.9);
  const projections = outlook.projections;

  const values = projections.map((p) => p.growthPercent);
  const valueTexts = projections.map((p) => f.percent(p.growthPercent));
  const valueWidth = Math.ceil((max(valueTexts, (t) => textWidth(t, fs)) ?? 0) + fs * 0.6);

  const labelColumn = narrow ? 0 : Math.round(Math.min(Math.max(width * 0.34, 120), 280));
  const left = labelColumn;
  const right = Math.max(left + 40, width - valueWidth);
  const wrapWidth = narrow ? width : labelColumn - fs;

  const x = linearScale([Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 0)], [left, right]);
  const zeroX = Math.round(x(0));

  let y = 0;
  const rows: OutlookRow[] = projections.map((p, i) => {
    // The subject's label is bold: wrap it as if a little larger.
    const labelLines = wrapText(p.label, wrapWidth, p.role === 'subject' ? fs * 1.15 : fs);
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
    const barX = Math.min(zeroX, end);
    const barWidth = Math.abs(end - zeroX);
    const valueText = valueTexts[i] ?? '';
    const descriptor = p.descriptor ? ` (${p.descriptor.toLowerCase()})` : '';
    return {
      key: p.id,
      role: p.role,
      label: p.label,
      labelLines,
      labelX: 0,
      labelY: labelLines.map((_, line) => Math.round(labelTop + lineHeight * (line + 0.78))),
      barX: Math.round(barX),
      barY: Math.round(barY),
      barWidth: Math.max(1, Math.round(barWidth)),
      barHeight,
      value: p.growthPercent,
      valueText,
      valueX: Math.round(Math.max(end, zeroX) + fs * 0.4),
      valueY: Math.round(barY + barHeight / 2 + fs * 0.35),
      box: { x: 0, y: Math.round(top), width, height: Math.round(y - gap - top) },
      ...(p.descriptor ? { descriptor: p.descriptor } : {}),
      ...(p.note ? { note: p.note } : {}),
      source: p.source,
      ariaLabel: `${p.label}: ${valueText}${descriptor}`,
    };
  });

  const plotBottom = Math.max(0, y - gap) + Math.round(fs * 0.5);
  const ticks = x.ticks(right - left < 260 ? 3 : 5).map((t): Tick => {
    const tx = Math.round(x(t)) + 0.5;
    const text = f.percent(t);
    const half = textWidth(text, fs) / 2;
    const anchor = tx - half < 0 ? 'start' : tx + half > width ? 'end' : 'middle';
    return { x: tx, text, anchor };
  });
  const height = plotBottom + Math.round(fs * 1.6);
  const pad = Math.round(fs * 0.25);
  const bands = narrow
    ? rows.map((r, i) => ({ y1: r.barY - pad, y2: i === rows.length - 1 ? plotBottom : r.barY + r.barHeight + pad }))
    : [{ y1: 0, y2: plotBottom }];
  const average = projections.find((p) => p.role === 'average');
  const period = periodText(outlook);
  const summary = `Bar chart of projected employment growth, ${period}: ${rows.map((r) => r.ariaLabel).join('; ')}.`;

  return {
    width,
    height,
    narrow,
    fontSize: fs,
    lineHeight,
    plot: { left, right, top: 0, bottom: plotBottom },
    bands,
    ticks,
    rows,
    ...(average ? { reference: { x: Math.round(x(average.growthPercent)) + 0.5, text: f.percent(average.growthPercent) } } : {}),
    zeroX: zeroX + 0.5,
    period,
    summary,
    ...(outlook.workforce ? { workforce: workforceFigure(outlook.workforce, f) } : {}),
  };
}
