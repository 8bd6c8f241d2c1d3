import { expect } from '@open-wc/testing';
import { layoutOutlook, NARROW_WIDTH } from '../../src/components/outlook-chart/outlook-chart.layout.js';
import { formats } from '../../src/layout/format.js';
import { defaultProfile } from '../../src/profile/default-profile.js';
import type { Outlook } from '../../src/profile/types.js';

const outlook = defaultProfile.outlook!;
const en = formats('en-US');

describe('layoutOutlook', () => {
  it('draws bars in proportion to growth on a nice 0-based scale', () => {
    const g = layoutOutlook(outlook, 720, 16, en);
    const [subject, managers, average] = g.rows;
    expect(g.ticks.map((t) => t.text)).to.deep.equal(['0%', '5%', '10%', '15%', '20%', '25%', '30%']);
    expect(subject!.barX).to.equal(managers!.barX);
    expect(managers!.barWidth / subject!.barWidth).to.be.closeTo(29 / 16, 0.03);
    expect(subject!.barWidth / average!.barWidth).to.be.closeTo(4, 0.1);
    const reference = g.rules.find((r) => r.kind === 'reference');
    expect(reference?.x).to.be.closeTo(average!.barX + average!.barWidth + 0.5, 1);
  });

  it('is deterministic', () => {
    expect(layoutOutlook(outlook, 640, 16, en)).to.deep.equal(layoutOutlook(outlook, 640, 16, en));
  });

  it('keeps every mark and label inside the width, from 280 to 1200 px', () => {
    for (const width of [280, 320, 479, 480, 600, 900, 1200]) {
      const g = layoutOutlook(outlook, width, 16, en);
      for (const r of g.rows) {
        expect(r.barX + r.barWidth, `bar at ${width}`).to.be.at.most(width);
        expect(r.valueX, `value at ${width}`).to.be.below(width);
      }
      for (const t of g.ticks) expect(t.x).to.be.within(0, width);
      expect(g.ticks[0]!.anchor === 'start' || g.ticks[0]!.x > 10).to.equal(true);
    }
  });

  it('puts labels above bars below the narrow width, beside them above it', () => {
    const narrow = layoutOutlook(outlook, NARROW_WIDTH - 1, 16, en);
    const wide = layoutOutlook(outlook, NARROW_WIDTH, 16, en);
    expect(narrow.narrow).to.equal(true);
    const n = narrow.rows[0]!;
    expect(n.labelY[n.labelY.length - 1]).to.be.below(n.barY + 1);
    expect(wide.narrow).to.equal(false);
    const w = wide.rows[0]!;
    expect(w.barX).to.be.greaterThan(0);
    expect(w.labelY[0]).to.be.below(w.barY + w.barHeight);
  });

  it('wraps long labels onto more lines when narrow', () => {
    const g = layoutOutlook(outlook, 280, 16, en);
    expect(g.rows[0]!.labelLines.length).to.be.greaterThan(1);
    expect(g.rows[0]!.labelLines.join(' ')).to.equal('Health information technologists and medical registrars');
  });

  it('summarises every figure, with the source\'s words and the workforce projection, for screen readers', () => {
    const g = layoutOutlook(outlook, 600, 16, en);
    expect(g.summary).to.equal(
      'Projected employment growth, 2023–2033: Health information technologists and medical registrars: 16% (much faster than average); Medical and health services managers: 29%; Total, all occupations: 4%. ' +
        'Medical records and health information technicians: 239,000 workers projected by 2028 (+10.7%).',
    );
  });

  it('formats for the locale', () => {
    const g = layoutOutlook(outlook, 600, 16, formats('de-DE'));
    expect(g.rows[0]!.valueText).to.equal('16\u00a0%');
    expect(g.workforce?.workersText).to.equal('239.000');
    expect(g.workforce?.growthText).to.equal('+10,7\u00a0%');
  });

  it('draws a decline to the left of zero', () => {
    const declining: Outlook = {
      ...outlook,
      projections: [
        { id: 'a', label: 'Declining', growthPercent: -8, role: 'subject', source: 'x' },
        { id: 'b', label: 'Growing', growthPercent: 4, role: 'average', source: 'x' },
      ],
    };
    const g = layoutOutlook(declining, 600, 16, en);
    const [down, up] = g.rows;
    expect(down!.barX + down!.barWidth).to.be.closeTo(g.zeroX, 1);
    expect(up!.barX).to.be.closeTo(g.zeroX, 1);
    expect(g.ticks[0]!.text).to.equal('-8%');
  });
});
