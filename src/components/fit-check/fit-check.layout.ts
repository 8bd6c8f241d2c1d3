/**
 * <fit-check> geometry: pure, no DOM. The pairs side by side or stacked, and the count of the
 * reader's choices: nothing is scored beyond that count.
 */
import { NARROW_WIDTH } from '../../layout/grid.js';
import type { Fit } from '../../profile/types.js';

export interface FitGeometry {
  /** Below 480 px each pair stacks: the good fit above its counterpart. */
  readonly narrow: boolean;
  readonly pairs: Fit['pairs'];
  readonly sourceIds: readonly string[];
}

/** A choice for a pair: "This is me" (of the good-fit side) or "Not me". */
export type FitChoice = 'me' | 'not-me';

export function layoutFit(fit: Fit, width: number): FitGeometry {
  return { narrow: width < NARROW_WIDTH, pairs: fit.pairs, sourceIds: fit.pairs.map((p) => p.source) };
}

/** How many of the choices made lean toward a good fit, among the pairs still shown. */
export function countFit(pairs: Fit['pairs'], choices: ReadonlyMap<string, FitChoice>): { good: number; total: number } {
  let good = 0;
  let total = 0;
  for (const { id } of pairs) {
    const choice = choices.get(id);
    if (!choice) continue;
    total++;
    if (choice === 'me') good++;
  }
  return { good, total };
}
