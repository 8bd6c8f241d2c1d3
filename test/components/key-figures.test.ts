import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { KeyFigures } from '../../src/index.js';
import { drawn, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

async function cards(attributes: { figures?: string; data?: unknown } = {}, width = 800): Promise<KeyFigures> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('key-figures');
  if (attributes.figures !== undefined) el.setAttribute('figures', attributes.figures);
  if (attributes.data) el.data = attributes.data;
  wrapper.append(el);
  await drawn(el, attributes.figures === 'nope' ? 'error' : 'ready');
  return el;
}

describe('<key-figures>', () => {
  describe('data', () => {
    it('shows the guide\'s four headline figures, each with its label and source, and nothing else', async () => {
      const el = await cards();
      const shown = parts(el, 'figure').map((c) => text(c));
      expect(shown).to.have.length(4);
      expect(shown[0]).to.include('16%').and.include('Projected employment growth').and.include('2023–2033').and.include('Much faster than average').and.include('U.S. Bureau of Labor Statistics');
      expect(shown[1]).to.include('about $47,000').and.include('Median annual salary').and.include('Glassdoor, Jun 6, 2024');
      expect(shown[2]).to.include('about 2 years').and.include('research.com, 2026');
      expect(shown[3]).to.include('734').and.include('with more than half coming from healthcare providers').and.include('The HIPAA Journal, no date given');
      // No number the guide does not give: the check's 725 only appears inside the caveat.
      expect(text(part(el, 'figures'))).not.to.include('725');
    });

    it('marks each caveat on its card and lists the notes under the cards, above the source line', async () => {
      const el = await cards();
      const markers = parts(el, 'value').map((v) => v.querySelector('.note-marker')?.textContent ?? '');
      expect(markers).to.deep.equal(['1', '2', '', '3']);
      const notes = part(el, 'notes')!;
      expect(notes.querySelectorAll('li')).to.have.length(3);
      expect(text(notes)).to.include('SOC 29-9021').and.include('Glassdoor estimate, June 2024').and.include('the year is not stated');
      const source = part(el, 'source')!;
      expect(notes.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(text(source)).to.include('The HIPAA Journal, no date given');
    });

    it('picks and orders the cards by its figures attribute', async () => {
      const el = await cards({ figures: 'median growth' });
      expect(parts(el, 'figure').map((c) => c.dataset.key)).to.deep.equal(['median', 'growth']);
      expect(text(part(el, 'notes'))).not.to.include('the year is not stated');
      el.figures = 'data-breaches';
      await el.updateComplete;
      expect(parts(el, 'figure').map((c) => c.dataset.key)).to.deep.equal(['data-breaches']);
    });

    it('names an id its figures attribute asks for that the profile does not have', async () => {
      const el = await cards({ figures: 'nope' });
      expect(text(part(el, 'error'))).to.include('figures names "nope"').and.include('growth, median, time-to-enter, data-breaches');
    });

    it('shows a site\'s own figures: a program\'s graduates, with its own source', async () => {
      const data = profileCopy();
      data.sources.push({ id: 'program', publisher: 'Example College', title: 'HIT program outcomes', date: '2025' });
      data.keyFigures = { figures: [{ id: 'grads', label: 'Graduates placed within six months', value: 92, unit: 'percent', source: 'program' }] };
      const el = await cards({ data });
      expect(parts(el, 'figure')).to.have.length(1);
      expect(text(part(el, 'figure'))).to.include('92%').and.include('Example College, 2025');
      expect(part(el, 'notes')).to.equal(null);
    });

    it('refuses a money figure without its currency, naming the field', async () => {
      const data = profileCopy();
      delete data.keyFigures!.figures[1]!.currency;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = document.createElement('key-figures');
      el.data = data;
      wrapper.append(el);
      await drawn(el, 'error');
      expect(text(part(el, 'error'))).to.include('keyFigures.figures[1].currency is missing');
    });
  });

  describe('layout', () => {
    it('sets the cards in a row when wide and in one column when narrow', async () => {
      const wide = await cards({}, 1000);
      const tops = new Set(parts(wide, 'figure').map((c) => Math.round(c.getBoundingClientRect().top)));
      expect(tops.size).to.equal(1);
      const narrow = await cards({}, 300);
      const lefts = new Set(parts(narrow, 'figure').map((c) => Math.round(c.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
    });
  });

  describe('accessibility', () => {
    it('is a list of text, not a drawing: no svg, no table, no focusable figure', async () => {
      const el = await cards();
      expect(shadow(el).querySelector('svg, table')).to.equal(null);
      expect(part(el, 'figures')?.tagName).to.equal('UL');
      expect(shadow(el).querySelector('[part~="figures"] button, [part~="figures"] [tabindex]')).to.equal(null);
      expect(part(el, 'label')?.querySelector('bdi')).to.not.equal(null);
    });
  });
});
