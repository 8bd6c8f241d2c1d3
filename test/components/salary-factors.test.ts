import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SalaryFactors } from '../../src/index.js';
import { CwFactorSelectEvent } from '../../src/events/cw-factor-select.js';
import { drawn, emulate, frames, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

async function widget(template = html`<salary-factors></salary-factors>`, width = 720): Promise<SalaryFactors> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('salary-factors');
  if (!el) throw new Error('no <salary-factors>');
  await el.updateComplete;
  return el;
}

/** The svg's text, each label's lines joined as a reader reads them. */
function svgText(el: SalaryFactors): string {
  const svgEl = shadow(el).querySelector('svg');
  if (!svgEl) return '';
  return [...svgEl.querySelectorAll('text')]
    .map((t) => t.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');
}

function marker(el: SalaryFactors, kind: string): SVGElement | null {
  return shadow(el).querySelector<SVGElement>(`[part~="marker"].${kind}`);
}

/** The next cw-factor-select heard on `target`, checked to be the typed event. */
function nextFactorSelect(target: HTMLElement): Promise<CwFactorSelectEvent> {
  return new Promise((resolve) => {
    target.addEventListener(
      'cw-factor-select',
      (event) => {
        expect(event).to.be.instanceOf(CwFactorSelectEvent);
        resolve(event);
      },
      { once: true },
    );
  });
}

function factorButtons(el: SalaryFactors): HTMLButtonElement[] {
  return parts(el, 'factor-button') as HTMLButtonElement[];
}

/** A college's own figures: its graduates' median, from its own survey, replacing the guide's. */
function collegeProfile() {
  const data = profileCopy();
  data.sources.push({
    id: 'lakeside-2025',
    publisher: 'Lakeside College Career Services',
    title: 'Graduate outcomes survey, HIT associate degree',
    date: '2025-05',
  });
  const salary = data.salary!;
  salary.median = {
    id: 'graduates',
    label: 'Our graduates\' median starting salary',
    amount: 52000,
    bound: 'exact',
    source: 'lakeside-2025',
    note: 'Graduates of 2024 who answered the survey (62 of 80).',
  };
  delete salary.experienced;
  delete salary.related;
  salary.factors = salary.factors!.map((f) => ({ ...f, source: 'lakeside-2025' }));
  return data;
}

describe('<salary-factors>', () => {
  describe('data', () => {
    it('shows the median, the experienced level and the related role on one scale, with their labels', async () => {
      const el = await widget();
      await drawn(el);
      const all = svgText(el);
      expect(all).to.include('Median annual salary');
      expect(all).to.include('$47,000');
      expect(all).to.include('Experienced professionals');
      expect(all).to.include('$70,000+');
      expect(all).to.include('Compliance officers (median)');
      expect(all).to.include('$75,670');
      expect(parts(el, 'marker')).to.have.length(3);
      expect(text(part(el, 'heading'))).to.equal('Salary: health information technician');
      const ticks = [...shadow(el).querySelectorAll('.tick')].map((t) => t.textContent);
      expect(ticks[0]).to.equal('$0');
      expect(ticks).to.include('$40K');
    });

    it('draws marks in proportion to the figures on the shared scale', async () => {
      const el = await widget();
      await drawn(el);
      const zero = Number(shadow(el).querySelector('.grid')?.getAttribute('x1')) - 0.5;
      const median = Number(marker(el, 'median')?.getAttribute('cx')) - zero;
      const experienced = Number(marker(el, 'experienced')?.getAttribute('x')) + 1.5 - zero;
      expect(experienced / median).to.be.closeTo(70000 / 47000, 0.03);
      const compliance = marker(el, 'related')!.getBoundingClientRect();
      const medianBox = marker(el, 'median')!.getBoundingClientRect();
      const svgLeft = shadow(el).querySelector('svg')!.getBoundingClientRect().left;
      const centre = (b: DOMRect) => b.left + b.width / 2 - svgLeft - zero;
      expect(centre(compliance) / centre(medianBox)).to.be.closeTo(75670 / 47000, 0.03);
    });

    it('draws the experienced level as "$70,000+" with an open end, never as a maximum', async () => {
      const el = await widget();
      await drawn(el);
      const open = part(el, 'open-end');
      expect(open, 'open-end mark').to.exist;
      const run = open!.querySelector('.run')!;
      const start = marker(el, 'experienced')!;
      expect(Number(run.getAttribute('x'))).to.equal(Number(start.getAttribute('x')) + 1.5);
      // The run fades off toward the scale's end and has no closing edge.
      const style = getComputedStyle(run);
      expect(style.stroke).to.equal('none');
      expect(style.fill).to.include('url(');
      const stops = [...shadow(el).querySelectorAll('#open-run stop')].map((s) => Number(getComputedStyle(s).stopOpacity));
      expect(stops[0]).to.be.greaterThan(0.5);
      expect(stops[stops.length - 1]).to.be.lessThan(0.1);
      // An arrow points on past the scale, and no mark closes the run at its end.
      expect(open!.querySelector('.arrow')).to.exist;
      const runEnd = Number(run.getAttribute('x')) + Number(run.getAttribute('width'));
      for (const m of parts(el, 'marker')) {
        const x = Number(m.getAttribute('x') ?? m.getAttribute('cx') ?? 0);
        expect(Math.abs(x - runEnd), `${m.getAttribute('class') ?? ''} at the run's end`).to.be.greaterThan(4);
      }
      expect(svgText(el)).not.to.match(/–\s?\$/);
      const label = shadow(el).querySelector('svg')?.getAttribute('aria-label') ?? '';
      expect(label).to.include('Experienced professionals: over $70,000 (a lower bound)');
      expect(label).not.to.match(/up to|maximum|–/i);
    });

    it('marks the compliance officers\' median in the comparison colour, with its note', async () => {
      const el = await widget(html`<salary-factors style="--cw-color-compare: rgb(0, 120, 0)"></salary-factors>`);
      await drawn(el);
      const related = marker(el, 'related')!;
      expect(getComputedStyle(related).fill).to.equal('rgb(0, 120, 0)');
      const mark = parts(el, 'mark').find((m) => m.dataset.key === 'compliance-officers')!;
      expect(mark.getAttribute('aria-label')).to.equal('Related role, Compliance officers (median): around $75,670');
      const note = shadow(el).getElementById(mark.getAttribute('aria-describedby')!);
      expect(note?.textContent).to.include('As cited by the guide');
      mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.include('As cited by the guide');
      expect(text(part(el, 'tooltip'))).to.include('U.S. Bureau of Labor Statistics');
    });

    it('shows the factors with the guide\'s explanations hidden until asked for', async () => {
      const el = await widget();
      await drawn(el);
      const labels = factorButtons(el).map((b) => text(b));
      expect(labels).to.deep.equal(['Certification', 'Experience', 'Employer type', 'Location', 'Specialization']);
      expect(text(part(el, 'factors-heading'))).to.equal('Factors that can affect pay');
      for (const panel of parts(el, 'factor-panel')) expect(panel.offsetHeight).to.equal(0);
      expect(parts(el, 'factor-panel')[3]!.textContent).to.include('Local labor demand and cost of living');
    });

    it('reads the guide\'s "approximately $47,000" and "around $75,670" as approximate everywhere', async () => {
      const el = await widget();
      await drawn(el);
      expect(svgText(el)).to.include('about $47,000');
      expect(svgText(el)).to.include('around $75,670');
      expect(text(part(el, 'table'))).to.include('about $47,000');
      expect(shadow(el).querySelector('svg')?.getAttribute('aria-label')).to.include('Median annual salary: about $47,000');
      parts(el, 'mark')[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.include('Median annual salary: about $47,000');
    });

    it('shows the source line with publisher and date', async () => {
      const el = await widget();
      await drawn(el);
      const source = text(part(el, 'source'));
      expect(source).to.include('Glassdoor, How much does a health information technician make?, Jun 6, 2024 (retrieved Mar 31, 2025).');
      expect(source).to.include("Glassdoor's figures are estimates from self-reported pay.");
      expect(source).to.include('U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Compliance Officers, Aug 29, 2024 (retrieved Apr 1, 2025).');
      expect(source).to.include('The guide\'s figure for compliance officers ($75,670) was not found on this page.');
      // "Over $70,000" names no source in the guide: the guide itself is cited.
      expect(source).to.include('research.com, Becoming a health information technician, 2026.');
      const link = [...part(el, 'source')!.querySelectorAll('a')].find((a) => a.textContent === 'How much does a health information technician make?');
      expect(link?.getAttribute('href')).to.equal('https://www.glassdoor.com/');
    });

    it('takes a college\'s own figures from the profile and cites its source instead', async () => {
      const el = await widget(html`<salary-factors .data=${collegeProfile()}></salary-factors>`);
      await drawn(el);
      const all = svgText(el);
      expect(all).to.include('Our graduates\' median starting salary');
      expect(all).to.include('$52,000');
      expect(all).not.to.include('$47,000');
      expect(all).not.to.include('70,000');
      expect(parts(el, 'marker')).to.have.length(1);
      expect(part(el, 'open-end')).to.equal(null);
      const source = text(part(el, 'source'));
      expect(source).to.equal('Source: Lakeside College Career Services, Graduate outcomes survey, HIT associate degree, May 2025.');
      expect(text(part(el, 'table'))).to.include('62 of 80');
    });

    it('reads a profile from a JSON child', async () => {
      const el = await widget(html`<salary-factors>
        <script type="application/json">${JSON.stringify(collegeProfile())}</script>
      </salary-factors>`);
      await drawn(el);
      expect(svgText(el)).to.include('$52,000');
    });
  });

  describe('errors', () => {
    it('says so when the profile has no salary section', async () => {
      const data = profileCopy();
      delete data.salary;
      const heard = new Promise<Event>((resolve) => {
        document.addEventListener('cw-error', resolve, { once: true });
      });
      const el = await widget(html`<salary-factors .data=${data}></salary-factors>`);
      await drawn(el, 'error');
      expect(text(part(el, 'error'))).to.include('salary is missing');
      expect(text(part(el, 'error'))).to.include('<salary-factors>');
      await heard;
    });

    it('names a figure\'s unknown source and a currency that is not an ISO code', async () => {
      const data = profileCopy();
      data.salary!.related![0]!.source = 'nowhere';
      const el = await widget(html`<salary-factors .data=${data}></salary-factors>`);
      await drawn(el, 'error');
      expect(text(part(el, 'error'))).to.include('salary.related[0].source names the source "nowhere"');
      const dollars = profileCopy();
      dollars.salary!.currency = 'dollars';
      el.data = dollars;
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.include('salary.currency must be a three-letter ISO 4217 code');
    });

    it('renders data as text, never as HTML', async () => {
      const data = profileCopy();
      data.salary!.factors![0]!.description = '<img src=x onerror="window.__pwnedSalary=1">Credentials';
      data.salary!.median.label = '<b>Median</b>';
      const el = await widget(html`<salary-factors .data=${data}></salary-factors>`);
      await drawn(el);
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      expect(parts(el, 'factor-panel')[0]!.textContent).to.include('<img src=x');
      expect(svgText(el)).to.include('<b>Median</b>');
      expect((window as { __pwnedSalary?: number }).__pwnedSalary).to.equal(undefined);
    });
  });

  describe('properties', () => {
    it('formats amounts, ticks and dates for locale="de-DE" in the profile\'s currency', async () => {
      const el = await widget(html`<salary-factors locale="de-DE"></salary-factors>`);
      await drawn(el);
      const all = svgText(el);
      expect(all).to.match(/47\.000\s\$/);
      expect(all).to.match(/70\.000\+\s\$/);
      expect(all).to.match(/75\.670\s\$/);
      const ticks = [...shadow(el).querySelectorAll('.tick')].map((t) => t.textContent);
      expect(ticks.join(' ')).to.match(/50\.000\s\$/);
      expect(text(part(el, 'source'))).to.include('6. Juni 2024');
    });

    it('draws amounts in another currency when the profile says so', async () => {
      const data = profileCopy();
      data.salary!.currency = 'EUR';
      const el = await widget(html`<salary-factors locale="en-IE" .data=${data}></salary-factors>`);
      await drawn(el);
      expect(svgText(el)).to.include('€47,000');
      expect(svgText(el)).not.to.include('$');
    });
  });

  describe('theming', () => {
    it('colours the occupation\'s marks from --cw-color-accent and lets the element token win', async () => {
      const el = await widget(html`<salary-factors style="--cw-color-accent: rgb(200, 0, 100)"></salary-factors>`);
      await drawn(el);
      expect(getComputedStyle(marker(el, 'median')!).fill).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(marker(el, 'experienced')!).fill).to.equal('rgb(200, 0, 100)');
      el.style.setProperty('--cw-salary-factors-figure-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle(marker(el, 'median')!).fill).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--cw-salary-factors-compare-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(marker(el, 'related')!).fill).to.equal('rgb(4, 5, 6)');
    });

    it('prints in black and white: marks told apart by fill, outline and hatching, every explanation shown', async () => {
      const el = await widget();
      await drawn(el);
      try {
        await emulateMedia({ media: 'print' });
        await frames(2);
        expect(matchMedia('print').matches, 'print emulated').to.equal(true);
        expect(getComputedStyle(marker(el, 'median')!).fill).to.equal('rgb(0, 0, 0)');
        const related = getComputedStyle(marker(el, 'related')!);
        expect(related.fill).to.equal('rgb(255, 255, 255)');
        expect(related.stroke).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(shadow(el).querySelector('.run')!).fill).to.include('open-hatch');
        for (const panel of parts(el, 'factor-panel')) expect(panel.offsetHeight, text(panel)).to.be.greaterThan(0);
        for (const mark of parts(el, 'mark')) expect(getComputedStyle(mark).display).to.equal('none');
        expect(part(el, 'source')!.offsetHeight).to.be.greaterThan(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('draws marks and text in system colours under forced colours', async () => {
      const el = await widget();
      await drawn(el);
      const probe = document.createElement('span');
      document.body.append(probe);
      try {
        await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
        const system = (name: string) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        };
        expect(getComputedStyle(marker(el, 'median')!).fill).to.equal(system('Highlight'));
        expect(getComputedStyle(marker(el, 'experienced')!).fill).to.equal(system('Highlight'));
        expect(getComputedStyle(marker(el, 'related')!).stroke).to.equal(system('CanvasText'));
        expect(getComputedStyle(shadow(el).querySelector('.value')!).fill).to.equal(system('CanvasText'));
        expect(getComputedStyle(shadow(el).querySelector('.tick')!).fill).to.equal(system('CanvasText'));
      } finally {
        probe.remove();
        await emulate({ media: '', features: [] });
      }
    });
  });

  describe('events', () => {
    it('expands a factor by keyboard (Enter, Space) and emits cw-factor-select with its id', async () => {
      const el = await widget();
      await drawn(el);
      const [certification, experience] = factorButtons(el) as [HTMLButtonElement, HTMLButtonElement];
      certification.focus();
      expect(shadow(el).activeElement).to.equal(certification);
      const heard = nextFactorSelect(document.body);
      await sendKeys({ press: 'Enter' });
      const event = await heard;
      await el.updateComplete;
      expect(event.detail.id).to.equal('certification');
      expect(event.detail.label).to.equal('Certification');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(certification.getAttribute('aria-expanded')).to.equal('true');
      const panel = shadow(el).getElementById(certification.getAttribute('aria-controls')!)!;
      expect(panel.offsetHeight).to.be.greaterThan(0);
      expect(text(panel)).to.include('specialized coding, auditing, or data quality roles');

      experience.focus();
      const second = nextFactorSelect(el);
      await sendKeys({ press: 'Space' });
      expect((await second).detail.id).to.equal('experience');
      await el.updateComplete;
      expect(experience.getAttribute('aria-expanded')).to.equal('true');

      // Pressing again collapses, and collapsing emits nothing.
      let count = 0;
      el.addEventListener('cw-factor-select', () => count++);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(experience.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).getElementById(experience.getAttribute('aria-controls')!)!.offsetHeight).to.equal(0);
      expect(count).to.equal(0);
    });

    it('moves between factor buttons with the arrow keys, Home and End', async () => {
      const el = await widget();
      await drawn(el);
      const buttons = factorButtons(el);
      buttons[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(buttons[4]);
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(buttons[4]);
      await sendKeys({ press: 'ArrowUp' });
      expect(shadow(el).activeElement).to.equal(buttons[3]);
      await sendKeys({ press: 'Home' });
      expect(shadow(el).activeElement).to.equal(buttons[0]);
    });

    it('emits cw-factor-select on a click too', async () => {
      const el = await widget();
      await drawn(el);
      const heard = nextFactorSelect(el);
      factorButtons(el)[3]!.click();
      expect((await heard).detail.id).to.equal('location');
    });
  });

  describe('accessibility', () => {
    it('describes the scale in its svg label and as a table with every figure, source and note', async () => {
      const el = await widget();
      await drawn(el);
      const svgEl = shadow(el).querySelector('svg');
      expect(svgEl?.getAttribute('role')).to.equal('img');
      const label = svgEl?.getAttribute('aria-label') ?? '';
      expect(label).to.include('Median annual salary: about $47,000');
      expect(label).to.include('Compliance officers (median): around $75,670');
      const table = part(el, 'table') as HTMLTableElement;
      expect(table.tagName).to.equal('TABLE');
      expect(table.parentElement?.classList.contains('sr-only')).to.equal(true);
      expect(table.rows).to.have.length(4);
      const all = text(table);
      expect(all).to.include('over $70,000 (a lower bound)');
      expect(all).to.include('Glassdoor');
      expect(all).to.include('Glassdoor estimate, June 2024.');
      expect(all).to.include('As cited by the guide');
      expect(all).to.include('Compliance officers (median) (related role)');
      expect(table.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
      expect(el.scrollWidth).to.be.at.most(720);
    });

    it('reaches each figure\'s mark by keyboard and shows its note, which Escape dismisses', async () => {
      const el = await widget();
      await drawn(el);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('mark');
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.include('Glassdoor estimate, June 2024');
      // One Tab stop: the arrow keys move between the figures.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.include('Experienced professionals: over $70,000');
      expect(text(part(el, 'tooltip'))).to.include('not a median or a maximum');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
      before.remove();
    });

    it('passes axe in the dark theme with a factor expanded and a note shown', async () => {
      const el = await widget(html`<salary-factors theme="dark"></salary-factors>`);
      await drawn(el);
      factorButtons(el)[2]!.click();
      parts(el, 'mark')[1]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the light theme with every factor expanded at 280 px', async () => {
      const el = await widget(html`<salary-factors></salary-factors>`, 280);
      await drawn(el);
      for (const b of factorButtons(el)) b.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('fits 280 px with no horizontal overflow, labels above their tracks', async () => {
      const el = await widget(html`<salary-factors></salary-factors>`, 280);
      await drawn(el);
      for (const b of factorButtons(el)) b.click();
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(el.scrollWidth).to.be.at.most(280);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const t of shadow(el).querySelectorAll('text, [part~="factor"]')) {
        const box = t.getBoundingClientRect();
        expect(box.right, `"${t.textContent}" overflows`).to.be.at.most(right + 0.5);
        expect(box.left, `"${t.textContent}" overflows`).to.be.at.least(el.getBoundingClientRect().left - 0.5);
      }
      const label = shadow(el).querySelector('.label')!.getBoundingClientRect();
      expect(label.bottom).to.be.at.most(marker(el, 'median')!.getBoundingClientRect().top + 1);
    });

    it('keeps labels, values and marks from overlapping at 280 and 1200 px', async () => {
      for (const width of [280, 1200]) {
        const el = await widget(html`<salary-factors></salary-factors>`, width);
        await drawn(el);
        const boxes = [...shadow(el).querySelectorAll('.label, .value, [part~="marker"]')].map((n) => ({
          what: n.textContent || (n.getAttribute('class') ?? ''),
          box: n.getBoundingClientRect(),
        }));
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const overlap =
              a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1;
            expect(overlap, `${String(width)} px: "${a.what}" overlaps "${b.what}"`).to.equal(false);
          }
        }
      }
    });

    it('puts labels beside the scale at 800 px', async () => {
      const el = await widget(html`<salary-factors></salary-factors>`, 800);
      await drawn(el);
      const label = shadow(el).querySelector('.label')!.getBoundingClientRect();
      const mark = marker(el, 'median')!.getBoundingClientRect();
      expect(label.right).to.be.at.most(mark.left);
      expect(label.bottom).to.be.greaterThan(mark.top);
    });

  });
});
