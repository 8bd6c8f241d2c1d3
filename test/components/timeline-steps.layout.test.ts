import { expect } from '@open-wc/testing';
import {
  layoutTimeline,
  NARROW_WIDTH,
  planTimeline,
  totalText,
  type StepRow,
  type TimelineGeometry,
} from '../../src/components/timeline-steps/timeline-steps.layout.js';
import { formats } from '../../src/layout/format.js';
import { textWidth } from '../../src/layout/text.js';
import type { Timeline } from '../../src/profile/types.js';
import { plain, profileCopy } from '../support/helpers.js';

const en = formats('en-US');

function guide(): Timeline {
  return profileCopy().timeline!;
}

/** The guide's steps with exam preparation required rather than optional: each dated step adds its shortest time. */
function required(): Timeline {
  const t = guide();
  const cert = t.steps.find((s) => s.id === 'certification')!;
  delete (cert as { optional?: boolean }).optional;
  return t;
}

function accelerated(): Timeline {
  return {
    unit: 'months',
    steps: [
      { id: 'apply-to-program', label: 'Apply to the accelerated track', durationText: 'Varies by applicant', source: 'guide' },
      { id: 'accelerated', label: 'Accelerated HIT associate degree', duration: { min: 15, max: 15 }, source: 'guide' },
      { id: 'exam', label: 'Sit the RHIT exam', duration: { min: 1, max: 1 }, source: 'guide' },
    ],
  };
}

function row(g: TimelineGeometry, key: string): StepRow {
  const r = g.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
}

/** x of a month on the geometry's axis. */
function xOf(g: TimelineGeometry, months: number): number {
  const [d0, d1] = g.domain;
  return g.plot.left + ((months - d0) / (d1 - d0)) * (g.plot.right - g.plot.left);
}

