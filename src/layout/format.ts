/**
 * Intl formatters, made once per locale (and currency) and shared by every element on the page.
 * English (`en`, `en-US`) is written without Intl where that gives the same string (format-en.ts),
 * so a page in English never pays for starting ICU on its first paint.
 */
import * as en from './format-en.js';

export interface Formats {
  readonly locale: string;
  /** 239000 → "239,000" */
  number(value: number): string;
  /** 16 → "16%", 10.7 → "10.7%" (the argument is in percent, as in the profile) */
  percent(value: number): string;
  /** 47000, "USD" → "$47,000" */
  currency(value: number, currency: string): string;
  /** 47000, "USD" → "$47K": for axis ticks */
  currencyCompact(value: number, currency: string): string;
  /** 18, 24 → "18–24 months"; 3, 3 → "3 months" */
  months(min: number, max?: number): string;
  /** 2 → "2 years" */
  years(value: number): string;
  /** "2024-08-29" → "Aug 29, 2024"; "2024-08" → "August 2024"; "2024" → "2024" */
  date(iso: string): string;
  /** ["a", "b", "c"] → "a, b, and c" */
  list(items: readonly string[]): string;
}

const cache = new Map<string, Formats>();
/** Tags whose formats are written without Intl (their canonical form is themselves). */
const ENGLISH = new Set(['en', 'en-US']);

/** Returns `tag` in canonical form, or throws a RangeError naming it when it is not a BCP 47 tag. */
function canonicalLocale(tag: string): string {
  if (ENGLISH.has(tag)) return tag;
  const [canonical] = Intl.getCanonicalLocales(tag);
  if (!canonical) throw new RangeError(`"${tag}" is not a language tag`);
  return canonical;
}

/**
 * The formats for a locale as an element resolves it: `tag` (its `locale`, else its language), else
 * `en-US`. Throws a RangeError naming `tag` when it is not a BCP 47 tag.
 */
export function formatsFor(tag: string | undefined): Formats {
  return formats(tag ? canonicalLocale(tag) : 'en-US');
}

export function formats(locale: string): Formats {
  const hit = cache.get(locale);
  if (hit) return hit;
  const intl = makeFormats(locale);
  const made = ENGLISH.has(locale) ? english(intl) : intl;
  cache.set(locale, made);
  return made;
}

/** Makes `create()` once, on first use: starting Intl costs tens of ms in a fresh page. */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

function makeFormats(locale: string): Formats {
  const integer = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const percent = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const months = lazy(
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 1 }),
  );
  const years = lazy(() => new Intl.NumberFormat(locale, { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 1 }));
  const day = lazy(() => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));
  const month = lazy(() => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }));
  const list = lazy(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const currencies = new Map<string, Intl.NumberFormat>();
  const currency = (code: string, compact: boolean) => {
    const key = `${code}|${String(compact)}`;
    let f = currencies.get(key);
    if (!f) {
      f = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: code,
        maximumFractionDigits: compact ? 1 : 0,
        minimumFractionDigits: 0,
        ...(compact ? { notation: 'compact' as const } : {}),
      });
      currencies.set(key, f);
    }
    return f;
  };
  return {
    locale,
    number: (v) => integer().format(v),
    percent: (v) => percent().format(v / 100),
    currency: (v, code) => currency(code, false).format(v),
    currencyCompact: (v, code) => currency(code, true).format(v),
    months: (min, max = min) => (min === max ? months().format(min) : months().formatRange(min, max)),
    years: (v) => years().format(v),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      if (y === undefined || m === undefined) return iso;
      const at = new Date(Date.UTC(y, m - 1, d ?? 1));
      return d === undefined ? month().format(at) : day().format(at);
    },
    list: (items) => list().format(items),
  };
}

/** English without Intl where format-en.ts writes the same string; Intl (made on first use) elsewhere. */
function english(intl: Formats): Formats {
  return {
    locale: intl.locale,
    number: (v) => (en.fits(v) ? en.number(v) : intl.number(v)),
    percent: (v) => (en.fits(v) ? en.percent(v) : intl.percent(v)),
    currency: (v, code) => (code === 'USD' && en.fits(v) ? en.usd(v) : intl.currency(v, code)),
    currencyCompact: (v, code) => intl.currencyCompact(v, code),
    months: (min, max = min) => {
      if (!en.fits(min) || !en.fits(max)) return intl.months(min, max);
      return min === max ? en.months(min) : (en.monthRange(min, max) ?? intl.months(min, max));
    },
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return (y !== undefined && m !== undefined && en.date(y, m, d)) || intl.date(iso);
    },
    list: en.list,
    years: (v) => intl.years(v),
  };
}
