import { expect } from '@open-wc/testing';
import {
  layoutSalary,
  NARROW_WIDTH,
  OPEN_HEADROOM,
  valueText,
  type SalaryGeometry,
  type SalaryRow,
} from '../../src/components/salary-factors/salary-factors.layout.js';
import { formats } from '../../src/layout/format.js';
import { textWidth } from '../../src/layout/text.js';
import type { Salary } from '../../src/profile/types.js';
import { profileCopy } from '../support/helpers.js';

const en = formats('en-US');

function guideSalary(): Salary {
  const salary = profileCopy().salary;
  if (!salary) throw new Error('the guide profile has no salary section');
  return salary;
}

function row(g: SalaryGeometry, key: string): SalaryRow {
  const found = g.rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

/** The horizontal extent of a text as the layout anchors it. */
function extent(x: number, text: string, fs: number, anchor: 'start' | 'middle' | 'end'): [number, number] {
  const w = textWidth(text, fs);
  const start = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return [start, start + w];
}

describe('salary-factors layout', () => {
  describe('layout', () => {
    it('puts every figure on one scale from 0 with nice ticks, past the highest figure', () => {
      const g = layoutSalary(guideSalary(), 720, 16, en);
      const [d0, d1] = g.domain;
      expect(d0).to.equal(0);
      expect(d1).to.be.at.least(75670);
      expect(d1).to.equal(100000);
      const values = g.ticks.map((t) => t.value);
      expect(values[0]).to.equal(0);
      expect(values[values.length - 1]).to.equal(d1);
      const steps = values.slice(1).map((v, i) => v - (values[i] ?? 0));
      expect(new Set(steps).size, 'evenly spaced ticks').to.equal(1);
      expect(steps[0]! % 10000).to.equal(0);
      expect(g.ticks.map((t) => t.text)).to.include('$40K');
      const wide = layoutSalary(guideSalary(), 1200, 16, en);
      expect(wide.ticks.map((t) => t.text)).to.include('$40,000');
    });

    it('positions marks in proportion to their amounts', () => {
      const g = layoutSalary(guideSalary(), 720, 16, en);
      const zero = g.ticks[0]!.x - 0.5;
      const median = row(g, 'median').x - zero;
      const experienced = row(g, 'experienced').x - zero;
      const compliance = row(g, 'compliance-officers').x - zero;
      expect(experienced / median).to.be.closeTo(70000 / 47000, 0.02);
      expect(compliance / median).to.be.closeTo(75670 / 47000, 0.02);
      expect(median / (g.plot.right - g.plot.left)).to.be.closeTo(0.47, 0.01);
    });

    it('flags the lower bound as open-ended, running to the scale\'s end, and leaves room for it', () => {
      const g = layoutSalary(guideSalary(), 720, 16, en);
      const experienced = row(g, 'experienced');
      expect(experienced.open).to.equal(true);
      expect(experienced.valueText).to.equal('$70,000+');
      expect(experienced.run?.x0).to.equal(experienced.x);
      expect(experienced.run?.x1).to.equal(Math.round(g.plot.right));
      expect(experienced.ariaLabel).to.include('over $70,000');
      expect(g.domain[1]).to.be.at.least(70000 * OPEN_HEADROOM);
      for (const key of ['median', 'compliance-officers']) {
        expect(row(g, key).open, key).to.equal(false);
        expect(row(g, key).run, key).to.equal(undefined);
      }
    });

    it('never lets a lower bound sit at the end of the scale, even when it is the highest figure', () => {
      const salary = guideSalary();
      salary.experienced!.amount = 100000;
      delete salary.related;
      const g = layoutSalary(salary, 600, 16, en);
      const experienced = row(g, 'experienced');
      expect(g.domain[1]).to.be.greaterThan(100000);
      expect(experienced.run!.x1 - experienced.run!.x0).to.be.greaterThan(20);
    });

    it('draws nothing the section does not give: no experienced figure, no related roles', () => {
      const salary = guideSalary();
      delete salary.experienced;
      delete salary.related;
      const g = layoutSalary(salary, 600, 16, en);
      expect(g.rows.map((r) => r.key)).to.deep.equal(['median']);
      expect(g.summary).not.to.include('70,000');
    });

    it('orders the occupation\'s own figures before related roles and says which are related', () => {
      const g = layoutSalary(guideSalary(), 720, 16, en);
      expect(g.rows.map((r) => r.kind)).to.deep.equal(['median', 'experienced', 'related']);
      expect(row(g, 'compliance-officers').ariaLabel).to.equal('Related role, Compliance officers (median): around $75,670');
      expect(g.summary).to.include('Median annual salary: about $47,000');
      expect(g.summary).to.include('in USD');
    });

    it('puts labels beside the scale when wide and above each track when narrow', () => {
      const wide = layoutSalary(guideSalary(), 800, 16, en);
      const narrow = layoutSalary(guideSalary(), 280, 16, en);
      expect(wide.narrow).to.equal(false);
      expect(narrow.narrow).to.equal(true);
      expect(NARROW_WIDTH).to.be.within(281, 799);
      for (const r of wide.rows) {
        const labelRight = Math.max(...r.labelLines.map((l) => textWidth(l, wide.fontSize)));
        expect(labelRight, r.key).to.be.at.most(wide.plot.left);
      }
      for (const r of narrow.rows) {
        const lastBaseline = r.labelY[r.labelY.length - 1]!;
        expect(lastBaseline, `${r.key}: label above its track`).to.be.lessThan(r.y - narrow.bandHeight / 2);
      }
      // Rows never overlap: each starts below the previous one's end.
      for (const g of [wide, narrow]) {
        g.rows.slice(1).forEach((r, i) => {
          const previous = g.rows[i]!;
          expect(r.box.y, r.key).to.be.at.least(previous.box.y + previous.box.height);
        });
      }
    });

    for (const width of [280, 320, 400, 480, 640, 900, 1200]) {
      it(`keeps every text inside ${String(width)} px and tick labels apart`, () => {
        const g = layoutSalary(guideSalary(), width, 16, en);
        expect(g.width).to.equal(width);
        const tickFs = g.fontSize * 0.92;
        let previousEnd = -Infinity;
        for (const t of g.ticks) {
          const [start, end] = extent(t.x, t.text, tickFs, t.anchor);
          expect(start, t.text).to.be.at.least(0);
          expect(end, t.text).to.be.at.most(width);
          expect(start, `${t.text} collides with the tick before`).to.be.greaterThan(previousEnd);
          previousEnd = end;
        }
        for (const r of g.rows) {
          const [start, end] = extent(r.valueX, r.valueText, g.fontSize, r.valueAnchor);
          expect(start, r.valueText).to.be.at.least(g.narrow ? 0 : g.plot.left - g.markSize - 1);
          expect(end, r.valueText).to.be.at.most(width);
          for (const line of r.labelLines) expect(textWidth(line, g.fontSize), line).to.be.at.most(g.narrow ? width : g.plot.left);
          // A value beside its mark never covers it, nor the open run.
          if (r.valuePlacement !== 'above') {
            if (r.valueAnchor === 'start') expect(start, r.key).to.be.greaterThan(r.x + g.markSize);
            else expect(end, r.key).to.be.lessThan(r.x - g.markSize);
          }
        }
      });
    }

    it('writes ticks compactly when full amounts would not fit', () => {
      const wide = layoutSalary(guideSalary(), 1200, 16, en);
      expect(wide.ticks.every((t) => !t.text.includes('K'))).to.equal(true);
      const yen = guideSalary();
      yen.currency = 'JPY';
      for (const figure of [yen.median, yen.experienced!, ...yen.related!]) figure.amount *= 150;
      const g = layoutSalary(yen, 300, 16, en);
      expect(g.ticks.some((t) => t.text.includes('K')) || g.ticks.length <= 3).to.equal(true);
      expect(g.ticks[0]!.text).to.match(/^¥0$/);
    });

    it('formats amounts and ticks in the locale, with the lower bound\'s "+" after its digits', () => {
      const de = formats('de-DE');
      const g = layoutSalary(guideSalary(), 720, 16, de);
      expect(row(g, 'median').valueText).to.match(/^about 47\.000\s\$$/);
      expect(row(g, 'experienced').valueText).to.match(/^70\.000\+\s\$$/);
      expect(g.ticks.map((t) => t.text).join(' ')).to.match(/50\.000\s\$/);
      expect(valueText({ id: 'x', label: 'x', amount: 70000, bound: 'lower', source: 's' }, 'USD', en)).to.equal('$70,000+');
    });

    it('moves a value above its mark when neither side has room', () => {
      const salary = guideSalary();
      salary.experienced!.amount = 1000;
      salary.related![0]!.amount = 90000;
      const g = layoutSalary(salary, 280, 16, en);
      const experienced = row(g, 'experienced');
      expect(experienced.valuePlacement).to.equal('above');
      expect(experienced.valueY).to.be.lessThan(experienced.y - g.bandHeight / 2);
      expect(experienced.valueY).to.be.greaterThan(experienced.labelY[experienced.labelY.length - 1]!);
    });

    it('is deterministic', () => {
      expect(layoutSalary(guideSalary(), 555, 16, en)).to.deep.equal(layoutSalary(guideSalary(), 555, 16, en));
    });
  });
});
