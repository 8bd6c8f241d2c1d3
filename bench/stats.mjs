// Small statistics for run-to-run noise: medians (robust to the odd slow run) and quartiles.

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

/** Median, quartiles and count of the successful runs' `field`; `errors` counts the failed ones. */
export function summarize(runs, field) {
  const values = runs.filter((r) => !r.error).map((r) => r[field]);
  const errors = runs.filter((r) => r.error).map((r) => r.error);
  return {
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    runs: values.length,
    errors: [...new Set(errors)],
  };
}
