/**
 * The grid every chart shares, as pure functions: one narrow breakpoint, one font-size rule, the
 * label column, line baselines, and where a vertical rule may run without crossing any text.
 */

/** Below this width labels stand above their marks instead of in a column beside them. */
export const NARROW_WIDTH = 480;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A vertical rule's runs: where it is drawn, stopping short of text. */
export type Runs = readonly { readonly y1: number; readonly y2: number }[];

/** A row of figures as every chart lays it out: its label in wrapped lines, its box and its words. */
export interface LabelledRow {
  readonly key: string;
  readonly label: string;
  readonly labelLines: readonly string[];
  /** x of the label's start; y of each label line's baseline. */
  readonly labelX: number;
  readonly labelY: readonly number[];
  /** The row's whole box, for the focusable mark laid over it. */
  readonly box: Box;
  readonly note?: string;
  /** The number of its note in the notes list (`numberNotes`), if it has one. */
  readonly noteNumber?: number;
  readonly source: string;
  /** What a screen reader says for this mark. */
  readonly ariaLabel: string;
}

/** What every chart's geometry has: its size, whether it is narrow, its text size, plot and summary. */
export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  /** Label text size, px. */
  readonly fontSize: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** One sentence of the figures, for the svg's aria-label. */
  readonly summary: string;
  /** Every caveat once, numbered as the markers on the figures (`numberNotes`). */
  readonly notes: readonly string[];
}

export interface Grid {
  readonly width: number;
  readonly narrow: boolean;
  /** Label and value text, px: seven eighths of the host's font size, never under 11 px. */
  readonly fs: number;
  /** Tick labels and secondary text, px. */
  readonly small: number;
  readonly lineHeight: number;
  /** Width of the label column beside the marks; 0 when narrow. */
  readonly labelColumn: number;
}

/** The grid at `width` for a host font size of `fontSize` px; `share` of the width goes to labels, up to `most` px. */
export function chartGrid(width: number, fontSize: number, share = 0.3, most = 260): Grid {
  const narrow = width < NARROW_WIDTH;
  const fs = Math.max(11, fontSize * 0.875);
  return {
    width,
    narrow,
    fs,
    small: Math.max(11, fs * 0.92),
    lineHeight: Math.round(fs * 1.3),
    labelColumn: narrow ? 0 : Math.round(Math.min(Math.max(width * share, 120), most)),
  };
}

/** The baselines of `count` lines of text whose block starts at `top`. */
export function baselines(top: number, count: number, lineHeight: number): number[] {
  return Array.from({ length: count }, (_, k) => Math.round(top + lineHeight * (k + 0.78)));
}

/** The box of a block of lines: from `x`, as wide as its widest line (estimated), `lineHeight` a line. */
export function textBox(x: number, top: number, widths: readonly number[], lineHeight: number, anchor: 'start' | 'middle' | 'end' = 'start'): Box {
  const width = Math.max(0, ...widths);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: top, width, height: widths.length * lineHeight };
}

/**
 * The runs of a vertical rule at `x` from `y1` to `y2` that cross none of `boxes` (labels, values,
 * decisions): grid lines stop short of text instead of running through it.
 */
export function clearRuns(x: number, y1: number, y2: number, boxes: readonly Box[], pad = 2): Runs {
  const blocked = boxes
    .filter((b) => b.width > 0 && x >= b.x - pad && x <= b.x + b.width + pad)
    .map((b) => [b.y - pad, b.y + b.height + pad] as const)
    .sort((a, b) => a[0] - b[0]);
  const runs: { y1: number; y2: number }[] = [];
  let from = y1;
  for (const [top, bottom] of blocked) {
    if (top > from) runs.push({ y1: from, y2: Math.min(top, y2) });
    from = Math.max(from, bottom);
    if (from >= y2) break;
  }
  if (from < y2) runs.push({ y1: from, y2 });
  return runs.filter((r) => r.y2 - r.y1 >= 1);
}

/**
 * Where a mark's tooltip goes: outside the drawing, above it for a mark in its upper half and below
 * it otherwise, so a tooltip never covers another mark.
 */
export function tooltipSide(box: Box, height: number): 'above' | 'below' {
  return box.y + box.height / 2 < height / 2 ? 'above' : 'below';
}
