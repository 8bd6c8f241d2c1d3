/**
 * <timeline-steps>' plan: the months before any geometry. Each dated step starts when the dated
 * steps before it can be done, so its start and end are windows (earliest, latest); a step without
 * `duration` varies and is left out of the total, which says it is computed and from which steps.
 */
import { en, type Messages } from '../../i18n/en.js';
import type { Formats } from '../../layout/format.js';
import { isolate } from '../../layout/text.js';
import type { Step, Timeline } from '../../profile/types.js';

/** A range of months from the start: earliest and latest. */
export interface MonthRange {
  readonly min: number;
  readonly max: number;
}

export interface PlannedStep {
  readonly step: Step;
  readonly index: number;
  /** When the step can begin: once the dated steps before it are done, earliest and latest. */
  readonly start: MonthRange;
  /** When a dated step is done: start plus its duration, earliest and latest. None for a step that varies. */
  readonly end?: MonthRange;
}

export interface TimelinePlan {
  readonly steps: readonly PlannedStep[];
  /** Shortest and longest sum of the dated steps; none when every step varies. */
  readonly total?: MonthRange;
  /** The steps without a duration, which the total leaves out. */
  readonly varying: readonly Step[];
  /** The dated steps, which the total is computed from. */
  readonly counted: readonly Step[];
}

/** Adding 0.1-month durations should not print 2.3000000000000003. */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** Cumulative month ranges: each dated step after the previous dated one; varying steps add nothing. */
export function planTimeline(timeline: Timeline): TimelinePlan {
  let start: MonthRange = { min: 0, max: 0 };
  let dated = 0;
  const steps = timeline.steps.map((step, index): PlannedStep => {
    const here = start;
    if (!step.duration) return { step, index, start: here };
    // An optional step may take no time at all: the total's shortest end does not count it.
    const shortest = step.optional ? 0 : step.duration.min;
    const end = { min: tidy(here.min + shortest), max: tidy(here.max + step.duration.max) };
    start = end;
    dated += 1;
    return { step, index, start: here, end };
  });
  return {
    steps,
    ...(dated ? { total: start } : {}),
    varying: timeline.steps.filter((s) => !s.duration),
    counted: timeline.steps.filter((s) => s.duration),
  };
}

/**
 * The total in one sentence: a sum the source does not give, so it says it is computed, from which
 * steps, and which steps it leaves out.
 */
export function totalText(plan: TimelinePlan, f: Formats, t: Messages = en): string {
  const n = plan.varying.length;
  if (!plan.total) return t.noTotal;
  const months = f.months(plan.total.min, plan.total.max);
  // A step's name as the total lists it, isolated: "Prepare for certification (optional)".
  const steps = f.list(plan.counted.map((s: Step) => (s.optional ? t.optionalStep(isolate(s.label)) : isolate(s.label))));
  const from = t.totalComputed(months, plan.counted.length, steps);
  return n === 0 ? `${from}.` : `${from}; ${t.notCounting(n)}.`;
}
