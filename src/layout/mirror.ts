/**
 * Right to left, as one pure helper for every drawing: a layout places everything left to right,
 * then writes its x coordinates through `mirror(width, rtl)`, which on a right-to-left page turns
 * x into width − x (label columns on the right, bars growing leftward). Text keeps its logical
 * anchor: the drawing inherits `direction: rtl`, under which SVG's `text-anchor: start` is the
 * right end of the text. Boxes, rules and text measured for collisions stay in left-to-right terms.
 */
import type { Box } from './grid.js';

export interface Mirror {
  /** A point's x. */
  readonly x: (x: number) => number;
  /** Where the span from `x`, `width` wide, starts (its left edge) once mirrored. */
  readonly span: (x: number, width: number) => number;
  /** A box, or anything with an x (a tick, a rule), mirrored. */
  readonly box: <B extends Box>(box: B) => B;
  readonly at: <T extends { readonly x: number }>(item: T) => T;
  /** A plot's left and right edges, mirrored and still in order. */
  readonly edges: (left: number, right: number) => { left: number; right: number };
}

export function mirror(width: number, rtl: boolean): Mirror {
  const x = (at: number) => (rtl ? width - at : at);
  const span = (at: number, w: number) => (rtl ? width - at - w : at);
  return {
    x,
    span,
    box: (b) => ({ ...b, x: span(b.x, b.width) }),
    at: (item) => ({ ...item, x: x(item.x) }),
    edges: (left, right) => ({ left: span(left, right - left), right: x(rtl ? left : right) }),
  };
}