describe('timeline-steps layout', () => {
  describe('data', () => {
    it('places each dated step after the previous one: cumulative earliest and latest months', () => {
      const plan = planTimeline(guide());
      const [choose, degree, cert, apply] = plan.steps;
      expect(choose?.start).to.deep.equal({ min: 0, max: 0 });
      expect(choose?.end).to.equal(undefined);
      expect(degree?.start).to.deep.equal({ min: 0, max: 0 });
      expect(degree?.end).to.deep.equal({ min: 18, max: 24 });
      expect(cert?.start).to.deep.equal({ min: 18, max: 24 });
      expect(cert?.end).to.deep.equal({ min: 18, max: 27 });
      expect(apply?.start).to.deep.equal({ min: 18, max: 27 });
      expect(apply?.end).to.equal(undefined);
      expect(plan.total).to.deep.equal({ min: 18, max: 27 });
      // Required, exam preparation adds its shortest month too.
      expect(planTimeline(required()).total).to.deep.equal({ min: 19, max: 27 });
    });

    it('leaves the steps that vary out of the total, and says so', () => {
      const plan = planTimeline(guide());
      expect(plan.varying.map((s) => s.id)).to.deep.equal(['choose-program', 'apply']);
      expect(plain(totalText(plan, en))).to.equal('18–27 months in all, computed from the dated steps: Complete associate degree coursework and Prepare for certification (optional); not counting the 2 steps whose time varies.');
    });

    it('follows a program\'s own timeline: a 15-month accelerated track', () => {
      const plan = planTimeline(accelerated());
      expect(plan.total).to.deep.equal({ min: 16, max: 16 });
      expect(plain(totalText(plan, en))).to.equal('16 months in all, computed from the dated steps: Accelerated HIT associate degree and Sit the RHIT exam; not counting the step whose time varies.');
      const g = layoutTimeline(accelerated(), 800, 16, en);
      expect(g.domain).to.deep.equal([0, 16]);
      expect(g.ticks.at(-1)?.text).to.equal('16 months');
      const degree = row(g, 'accelerated');
      expect(degree.range).to.equal(undefined);
      expect(degree.core!.x + degree.core!.width).to.be.closeTo(xOf(g, 15), 1);
    });

    it('ends the axis at the total when a nice tick count allows: 15 months, not 16', () => {
      const t: Timeline = { unit: 'months', steps: [{ id: 'a', label: 'A', duration: { min: 15, max: 15 }, source: 'guide' }] };
      for (const width of [280, 480, 800, 1200]) {
        const g = layoutTimeline(t, width, 16, en);
        expect(g.domain, `at ${String(width)} px`).to.deep.equal([0, 15]);
        expect(g.ticks.at(-1)?.text).to.equal('15 months');
      }
    });

    it('gives no total when every step varies, and no total when none does is "in all"', () => {
      const none: Timeline = { unit: 'months', steps: [{ id: 'a', label: 'A', durationText: 'Varies', source: 'guide' }] };
      const plan = planTimeline(none);
      expect(plan.total).to.equal(undefined);
      expect(totalText(plan, en)).to.include('no total');
      const g = layoutTimeline(none, 600, 16, en);
      expect(g.ticks).to.have.length(0);
      expect(g.rows[0]?.marker).to.exist;

      const dated: Timeline = { unit: 'months', steps: [{ id: 'a', label: 'A', duration: { min: 2, max: 4 }, source: 'guide' }] };
      expect(plain(totalText(planTimeline(dated), en))).to.equal('2–4 months in all, computed from the dated step: A.');
    });

    it('adds fractional months without float noise and labels only whole months', () => {
      const t: Timeline = {
        unit: 'months',
        steps: [
          { id: 'a', label: 'A', duration: { min: 0.1, max: 0.2 }, source: 'guide' },
          { id: 'b', label: 'B', duration: { min: 0.2, max: 1.4 }, source: 'guide' },
        ],
      };
      expect(planTimeline(t).total).to.deep.equal({ min: 0.3, max: 1.6 });
      const g = layoutTimeline(t, 700, 16, en);
      for (const tick of g.ticks.filter((k) => k.text)) expect(tick.text).to.match(/^\d+( months?)?$/);
    });
  });

  describe('layout', () => {
    it('draws a dated step solid for its shortest time and light up to its latest end', () => {
      const g = layoutTimeline(required(), 800, 16, en);
      const degree = row(g, 'associate-degree');
      const cert = row(g, 'certification');
      expect(degree.core?.x).to.be.closeTo(xOf(g, 0), 1);
      expect(degree.core!.x + degree.core!.width).to.be.closeTo(xOf(g, 18), 1);
      expect(degree.range!.x + degree.range!.width).to.be.closeTo(xOf(g, 24), 1);
      expect(cert.core?.x).to.be.closeTo(xOf(g, 18), 1);
      expect(cert.core!.x + cert.core!.width).to.be.closeTo(xOf(g, 19), 1);
      expect(cert.range!.x + cert.range!.width).to.be.closeTo(xOf(g, 27), 1);
      expect(degree.durationText).to.equal('18–24 months');
      expect(cert.durationText).to.equal('1–3 months');
      expect(cert.timing).to.equal('Starts after 18–24 months; done after 19–27 months.');
    });

    it('draws an optional step light all the way, from its earliest start, and says it is optional', () => {
      const g = layoutTimeline(guide(), 800, 16, en);
      const cert = row(g, 'certification');
      expect(cert.core).to.equal(undefined);
      expect(cert.range!.x).to.be.closeTo(xOf(g, 18), 1);
      expect(cert.range!.x + cert.range!.width).to.be.closeTo(xOf(g, 27), 1);
      expect(cert.durationText).to.equal('1–3 months, optional');
      expect(cert.timing).to.equal('Starts after 18–24 months; done after 18–27 months.');
    });

    it('gives a step that varies a fixed-size marker, never a width from a number', () => {
      const g = layoutTimeline(guide(), 800, 16, en);
      const choose = row(g, 'choose-program');
      const apply = row(g, 'apply');
      for (const r of [choose, apply]) {
        expect(r.varies).to.equal(true);
        expect(r.core).to.equal(undefined);
        expect(r.range).to.equal(undefined);
        expect(r.marker?.size).to.equal(r.barHeight);
      }
      expect(choose.durationText).to.equal('Varies by student');
      expect(apply.durationText).to.equal('Varies by market');
      expect(apply.marker?.x).to.be.closeTo(xOf(g, 18), 1);
      expect(apply.window?.x2).to.be.closeTo(xOf(g, 27), 1);
      expect(apply.timing).to.include('not counted in the total');
    });

    it('stacks each step as a card below 480 px and puts labels beside the spans at 800 px', () => {
      const narrow = layoutTimeline(guide(), 320, 16, en);
      expect(narrow.narrow).to.equal(true);
      narrow.rows.forEach((r, i) => {
        expect(r.barY, `${r.key}: span under its time`).to.be.greaterThan(r.durationY.at(-1)!);
        if (r.decisionY.length) expect(r.decisionY[0]!).to.be.greaterThan(r.barY + r.barHeight);
        const prev = narrow.rows[i - 1];
        if (prev) expect(r.box.y).to.be.at.least(prev.box.y + prev.box.height);
      });
      const wide = layoutTimeline(guide(), 800, 16, en);
      expect(wide.narrow).to.equal(false);
      const degree = row(wide, 'associate-degree');
      const labelRight = Math.max(...degree.labelLines.map((l) => textWidth(l, wide.fontSize * 1.06)));
      expect(labelRight).to.be.at.most(degree.core!.x);
      expect(degree.barY).to.be.lessThan(degree.labelY[0]!);
      expect(NARROW_WIDTH).to.equal(480);
    });

    for (const width of [280, 479, 480, 640, 1200]) {
      it(`keeps every mark and line of text inside ${String(width)} px`, () => {
        const g = layoutTimeline(guide(), width, 16, en);
        expect(g.width).to.equal(width);
        for (const r of g.rows) {
          for (const span of [r.core, r.range]) if (span) expect(span.x + span.width).to.be.at.most(width);
          if (r.marker) expect(r.marker.x + r.marker.size / 2).to.be.at.most(width);
          if (r.marker) expect(r.marker.x - r.marker.size / 2).to.be.at.least(0);
          for (const line of r.decisionLines) expect(r.decisionX + textWidth(line, g.smallSize)).to.be.at.most(width);
          for (const line of r.labelLines) expect(r.labelX + textWidth(line, g.fontSize)).to.be.at.most(width);
        }
        for (const t of g.ticks.filter((k) => k.text)) {
          const w = textWidth(t.text, g.smallSize);
          const from = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
          expect(from).to.be.at.least(0);
          expect(from + w).to.be.at.most(width + 0.5);
        }
        expect(g.ticks.at(-1)?.text).to.equal('30 months');
      });
    }

    it('formats months in the locale, de-DE included', () => {
      const g = layoutTimeline(guide(), 800, 16, formats('de-DE'));
      expect(row(g, 'associate-degree').durationText).to.match(/^18\s?–\s?24 Monate$/);
      expect(g.ticks.at(-1)?.text).to.equal('30 Monate');
      expect(g.totalText).to.match(/18\s?–\s?27 Monate/);
    });

    it('builds its summary from the data', () => {
      const g = layoutTimeline(guide(), 800, 16, en);
      expect(g.summary).to.include('Choose a program, Varies by student');
      expect(g.summary).to.include('Complete associate degree coursework, 18–24 months');
      expect(g.summary).to.include('18–27 months in all, computed from the dated steps');
    });
  });
});
