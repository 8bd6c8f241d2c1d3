/**
 * Axis ticks as pure functions: labels anchored inwards at the edges, and a tick count chosen so
 * every label fits. No label is ever dropped on its own: fewer ticks are drawn instead.
 */
import type { LinearScale } from './scale.js';
import { textWidth } from './text.js';

export interface Tick {
  readonly x: number;
  readonly value: number;
  readonly text: string;
  /** Ticks at the edges are anchored inwards so their text never leaves the chart. */
  readonly anchor: 'start' | 'middle' | 'end';
}

/** How a tick label at `x`, `w` px wide, is anchored so it stays inside `[0, width]`. */
export function anchorFor(x: number, w: number, width: number): Tick['anchor'] {
  return x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
}

/** Ticks at `values`, each labelled by `label(value, isLast)` and anchored inwards. */
export function placeTicks(
  scale: LinearScale,
  values: readonly number[],
  label: (value: number, last: boolean) => string,
  fs: number,
  width: number,
): Tick[] {
  return values.map((value, i) => {
    const x = Math.round(scale(value)) + 0.5;
    const text = label(value, i === values.length - 1);
    return { x, value, text, anchor: anchorFor(x, textWidth(text, fs), width) };
  });
}

/** True when the labels of `ticks`, as anchored, keep at least `gap` px apart. */
export function ticksFit(ticks: readonly Tick[], fs: number, gap = fs): boolean {
  let end = -Infinity;
  for (const t of ticks) {
    const w = textWidth(t.text, fs);
    const start = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    if (start < end + gap) return false;
    end = start + w;
  }
  return true;
}

export interface FitOptions {
  /** Which values may be ticks (whole months only, say). */
  readonly keep?: (value: number) => boolean;
  /** The last tick must be the domain's end (where the unit is written). */
  readonly toEnd?: boolean;
  /** The least room between two labels, px. Default: the font size. */
  readonly gap?: number;
}

/**
 * The first tick set, trying each count (most first) and each labeller in turn, whose labels all
 * fit. Failing all, the domain's two ends.
 */
export function fitTicks(
  scale: LinearScale,
  counts: readonly number[],
  labellers: readonly ((value: number, last: boolean) => string)[],
  fs: number,
  width: number,
  { keep = () => true, toEnd = false, gap = fs }: FitOptions = {},
): Tick[] {
  const fallback = labellers.at(-1) ?? String;
  for (const count of counts) {
    const values = scale.ticks(count).filter(keep);
    if (values.length < 2 || (toEnd && values.at(-1) !== scale.domain[1])) continue;
    for (const label of labellers) {
      const ticks = placeTicks(scale, values, label, fs, width);
      if (ticksFit(ticks, fs, gap)) return ticks;
    }
  }
  return placeTicks(scale, [...scale.domain], fallback, fs, width);
}
