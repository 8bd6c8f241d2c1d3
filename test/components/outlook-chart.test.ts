import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OutlookChart } from '../../src/index.js';
import { CwElement } from '../../src/internal/cw-element.js';
import { drawn, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

async function chart(template = html`<outlook-chart></outlook-chart>`, width = 720): Promise<OutlookChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('outlook-chart');
  if (!el) throw new Error('no <outlook-chart>');
  await el.updateComplete;
  return el;
}

describe('<outlook-chart>', () => {
  describe('data', () => {
    it('draws the guide\'s figures with their labels, period and the BLS words', async () => {
      const el = await chart();
      await drawn(el);
      const bars = parts(el, 'bar');
      expect(bars).to.have.length(3);
      const svgText = text(shadow(el).querySelector('svg'));
      // Wrapped lines still read as written (copy, find in page, screen readers).
      const labels = [...shadow(el).querySelectorAll('.label')].map((l) =>
        [...l.querySelectorAll('tspan:not(.note-marker)')].map((t) => t.textContent).join('').trim(),
      );
      expect(labels).to.deep.equal([
        'Health information technologists and medical registrars',
        'Medical and health services managers',
        'Total, all occupations',
      ]);
      expect(svgText).to.include('16%');
      expect(svgText).to.include('29%');
      expect(svgText).to.include('4%');
      expect(svgText).to.include('Total, all occupations');
      expect(text(part(el, 'heading'))).to.equal('Projected employment growth, 2023–2033');
      expect(text(part(el, 'description'))).to.include('much faster than average');
    });

    it('draws the subject longer than the average, in proportion to the figures', async () => {
      const el = await chart();
      await drawn(el);
      const widths = parts(el, 'bar').map((b) => Number(b.getAttribute('width')));
      const [subject, managers, average] = widths as [number, number, number];
      expect(managers / subject).to.be.closeTo(29 / 16, 0.05);
      expect(subject / average).to.be.closeTo(16 / 4, 0.15);
    });

    it('shows the workforce projection with its own note and a source line with publisher and date', async () => {
      const el = await chart();
      await drawn(el);
      const workforce = text(part(el, 'workforce'));
      expect(workforce).to.include('239,000');
      expect(workforce).to.include('2028');
      expect(workforce).to.include('+10.7%');
      // Its note is the fourth in the notes list, its marker beside the figure.
      expect(workforce).to.match(/\(\+10\.7%\)4$/);
      expect(text(part(el, 'notes')?.querySelectorAll('li')[3])).to.include('older projection');
      const source = text(part(el, 'source'));
      expect(source).to.include('U.S. Bureau of Labor Statistics, Occupational Outlook Handbook: Health Information Technologists and Medical Registrars, Aug 29, 2024 (retrieved Mar 31, 2025).');
      expect(source).to.include('Data USA, Medical records & health information technicians, 2023 (retrieved Mar 31, 2025).');
      expect(source).to.include('the page the guide cites was not identified');
      const link = part(el, 'source')?.querySelector('a');
      expect(link?.getAttribute('href')).to.match(/^https:\/\/www\.bls\.gov\//);
    });

    it('takes a profile from the data property over a JSON child and src', async () => {
      const data = profileCopy();
      data.outlook!.projections[0]!.growthPercent = 21;
      const el = await chart(html`<outlook-chart src="/__cw__/profile.json?growth=33" .data=${data}>
        <script type="application/json">
          ${JSON.stringify({ ...profileCopy(), outlook: { ...profileCopy().outlook, projections: [{ ...profileCopy().outlook!.projections[0], growthPercent: 44 }] } })}
        </script>
      </outlook-chart>`);
      await drawn(el);
      expect(text(shadow(el).querySelector('svg'))).to.include('21%');
    });

    it('takes a profile from a JSON child over src, and never shows the JSON', async () => {
      const json = profileCopy();
      json.outlook!.projections[0]!.growthPercent = 44;
      const el = await chart(html`<outlook-chart src="/__cw__/profile.json?growth=33">
        <script type="application/json">${JSON.stringify(json)}</script>
      </outlook-chart>`);
      await drawn(el);
      expect(text(shadow(el).querySelector('svg'))).to.include('44%');
      expect(el.offsetHeight).to.be.greaterThan(100);
      expect(el.innerText).not.to.include('growthPercent');
    });

    it('fetches src, showing the loading state until the answer comes', async () => {
      const el = await chart(html`<outlook-chart src="/__cw__/profile.json?growth=33&amp;delay=300"></outlook-chart>`);
      const loading = part(el, 'loading');
      expect(loading, 'loading state').to.exist;
      expect(loading?.getAttribute('aria-busy')).to.equal('true');
      await drawn(el);
      expect(text(shadow(el).querySelector('svg'))).to.include('33%');
    });

    it('lets the latest src win over a slower, earlier one', async () => {
      const el = await chart(html`<outlook-chart src="/__cw__/profile.json?growth=91&amp;delay=600"></outlook-chart>`);
      el.src = '/__cw__/profile.json?growth=42';
      await drawn(el);
      expect(text(shadow(el).querySelector('svg'))).to.include('42%');
      await new Promise((r) => setTimeout(r, 800));
      await el.updateComplete;
      expect(text(shadow(el).querySelector('svg'))).to.include('42%');
      expect(text(shadow(el).querySelector('svg'))).not.to.include('91%');
    });

    it('hides authored fallback content once it renders', async () => {
      const el = await chart(html`<outlook-chart><p id="fallback">Employment is projected to grow 16% from 2023 to 2033.</p></outlook-chart>`);
      await drawn(el);
      const fallback = el.querySelector<HTMLElement>('#fallback');
      expect(fallback?.offsetHeight, 'fallback is not rendered').to.equal(0);
    });
  });

  describe('errors', () => {
    for (const [name, src, words] of [
      ['a 404', '/__cw__/status?code=404', 'answered 404'],
      ['a 500', '/__cw__/status?code=500', 'answered 500'],
      ['non-JSON', '/__cw__/not-json', 'is not JSON'],
    ] as const) {
      it(`shows an error for ${name} src and recovers when src is fixed`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
        const el = document.createElement('outlook-chart');
        el.src = src;
        const heard = oneEvent(wrapper, 'cw-error');
        wrapper.append(el);
        const event = await heard;
        await drawn(el, 'error');
        expect(text(part(el, 'error'))).to.include('src').and.to.include(words);
        expect(event.detail.issues[0]?.path).to.equal('src');
        el.src = '/__cw__/profile.json';
        await drawn(el);
        expect(parts(el, 'bar')).to.have.length(3);
      });
    }

    it('gives up on a server that does not answer within the timeout', async () => {
      const saved = CwElement.fetchTimeout;
      CwElement.fetchTimeout = 300;
      try {
        const el = await chart(html`<outlook-chart src="/__cw__/hang"></outlook-chart>`);
        await drawn(el, 'error');
        expect(text(part(el, 'error'))).to.include('did not answer within 0.3 seconds');
      } finally {
        CwElement.fetchTimeout = saved;
      }
    });

    it('says so when the profile has no outlook section', async () => {
      const data = profileCopy();
      delete data.outlook;
      const el = await chart(html`<outlook-chart .data=${data}></outlook-chart>`);
      await drawn(el, 'error');
      expect(text(part(el, 'error'))).to.include('outlook is missing');
    });

    it('names a source id that is not in sources', async () => {
      const data = profileCopy();
      data.outlook!.projections[2]!.source = 'nowhere';
      const el = await chart(html`<outlook-chart .data=${data}></outlook-chart>`);
      await drawn(el, 'error');
      expect(text(part(el, 'error'))).to.include('outlook.projections[2].source names the source "nowhere"');
    });

    it('shows an error for an odd locale or theme, and nothing is thrown', async () => {
      const el = await chart(html`<outlook-chart locale="not a locale!"></outlook-chart>`);
      await drawn(el, 'error');
      expect(text(part(el, 'error'))).to.include('locale must be a BCP 47 language tag');
      el.removeAttribute('locale');
      el.setAttribute('theme', 'purple');
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.include('theme must be "light", "dark" or "auto"');
      el.setAttribute('theme', 'dark');
      await drawn(el);
    });

    it('renders data as text, never as HTML', async () => {
      const data = profileCopy();
      data.outlook!.projections[0]!.label = '<img src=x onerror="window.__pwned=1">Coders';
      const el = await chart(html`<outlook-chart .data=${data}></outlook-chart>`);
      await drawn(el);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(text(shadow(el).querySelector('table'))).to.include('<img src=x');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('properties', () => {
    it('formats numbers for locale="de-DE"', async () => {
      const el = await chart(html`<outlook-chart locale="de-DE"></outlook-chart>`);
      await drawn(el);
      expect(text(shadow(el).querySelector('svg'))).to.match(/16\s%/);
      expect(text(part(el, 'workforce'))).to.include('239.000');
      expect(text(part(el, 'source'))).to.include('29. Aug. 2024');
    });

    it('takes its locale from the nearest lang attribute', async () => {
      const el = await chart(html`<section lang="fr-FR"><outlook-chart></outlook-chart></section>`);
      await drawn(el);
      expect(text(part(el, 'workforce'))).to.match(/239\s000/);
    });
  });

  describe('theming', () => {
    it('colours the subject bar from --cw-color-accent and the rest from --cw-color-compare', async () => {
      const el = await chart(html`<outlook-chart style="--cw-color-accent: rgb(200, 0, 100); --cw-color-compare: rgb(0, 120, 0)"></outlook-chart>`);
      await drawn(el);
      const [subject, related] = parts(el, 'bar');
      expect(getComputedStyle(subject!).fill).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(related!).fill).to.equal('rgb(0, 120, 0)');
    });

    it('lets the element-level token win over the global one', async () => {
      const el = await chart(html`<outlook-chart style="--cw-color-accent: red; --cw-outlook-chart-bar-color: rgb(1, 2, 3)"></outlook-chart>`);
      await drawn(el);
      expect(getComputedStyle(parts(el, 'bar')[0]!).fill).to.equal('rgb(1, 2, 3)');
    });

    it('inherits the page\'s font unless --cw-font-family is set', async () => {
      const el = await chart(html`<div style="font-family: Georgia, serif"><outlook-chart></outlook-chart></div>`);
      await drawn(el);
      expect(getComputedStyle(part(el, 'base')!).fontFamily).to.include('Georgia');
      el.style.setProperty('--cw-font-family', 'monospace');
      expect(getComputedStyle(part(el, 'base')!).fontFamily).to.equal('monospace');
    });

    it('follows the page\'s own color-scheme live with theme="auto"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"><outlook-chart theme="auto"></outlook-chart></div>`);
      const el = wrapper.querySelector('outlook-chart')!;
      await drawn(el);
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      wrapper.style.colorScheme = 'dark';
      await waitUntil(() => getComputedStyle(part(el, 'base')!).backgroundColor === 'rgb(22, 25, 29)', 'did not turn dark');
      wrapper.style.colorScheme = 'light';
      await waitUntil(() => getComputedStyle(part(el, 'base')!).backgroundColor === 'rgb(255, 255, 255)', 'did not turn light');
    });
  });

  describe('accessibility', () => {
    it('keeps keyboard focus on its mark when the chart is laid out again at another width', async () => {
      const el = await chart();
      await drawn(el);
      const second = parts(el, 'mark')[1]!;
      second.focus();
      expect(shadow(el).activeElement).to.equal(second);
      const width = () => shadow(el).querySelector('svg')?.getAttribute('width');
      const before = width();
      el.parentElement!.style.width = '520px';
      await waitUntil(() => width() !== before, 'no new layout');
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(second);
      expect(second.getAttribute('tabindex')).to.equal('0');
    });

    it('describes the chart in its svg label and as a table with every figure and note', async () => {
      const el = await chart();
      await drawn(el);
      const svgEl = shadow(el).querySelector('svg');
      expect(svgEl?.getAttribute('role')).to.equal('img');
      const label = svgEl?.getAttribute('aria-label') ?? '';
      expect(label).to.include('Health information technologists and medical registrars: 16% (much faster than average)');
      expect(label).to.include('Total, all occupations: 4%');
      const table = part(el, 'table') as HTMLTableElement;
      expect(table.tagName).to.equal('TABLE');
      expect(table.rows).to.have.length(5);
      expect(text(table)).to.include('SOC 29-9021');
    });

    it('reaches each mark by keyboard and shows its note, which Escape dismisses', async () => {
      const el = await chart();
      await drawn(el);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('mark');
      await el.updateComplete;
      const tooltip = part(el, 'tooltip');
      expect(text(tooltip)).to.include('SOC 29-9021');
      const mark = shadow(el).activeElement!;
      const describedBy = mark.getAttribute('aria-describedby')!;
      expect(text(shadow(el).getElementById(describedBy)) || shadow(el).getElementById(describedBy)?.textContent).to.include('SOC 29-9021');
      // One Tab stop: the arrow keys move between the bars.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text(part(el, 'tooltip'))).to.include('advancement path');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'tooltip')).to.equal(null);
    });

  });

  describe('layout', () => {
    it('fits 280 px with no horizontal overflow, labels above their bars', async () => {
      const el = await chart(html`<outlook-chart></outlook-chart>`, 280);
      await drawn(el);
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(el.scrollWidth).to.be.at.most(280);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const svgEl = shadow(el).querySelector('svg')!;
      expect(svgEl.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      for (const t of shadow(el).querySelectorAll('text')) {
        const box = t.getBoundingClientRect();
        expect(box.right, `"${t.textContent}" overflows`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      // No grid, zero or reference line runs through a label standing above its bar.
      for (const label of shadow(el).querySelectorAll('.label')) {
        const box = label.getBoundingClientRect();
        for (const line of shadow(el).querySelectorAll('line.grid, line.zero, line.reference')) {
          const l = line.getBoundingClientRect();
          const crosses = l.left >= box.left && l.left <= box.right && l.top < box.bottom - 1 && l.bottom > box.top + 1;
          expect(crosses, `a line crosses "${label.textContent}"`).to.equal(false);
        }
      }
      const firstLabel = shadow(el).querySelector('.label')!.getBoundingClientRect();
      const firstBar = parts(el, 'bar')[0]!.getBoundingClientRect();
      expect(firstLabel.bottom).to.be.at.most(firstBar.top + 1);
    });

    it('puts labels beside the bars at 800 px', async () => {
      const el = await chart(html`<outlook-chart></outlook-chart>`, 800);
      await drawn(el);
      const label = shadow(el).querySelector('.label')!.getBoundingClientRect();
      const bar = parts(el, 'bar')[0]!.getBoundingClientRect();
      expect(label.right).to.be.at.most(bar.left);
      expect(label.bottom).to.be.greaterThan(bar.top);
    });

  });
});
