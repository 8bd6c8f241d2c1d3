/**
 * <fit-check> geometry: pure, no DOM. The pairs side by side or stacked, and the count of the
 * reader's choices: nothing is scored beyond that count.
 */
import type { Messages } from '../../i18n/en.js';
import { sentence, titled, words } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
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

/** Who the career suits, then who it may not, in plain words: what `describe()` writes for <fit-check>. */
export function fitSummary(fit: Fit, _f: Formats, t: Messages): string {
  const side = (label: string, texts: readonly string[]) => titled(label, words(...texts.map(sentence)));
  return titled(fit.title ?? t.fitHeading, words(side(t.fitGood, fit.pairs.map((p) => p.good)), side(t.fitNotGood, fit.pairs.map((p) => p.notGood))));
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
