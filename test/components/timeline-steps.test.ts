import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TimelineSteps } from '../../src/index.js';
import type { CwStepChangeEvent } from '../../src/events/cw-step-change.js';
import type { Profile } from '../../src/profile/types.js';
import { drawn, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

async function timeline(template = html`<timeline-steps></timeline-steps>`, width = 800): Promise<TimelineSteps> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('timeline-steps');
  if (!el) throw new Error('no <timeline-steps>');
  await el.updateComplete;
  return el;
}

function rowOf(el: Element, key: string): SVGGElement {
  const g = shadow(el).querySelector<SVGGElement>(`g.row[data-key="${key}"]`);
  if (!g) throw new Error(`no row ${key}`);
  return g;
}

function labelText(row: Element): string {
  // The label's own text: wrapped lines must read as written.
  const label = row.querySelector('.label');
  return [...(label?.querySelectorAll('tspan:not(.note-marker)') ?? [])].map((t) => t.textContent).join('').trim();
}

/** A program page's own steps: an accelerated 15-month degree. */
function programProfile(): Profile {
  const data = profileCopy();
  data.timeline = {
    unit: 'months',
    steps: [
      { id: 'apply-to-program', label: 'Apply to the accelerated track', durationText: 'Varies by applicant', source: 'guide' },
      {
        id: 'accelerated',
        label: 'Accelerated HIT associate degree',
        duration: { min: 15, max: 15 },
        decision: 'Plan for full-time study: the pace leaves little room for work.',
        source: 'guide',
        note: 'Our own program: three terms a year.',
      },
    ],
  };
  return data;
}

const GUIDE_STEPS = [
  ['choose-program', 'Choose a program', 'Varies by student', 'Check accreditation, cost, transfer policies'],
  ['associate-degree', 'Complete associate degree coursework', '18–24 months', 'Balance speed with program quality'],
  ['certification', 'Prepare for certification', '1–3 months, optional', 'Use exam blueprints, practice questions'],
  ['apply', 'Apply for entry-level roles', 'Varies by market', 'Target medical records, coding assistant'],
] as const;

