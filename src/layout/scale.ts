/**
 * A linear scale from d3-array's `nice` and `ticks`. d3-scale's scaleLinear would do the same job,
 * but its interpolators and tick formatter pull d3-interpolate, d3-color and d3-format into the
 * bundle (about 12 KB gzip) for features these charts never use: positions are numbers, and every
 * label is formatted by Intl.
 */
import { nice as niceDomain, ticks as tickValues } from 'd3';

export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  ticks(count: number): number[];
}

/** Maps `domain` onto `range`; with `nice`, the domain is first extended to round tick values. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], nice = true, count = 5): LinearScale {
  let [d0, d1] = domain;
  if (nice) [d0, d1] = niceDomain(d0, d1, count);
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
  return Object.assign(scale, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    ticks: (n: number) => tickValues(d0, d1, n),
  });
}
