/**
 * <timeline-steps> geometry: pure d3 math from the timeline section and a width to positions and text.
 * No DOM here, so it is tested without a browser and would render on a server.
 *
 * How the spans are placed: each dated step starts when the dated steps before it can be done, so its
 * start is a window (earliest, latest) and its end is one too: earliest start + shortest duration, and
 * latest start + longest duration. A step drawn solid from its earliest start for its shortest duration,
 * then light up to its latest end, shows that uncertainty instead of one made-up date. A step without
 * `duration` "varies": it gets a marker where it can begin, no width, and is left out of the total.
 */
import { nice as niceDomain } from 'd3';
import { en, type Messages } from '../../i18n/en.js';
import { fitTicks, type Tick } from '../../layout/axis.js';
import type { Formats } from '../../layout/format.js';
import { baselines, chartGrid, clearRuns, textBox, type Box, type ChartGeometry, type LabelledRow, type Runs } from '../../layout/grid.js';
import { mirror } from '../../layout/mirror.js';
import { numberNotes } from '../../layout/notes.js';
import { linearScale } from '../../layout/scale.js';
import { textWidth, wrapText } from '../../layout/text.js';
import type { Step, Timeline } from '../../profile/types.js';
import { planTimeline, totalText, type MonthRange } from './timeline-steps.plan.js';

/** Below this width the steps stack as cards, each with its span under its label. */
export { NARROW_WIDTH } from '../../layout/grid.js';
export type { Tick } from '../../layout/axis.js';
export * from './timeline-steps.plan.js';

/** "18–24 months", "1–3 months, optional", or the source's words for a step that varies. */
export function durationText(s: Step, f: Formats, t: Messages): string {
  const months = s.duration && f.months(s.duration.min, s.duration.max);
  return months ? (s.optional ? t.optionalDuration(months) : months) : (s.durationText ?? t.varies);
}

/** Every step and the total in one sentence, width-free: the svg's name, and `describe()`'s words. */
export function timelineSummary(timeline: Timeline, f: Formats, t: Messages): string {
  const steps = timeline.steps.map((s) => `${s.label}, ${durationText(s, f, t)}`);
  return t.timelineSummary(steps.length, steps.join('; '), totalText(planTimeline(timeline), f, t));
}

export interface Span {
  readonly x: number;
  readonly width: number;
}

export interface StepRow extends LabelledRow {
  readonly index: number;
  /** "18–24 months" for a dated step (Intl), the source's words ("Varies by student") for one that varies. */
  readonly durationText: string;
  readonly durationLines: readonly string[];
  readonly durationY: readonly number[];
  readonly varies: boolean;
  readonly decision?: string;
  readonly decisionLines: readonly string[];
  readonly decisionX: number;
  readonly decisionY: readonly number[];
  readonly barY: number;
  readonly barHeight: number;
  /** Dated, when its end is uncertain: earliest start to latest end, drawn light. */
  readonly range?: Span;
  /** Dated: the shortest duration from the earliest start, drawn solid. */
  readonly core?: Span;
  /** Varying: where the step can begin, centred on (x, y); its size is fixed, never a number of months. */
  readonly marker?: { readonly x: number; readonly y: number; readonly size: number };
  /** Varying, when the steps before it leave its start uncertain: earliest to latest start, dotted. */
  readonly window?: { readonly x1: number; readonly x2: number; readonly y: number };
  /** y of the line between this row and the one before it, if any. */
  readonly dividerY?: number;
  /** "Starts after 18–24 months; done after 19–27 months." */
  readonly timing: string;
  /** The source's own words for the time of a dated step, when given. */
  readonly sourceWords?: string;
}

export interface TimelineGeometry extends ChartGeometry {
  readonly smallSize: number;
  /** The month axis; empty when no step has a duration. */
  readonly ticks: readonly Tick[];
  /** A grid line at each tick, in runs that cross no text. */
  readonly grid: readonly { readonly x: number; readonly runs: Runs }[];
  /** The nice month domain of the axis. */
  readonly domain: readonly [number, number];
  readonly rows: readonly StepRow[];
  readonly total?: MonthRange;
  /** One sentence: the total and what it leaves out. */
  readonly totalText: string;
  /** Whether any span has a light (uncertain) part, and any step varies: for the legend. */
  readonly hasRange: boolean;
  readonly hasVarying: boolean;
}

