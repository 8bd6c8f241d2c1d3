/**
 * English is written without Intl on the first paint (src/layout/format-en.ts): these properties
 * prove every string is the one Intl writes, over at least 10,000 values per format, in the ranges
 * the schema allows and at the rounding edges.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formats } from '../../src/layout/format.js';

const RUNS = { numRuns: 10_000 };
const fast = formats('en-US');
const intl = {
  number: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
  percent: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
  usd: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 }),
  months: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 1 }),
  day: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  list: new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' }),
};

/** Any double in [-max, max], halves and tenths at the rounding edges, and the integers the schema allows. */
const values = (max: number) =>
  fc.oneof(
    fc.double({ min: -max, max, noNaN: true }),
    fc.integer({ min: -max * 20, max: max * 20 }).map((n) => n / 20),
    fc.integer({ min: -max * 1000, max: max * 1000 }).map((n) => n / 1000),
    fc.integer({ min: -max, max }),
  );

describe('layout/format: English without Intl', () => {
  it('writes whole numbers as Intl does (worker counts up to 100,000,000)', () => {
    fc.assert(fc.property(values(1e8), (v) => {
      expect(fast.number(v)).to.equal(intl.number.format(v));
    }), RUNS);
  });

  it('writes percentages as Intl does (-100 to 10,000)', () => {
    fc.assert(fc.property(values(10_000), (v) => {
      expect(fast.percent(v)).to.equal(intl.percent.format(v / 100));
    }), RUNS);
  });

  it('writes US dollars as Intl does (up to 10,000,000)', () => {
    fc.assert(fc.property(values(1e7), (v) => {
      expect(fast.currency(v, 'USD')).to.equal(intl.usd.format(v));
    }), RUNS);
  });

  it('writes months and ranges of months as Intl does (up to 600)', () => {
    fc.assert(
      fc.property(values(600), values(600), (a, b) => {
        expect(fast.months(a)).to.equal(intl.months.format(a));
        const [min, max] = a <= b ? [a, b] : [b, a];
        // One value is written as one value (the elements never ask Intl for a range of one).
        expect(fast.months(min, max)).to.equal(min === max ? intl.months.format(min) : intl.months.formatRange(min, max));
      }),
      RUNS,
    );
  });

  it('writes dates as Intl does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const mm = String(m).padStart(2, '0');
        const dd = String(d).padStart(2, '0');
        expect(fast.date(`${String(y)}-${mm}-${dd}`)).to.equal(intl.day.format(new Date(Date.UTC(y, m - 1, d))));
        expect(fast.date(`${String(y)}-${mm}`)).to.equal(intl.month.format(new Date(Date.UTC(y, m - 1, 1))));
      }),
      RUNS,
    );
  });

  it('writes lists as Intl does', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }), (items) => {
        expect(fast.list(items)).to.equal(intl.list.format(items));
      }),
      RUNS,
    );
  });

  it('leaves every other locale and currency to Intl', () => {
    expect(formats('de-DE').percent(16)).to.equal('16\u00a0%');
    expect(fast.currency(47000, 'EUR')).to.equal('€47,000');
    expect(fast.currencyCompact(47000, 'USD')).to.equal('$47K');
    expect(fast.months(3, 3)).to.equal('3 months');
  });
});
