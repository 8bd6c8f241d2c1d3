import { expect } from '@open-wc/testing';
import { layoutOutlook } from '../../src/components/outlook-chart/outlook-chart.layout.js';
import { layoutSalary } from '../../src/components/salary-factors/salary-factors.layout.js';
import { layoutTimeline } from '../../src/components/timeline-steps/timeline-steps.layout.js';
import { en } from '../../src/i18n/en.js';
import { formats } from '../../src/layout/format.js';
import { mirror } from '../../src/layout/mirror.js';
import { profileCopy } from '../support/helpers.js';

const f = formats('en-US');

describe('layout/mirror', () => {
  it('turns x into width − x right to left, and changes nothing left to right', () => {
    const ltr = mirror(400, false);
    const rtl = mirror(400, true);
    expect([ltr.x(10), ltr.span(10, 50), ltr.edges(100, 380)]).to.deep.equal([10, 10, { left: 100, right: 380 }]);
    expect([rtl.x(10), rtl.span(10, 50), rtl.edges(100, 380)]).to.deep.equal([390, 340, { left: 20, right: 300 }]);
    expect(rtl.box({ x: 0, y: 5, width: 100, height: 20 })).to.deep.equal({ x: 300, y: 5, width: 100, height: 20 });
    expect(rtl.at({ x: 100.5, text: '10' })).to.deep.equal({ x: 299.5, text: '10' });
  });

  it('mirrors every chart: labels on the right, bars growing leftward, words unchanged', () => {
    const p = profileCopy();
    for (const width of [300, 720]) {
      const [l, r] = [false, true].map((rtl) => layoutOutlook(p.outlook!, width, 16, f, en, rtl));
      l!.rows.forEach((row, i) => {
        const m = r!.rows[i]!;
        expect(m.labelX).to.equal(width - row.labelX);
        expect(m.barX).to.equal(width - row.barX - row.barWidth);
        expect(m.valueX).to.equal(width - row.valueX);
        expect(m.labelLines).to.deep.equal(row.labelLines);
      });
      expect(r!.ticks.map((t) => t.x)).to.deep.equal(l!.ticks.map((t) => width - t.x));
      expect(r!.ticks.map((t) => t.anchor), 'anchors stay logical').to.deep.equal(l!.ticks.map((t) => t.anchor));
      expect(r!.summary).to.equal(l!.summary);

      const [sl, sr] = [false, true].map((rtl) => layoutSalary(p.salary!, width, 16, f, en, rtl));
      expect(sr!.rows.map((row) => row.x)).to.deep.equal(sl!.rows.map((row) => width - row.x));
      const open = sr!.rows.find((row) => row.run)!.run!;
      expect(open.x1, 'the open run goes leftward').to.be.lessThan(open.x0);

      const [tl, tr] = [false, true].map((rtl) => layoutTimeline(p.timeline!, width, 16, f, en, rtl));
      tl!.rows.forEach((row, i) => {
        const m = tr!.rows[i]!;
        if (row.core) expect(m.core!.x).to.equal(width - row.core.x - row.core.width);
        if (row.marker) expect(m.marker!.x).to.equal(width - row.marker.x);
        expect(m.decisionX).to.equal(width - row.decisionX);
      });
      expect(tr!.plot.left).to.equal(width - tl!.plot.right);
    }
  });
});