/** Laid out left to right; `rtl` mirrors it (`mirror`): labels on the right, months running leftward. */
export function layoutTimeline(timeline: Timeline, width: number, fontSize: number, f: Formats, t: Messages = en, rtl = false): TimelineGeometry {
  const plan = planTimeline(timeline);
  const m = mirror(width, rtl);
  const { narrow, fs, small, lineHeight, labelColumn } = chartGrid(width, fontSize);
  const smallLine = Math.round(small * 1.35);
  const barHeight = Math.round(fs * 1.1);
  const gap = Math.round(fs * 1.2);
  // Room for a marker centred on the first or last month of the axis.
  const half = Math.ceil(barHeight / 2) + 1;

  const textWrap = narrow ? width : labelColumn - fs * 0.75;
  const left = labelColumn + half;
  // Wide: the decision sits under the span, starting where the axis starts.
  const decisionX = narrow ? 0 : left;
  const decisionWrap = width - decisionX;
  const right = Math.max(left + 40, width - half);
  const extent = plan.total && plan.total.max > 0 ? plan.total.max : 1;
  const count = tickCount(extent, right - left < 260 ? 3 : right - left < 520 ? 5 : 8);
  const x = linearScale([0, extent], [left, right], true, count);
  const n = plan.steps.length;

  const { markers, notes } = numberNotes(timeline.steps.map((s) => s.note));
  let y = 0;
  const texts: Box[] = [];
  const rows = plan.steps.map((p, i): StepRow => {
    const s = p.step;
    const top = y;
    const months = s.duration ? f.months(s.duration.min, s.duration.max) : undefined;
    const duration = durationText(s, f, t);
    const noteNumber = markers[i];
    // Labels are bold: measure them a little wider, with room for the note's marker.
    const labelLines = wrapText(s.label, textWrap - (noteNumber ? fs : 0), fs * 1.06);
    const durationLines = wrapText(duration, textWrap, small);
    const decisionLines = s.decision ? wrapText(s.decision, decisionWrap, small) : [];
    const labelBottom = top + labelLines.length * lineHeight;
    const durationBottom = labelBottom + durationLines.length * smallLine;
    let barY: number;
    if (narrow) {
      barY = durationBottom + Math.round(fs * 0.35);
    } else {
      barY = top + Math.round((lineHeight - barHeight) / 2);
    }
    const decisionTop = barY + barHeight + Math.round(fs * 0.3);
    const decisionBottom = decisionTop + decisionLines.length * smallLine;
    const bottom = narrow ? decisionBottom : Math.max(durationBottom, decisionBottom);
    y = bottom + gap;

    let core: Span | undefined;
    let range: Span | undefined;
    let marker: StepRow['marker'];
    let window: StepRow['window'];
    const mid = barY + barHeight / 2;
    if (p.end) {
      const x0 = Math.round(x(p.start.min));
      const x1 = Math.round(x(p.end.min));
      const x2 = Math.round(x(p.end.max));
      const span = (w: number) => ({ x: m.span(x0, w), width: w });
      if (p.end.max > p.end.min) range = span(Math.max(1, x2 - x0));
      if (x1 > x0 || !range) core = span(Math.max(2, x1 - x0));
    } else {
      marker = { x: m.x(Math.round(x(p.start.min))), y: mid, size: barHeight };
      if (p.start.max > p.start.min) window = { x1: m.x(Math.round(x(p.start.min))), x2: m.x(Math.round(x(p.start.max))), y: Math.round(mid) + 0.5 };
    }

    const begin = p.start.max === 0 ? t.fromStart : t.startsAfter(f.months(p.start.min, p.start.max));
    const end = p.end ? t.doneAfter(f.months(p.end.min, p.end.max)) : t.variesNotCounted;
    const timing = `${begin}; ${end}.`;
    const sourceWords = months && s.durationText && s.durationText !== months ? s.durationText : undefined;
    texts.push(
      textBox(0, top, labelLines.map((l) => textWidth(l, fs * 1.06)), lineHeight),
      textBox(0, labelBottom, durationLines.map((l) => textWidth(l, small)), smallLine),
      textBox(decisionX, decisionTop, decisionLines.map((l) => textWidth(l, small)), smallLine),
    );

    return {
      key: s.id,
      index: i,
      label: s.label,
      labelLines,
      labelX: m.x(0),
      labelY: baselines(top, labelLines.length, lineHeight),
      durationText: duration,
      durationLines,
      durationY: baselines(labelBottom, durationLines.length, smallLine),
      varies: !p.end,
      ...(s.decision ? { decision: s.decision } : {}),
      decisionLines,
      decisionX: m.x(decisionX),
      decisionY: baselines(decisionTop, decisionLines.length, smallLine),
      barY,
      barHeight,
      ...(range ? { range } : {}),
      ...(core ? { core } : {}),
      ...(marker ? { marker } : {}),
      ...(window ? { window } : {}),
      box: { x: 0, y: top, width, height: bottom - top },
      ...(i > 0 ? { dividerY: Math.round(top - gap / 2) + 0.5 } : {}),
      timing,
      ...(sourceWords ? { sourceWords } : {}),
      ...(s.note ? { note: s.note } : {}),
      ...(noteNumber ? { noteNumber } : {}),
      source: s.source,
      ariaLabel: `${t.stepOf(i + 1, n)}: ${s.label}, ${duration}. ${timing}`,
    };
  });

  const rowsBottom = Math.max(0, y - gap);
  const plotBottom = rowsBottom + (plan.total ? Math.round(fs * 0.5) : 0);
  const counts = Array.from({ length: Math.max(1, count - 1) }, (_, i) => count - i);
  const ticks = plan.total
    ? fitTicks(x, counts, [(v, last) => (last ? f.months(v) : f.number(v))], small, width, {
        keep: Number.isInteger,
        toEnd: true,
        gap: small * 0.5,
      })
    : [];
  const grid = ticks.map((tick) => ({ x: m.x(tick.x), runs: clearRuns(tick.x, 0, plotBottom, texts) }));
  const height = plan.total ? plotBottom + Math.round(small * 1.7) : rowsBottom;
  const total = totalText(plan, f, t);

  return {
    width,
    height,
    narrow,
    fontSize: fs,
    smallSize: small,
    plot: { ...m.edges(left, right), top: 0, bottom: plotBottom },
    ticks: ticks.map(m.at),
    grid,
    domain: x.domain,
    rows,
    ...(plan.total ? { total: plan.total } : {}),
    totalText: total,
    hasRange: rows.some((r) => r.range),
    hasVarying: plan.varying.length > 0,
    summary: timelineSummary(timeline, f, t),
    notes,
  };
}

/**
 * At most `most` ticks, choosing the count whose nice domain overshoots the total least: a 15-month
 * program gets an axis to 15 (0, 5, 10, 15), not to 16 in steps of 2.
 */
function tickCount(extent: number, most: number): number {
  const end = (count: number) => niceDomain(0, extent, count)[1];
  let best = most;
  for (let c = most - 1; c >= 3; c--) if (end(c) < end(best)) best = c;
  return best;
}