describe('<timeline-steps>', () => {
  describe('data', () => {
    it('draws the guide\'s four steps with their time and decision point', async () => {
      const el = await timeline();
      await drawn(el);
      for (const [key, label, time, decision] of GUIDE_STEPS) {
        const row = rowOf(el, key);
        expect(labelText(row)).to.equal(label);
        expect(text(row.querySelector('.duration'))).to.equal(time);
        expect(text(row.querySelector('.decision'))).to.include(decision);
      }
      expect(parts(el, 'step')).to.have.length(4);
      expect(text(part(el, 'heading'))).to.equal('Health information technician: typical timeline to enter the field');
    });

    it('gives the cumulative total for the dated steps and says it leaves out the steps that vary', async () => {
      const el = await timeline();
      await drawn(el);
      expect(text(part(el, 'total'))).to.equal(
        '18–27 months in all, computed from the dated steps: Complete associate degree coursework and Prepare for certification (optional); not counting the 2 steps whose time varies. research.com says “about two years”.',
      );
      expect(text(part(el, 'legend'))).to.include('Time varies: not in the total');
      const ticks = [...shadow(el).querySelectorAll('.tick')].map((t) => t.textContent);
      expect(ticks[0]).to.equal('0');
      expect(ticks.at(-1)).to.equal('30 months');
    });

    it('draws the spans to scale: the degree solid to 18 months and light to 24, optional certification light from there to 27', async () => {
      const el = await timeline();
      await drawn(el);
      const box = (key: string, name: string) => rowOf(el, key).querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
      const degreeCore = box('associate-degree', 'bar');
      const degreeRange = box('associate-degree', 'range');
      expect(degreeCore.width / (degreeRange.right - degreeCore.left)).to.be.closeTo(18 / 24, 0.02);
      // Optional: some take the exam soon after, so no month of it is certain.
      expect(rowOf(el, 'certification').querySelector('[part~="bar"]')).to.equal(null);
      const certRange = box('certification', 'range');
      expect(certRange.left).to.be.closeTo(degreeCore.right, 1.5);
      const month = degreeCore.width / 18;
      expect(certRange.right - degreeCore.left).to.be.closeTo(27 * month, 2);
    });

    it('draws the steps that vary as varying: a dashed marker, no span', async () => {
      const el = await timeline();
      await drawn(el);
      const markers: DOMRect[] = [];
      for (const key of ['choose-program', 'apply']) {
        const row = rowOf(el, key);
        expect(row.classList.contains('varies')).to.equal(true);
        expect(row.querySelector('[part~="bar"], [part~="range"]')).to.equal(null);
        const marker = row.querySelector('[part~="marker"]')!;
        expect(getComputedStyle(marker).strokeDasharray).not.to.equal('none');
        markers.push(marker.getBoundingClientRect());
      }
      // The same size wherever it stands: its width comes from no number of months.
      expect(markers[0]!.width).to.be.closeTo(markers[1]!.width, 0.5);
      expect(markers[0]!.width).to.be.lessThan(30);
    });

    it('follows a program\'s own 15-month timeline from a JSON child: total, axis and summary', async () => {
      const el = await timeline(html`<timeline-steps>
        <script type="application/json">${JSON.stringify(programProfile())}</script>
      </timeline-steps>`);
      await drawn(el);
      expect(parts(el, 'step')).to.have.length(2);
      expect(text(part(el, 'total'))).to.equal('15 months in all, computed from the dated step: Accelerated HIT associate degree; not counting the step whose time varies.');
      const ticks = [...shadow(el).querySelectorAll('.tick')].map((t) => t.textContent);
      expect(ticks.at(-1)).to.equal('15 months');
      expect(shadow(el).querySelector('svg[role="img"]')?.getAttribute('aria-label')).to.include('Accelerated HIT associate degree, 15 months');
      // A fixed 15 months fills the axis, all solid: no light part is made up.
      const row = rowOf(el, 'accelerated');
      expect(row.querySelector('[part~="range"]')).to.equal(null);
      const core = row.querySelector('[part~="bar"]')!.getBoundingClientRect();
      const lastTick = [...shadow(el).querySelectorAll('.tick')].at(-1)!.getBoundingClientRect();
      expect(core.right).to.be.closeTo(lastTick.right, 1.5);
      expect(text(part(el, 'legend'))).not.to.include('Up to the longest');
    });

    it('updates total and axis when the data property changes', async () => {
      const el = await timeline();
      await drawn(el);
      el.data = programProfile();
      await el.updateComplete;
      expect(text(part(el, 'total'))).to.include('15 months in all');
      el.data = profileCopy();
      await el.updateComplete;
      expect(text(part(el, 'total'))).to.include('18–27 months in all');
    });

    it('shows a source line with publisher and date', async () => {
      const el = await timeline();
      await drawn(el);
      const source = text(part(el, 'source'));
      expect(source).to.match(/^Source: research\.com, Becoming a health information technician, 2026\./);
      expect(source).to.include('It states no publication date: 2026 is the year its headings write for.');
    });
  });

  describe('errors', () => {
    it('says a duration whose max is below its min is wrong', async () => {
      const data = profileCopy();
      data.timeline!.steps[2]!.duration = { min: 3, max: 1 };
      const el = await timeline(html`<timeline-steps .data=${data}></timeline-steps>`);
      await drawn(el, 'error');
      expect(text(part(el, 'error'))).to.include('timeline.steps[2].duration.max must not be less than min (3)');
    });

    it('says so when the profile has no timeline section', async () => {
      const data = profileCopy();
      delete data.timeline;
      const el = await timeline(html`<timeline-steps .data=${data}></timeline-steps>`);
      await drawn(el, 'error');
      expect(text(part(el, 'error'))).to.include('timeline is missing');
    });

    it('renders data as text, never as HTML', async () => {
      const data = profileCopy();
      data.timeline!.steps[0]!.label = '<img src=x onerror="window.__pwned=1">Pick';
      data.timeline!.steps[1]!.note = '<b>bold</b>';
      const el = await timeline(html`<timeline-steps .data=${data}></timeline-steps>`);
      await drawn(el);
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      expect(text(shadow(el).querySelector('table'))).to.include('<img src=x');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('properties', () => {
    it('formats months for locale="de-DE"', async () => {
      const el = await timeline(html`<timeline-steps locale="de-DE"></timeline-steps>`);
      await drawn(el);
      expect(text(rowOf(el, 'associate-degree').querySelector('.duration'))).to.match(/^18\s?–\s?24 Monate$/);
      expect(text(part(el, 'total'))).to.match(/18\s?–\s?27 Monate/);
      expect([...shadow(el).querySelectorAll('.tick')].at(-1)?.textContent).to.equal('30 Monate');
    });
  });

  describe('theming', () => {
    it('colours the spans from --cw-color-accent and the varying marker from --cw-color-compare', async () => {
      const el = await timeline(html`<timeline-steps style="--cw-color-accent: rgb(200, 0, 100); --cw-color-compare: rgb(0, 120, 0)"></timeline-steps>`);
      await drawn(el);
      expect(getComputedStyle(parts(el, 'bar')[0]!).fill).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(parts(el, 'range')[0]!).stroke).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(parts(el, 'marker')[0]!).stroke).to.equal('rgb(0, 120, 0)');
    });

    it('lets the element-level tokens win over the global ones', async () => {
      const el = await timeline(html`<timeline-steps
        style="--cw-color-accent: red; --cw-timeline-steps-bar-color: rgb(1, 2, 3); --cw-timeline-steps-varies-color: rgb(4, 5, 6)"
      ></timeline-steps>`);
      await drawn(el);
      expect(getComputedStyle(parts(el, 'bar')[0]!).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(parts(el, 'range')[0]!).stroke).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(parts(el, 'marker')[0]!).stroke).to.equal('rgb(4, 5, 6)');
    });

  });

  describe('events', () => {
    it('moves between steps with the arrow keys, one Tab stop, and fires cw-step-change with each id', async () => {
      const el = await timeline();
      await drawn(el);
      const before = document.createElement('button');
      before.textContent = 'before';
      const after = document.createElement('button');
      after.textContent = 'after';
      el.before(before);
      el.after(after);
      const heard: CwStepChangeEvent[] = [];
      const listen = (e: CwStepChangeEvent) => heard.push(e);
      document.addEventListener('cw-step-change', listen);
      const focused = () => shadow(el).activeElement?.getAttribute('data-key');

      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('step');
      expect(focused()).to.equal('choose-program');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal('associate-degree');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal('certification');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused()).to.equal('associate-degree');
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal('apply');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(), 'stays on the last step').to.equal('apply');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal('certification');

      expect(heard.map((e) => e.detail.id)).to.deep.equal(['choose-program', 'associate-degree', 'certification', 'associate-degree', 'apply', 'certification']);
      const last = heard.at(-1)!;
      expect(last.bubbles && last.composed).to.equal(true);
      expect(last.detail.index).to.equal(2);

      // One Tab stop: Tab leaves the steps, Shift+Tab comes back to the step last focused.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused()).to.equal('certification');
      expect(parts(el, 'step').filter((s) => s.tabIndex === 0)).to.have.length(1);
      expect(heard).to.have.length(6);
      document.removeEventListener('cw-step-change', listen);
    });

    it('shows the focused step\'s timing and note, which Escape dismisses', async () => {
      const el = await timeline(html`<timeline-steps .data=${programProfile()}></timeline-steps>`);
      await drawn(el);
      const step = parts(el, 'step')[1]!;
      const change = oneEvent(el, 'cw-step-change');
      step.focus();
      expect((await change).detail.id).to.equal('accelerated');
      await el.updateComplete;
      const tooltip = text(part(el, 'tooltip'));
      expect(tooltip).to.include('Accelerated HIT associate degree: 15 months');
      expect(tooltip).to.include('From the start; done after 15 months.');
      expect(tooltip).to.include('three terms a year');
      const described = step.getAttribute('aria-describedby')!.split(' ').map((id) => shadow(el).getElementById(id)?.textContent);
      expect(described.join(' ')).to.include('Plan for full-time study').and.to.include('three terms a year');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    it('describes the timeline in its svg label and as a table with every step', async () => {
      const el = await timeline();
      await drawn(el);
      const svgEl = shadow(el).querySelector('svg[role="img"]');
      const label = svgEl?.getAttribute('aria-label') ?? '';
      expect(label).to.include('Choose a program, Varies by student');
      expect(label).to.include('Prepare for certification, 1–3 months');
      expect(label).to.include('18–27 months in all, computed from the dated steps');
      expect(svgEl?.querySelector('[tabindex], button, a')).to.equal(null);
      const table = part(el, 'table') as HTMLTableElement;
      expect(table.tagName).to.equal('TABLE');
      expect(table.parentElement?.classList.contains('sr-only')).to.equal(true);
      expect(table.rows).to.have.length(5);
      expect(text(table.rows[3])).to.include('Starts after 18–24 months; done after 18–27 months.');
      expect(text(table.rows[4])).to.include('Target medical records');
    });

    it('names each step for screen readers', async () => {
      const el = await timeline();
      await drawn(el);
      expect(parts(el, 'step').map((s) => s.getAttribute('aria-label'))[1]).to.equal(
        'Step 2 of 4: Complete associate degree coursework, 18–24 months. From the start; done after 18–24 months.',
      );
    });

    it('passes axe in the dark theme, narrow, with a step focused', async () => {
      const el = await timeline(html`<timeline-steps theme="dark"></timeline-steps>`, 320);
      await drawn(el);
      parts(el, 'step')[1]!.focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('stacks the steps below 480 px: each step below the one before, its span under its label', async () => {
      const el = await timeline(html`<timeline-steps></timeline-steps>`, 360);
      await drawn(el);
      const boxes = parts(el, 'step').map((s) => s.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).to.be.at.least(boxes[i - 1]!.bottom);
      const row = rowOf(el, 'associate-degree');
      const label = row.querySelector('.label')!.getBoundingClientRect();
      const span = row.querySelector('[part~="bar"]')!.getBoundingClientRect();
      expect(label.bottom).to.be.at.most(span.top);
    });

    it('puts the labels beside the spans at 800 px', async () => {
      const el = await timeline();
      await drawn(el);
      const row = rowOf(el, 'associate-degree');
      const label = row.querySelector('.label')!.getBoundingClientRect();
      const span = row.querySelector('[part~="bar"]')!.getBoundingClientRect();
      expect(label.right).to.be.at.most(span.left);
      expect(label.top).to.be.lessThan(span.bottom);
      expect(label.bottom).to.be.greaterThan(span.top);
    });

    it('fits 280 px with no horizontal overflow', async () => {
      const el = await timeline(html`<timeline-steps></timeline-steps>`, 280);
      await drawn(el);
      const host = el.getBoundingClientRect();
      expect(host.width).to.equal(280);
      expect(el.scrollWidth).to.be.at.most(280);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const t of shadow(el).querySelectorAll('svg text, [part~="bar"], [part~="range"], [part~="marker"]')) {
        const box = t.getBoundingClientRect();
        expect(box.left, `"${t.textContent}" starts outside`).to.be.at.least(host.left - 0.5);
        expect(box.right, `"${t.textContent}" overflows`).to.be.at.most(host.right + 0.5);
      }
    });

    it('shows each step\'s tooltip clear of every other step and the axis, letting the pointer through', async () => {
      const el = await timeline();
      await drawn(el);
      const steps = parts(el, 'step');
      const axis = part(el, 'axis')!.getBoundingClientRect();
      for (const [i, step] of steps.entries()) {
        step.focus();
        await el.updateComplete;
        const tooltip = part(el, 'tooltip')!;
        const tip = tooltip.getBoundingClientRect();
        expect(getComputedStyle(tooltip).pointerEvents).to.equal('none');
        expect(tip.right).to.be.at.most(el.getBoundingClientRect().right);
        expect(tip.top >= axis.bottom || tip.bottom <= axis.top, `tooltip ${String(i)} clear of the axis`).to.equal(true);
        for (const [j, other] of steps.entries()) {
          if (j === i) continue;
          const box = other.getBoundingClientRect();
          const overlaps = tip.left < box.right && tip.right > box.left && tip.top < box.bottom && tip.bottom > box.top;
          expect(overlaps, `tooltip of step ${String(i)} covers step ${String(j)}`).to.equal(false);
        }
      }
      expect(text(part(el, 'tooltip'))).to.include('Apply for entry-level roles: Varies by market');
    });

    it('lays out again when its container, not the window, resizes', async () => {
      const el = await timeline(html`<timeline-steps></timeline-steps>`, 900);
      await drawn(el);
      const svgEl = () => shadow(el).querySelector('svg[role="img"]')!;
      const wide = Number(svgEl().getAttribute('width'));
      el.parentElement!.style.width = '320px';
      await waitUntil(() => Number(svgEl().getAttribute('width')) < wide, 'did not re-lay out');
      expect(Number(svgEl().getAttribute('width'))).to.be.at.most(320);
      const row = rowOf(el, 'associate-degree');
      expect(row.querySelector('.label')!.getBoundingClientRect().bottom).to.be.at.most(
        row.querySelector('[part~="bar"]')!.getBoundingClientRect().top,
      );
    });

  });
});
