/**
 * The en-US formats without Intl, for the first paint: starting ICU costs tens of ms in a fresh page,
 * and most pages are in English. Every string is the one `Intl` writes for the same value (a
 * property test compares them over tens of thousands of values per format); anything this does not
 * cover (another currency, compact notation, a range that rounds to one value) goes to `Intl`.
 */

/** The integer part grouped by thousands: 1234567 → "1,234,567". */
const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "129" → "130": one added to a string of digits. */
const increment = (digits: string) => (BigInt(digits) + BigInt(1)).toString();

/**
 * `x` (≥ 0) as Intl reads a number: the shortest decimal that reads back as `x`, times 10^`shift`,
 * rounded half away from zero to at most `digits` fraction digits, thousands grouped.
 */
export function decimalText(x: number, shift: number, digits: number): string {
  const [mantissa = '0', e = '0'] = String(x).split('e');
  const [int = '', frac = ''] = mantissa.split('.');
  let ds = (int + frac).replace(/^0+/, '');
  // The value is ds × 10^exp.
  let exp = Number(e) + shift - frac.length;
  if (!ds) return '0';
  if (exp < -digits) {
    const keep = ds.length + exp + digits;
    const up = keep >= 0 && ds.charAt(keep) >= '5';
    ds = keep > 0 ? ds.slice(0, keep) : '0';
    if (up) ds = increment(ds);
    exp = -digits;
  }
  if (exp > 0) ds += '0'.repeat(exp);
  const fd = Math.max(0, -exp);
  const padded = ds.padStart(fd + 1, '0');
  const whole = padded.slice(0, padded.length - fd).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(padded.length - fd).replace(/0+$/, '');
  return group(whole) + (fraction ? `.${fraction}` : '');
}

/** "-" for a negative value and for negative zero, as Intl writes them. */
const sign = (v: number) => (v < 0 || Object.is(v, -0) ? '-' : '');

/** Numbers this file writes; larger ones (never a figure the schema allows) go to Intl. */
const SAFE = 1e15;
export const fits = (v: number) => Number.isFinite(v) && Math.abs(v) < SAFE;

export const number = (v: number) => sign(v) + decimalText(Math.abs(v), 0, 0);
export const percent = (v: number) => `${sign(v)}${decimalText(Math.abs(v) / 100, 2, 1)}%`;
export const usd = (v: number) => `${sign(v)}$${decimalText(Math.abs(v), 0, 0)}`;

/** "1 month", "1.5 months": the count as written decides the plural, as in English plural rules. */
export function months(v: number): string {
  const text = decimalText(Math.abs(v), 0, 1);
  return `${sign(v)}${text} ${text === '1' ? 'month' : 'months'}`;
}

/** "18–24 months"; undefined where Intl writes something else (a range that rounds to one value, a negative end). */
export function monthRange(min: number, max: number): string | undefined {
  if (min < 0 || max < 0 || Object.is(min, -0) || Object.is(max, -0)) return undefined;
  const a = decimalText(min, 0, 1);
  const b = decimalText(max, 0, 1);
  return a === b ? undefined : `${a}–${b} months`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2024, 8, 29 → "Aug 29, 2024"; without a day, "August 2024". Years 1000–9999 (the schema's dates). */
export function date(year: number, month: number, day?: number): string | undefined {
  const name = MONTHS[month - 1];
  if (!name || year < 1000 || year > 9999) return undefined;
  return day === undefined ? `${name} ${String(year)}` : `${name.slice(0, 3)} ${String(day)}, ${String(year)}`;
}

/** ["a", "b", "c"] → "a, b, and c". */
export function list(items: readonly string[]): string {
  if (items.length < 3) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;
}
