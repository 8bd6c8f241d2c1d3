import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SourceList } from '../../src/index.js';
import { drawn, part, parts, profileCopy, text } from '../support/helpers.js';

async function list(setup: (el: SourceList) => void = () => undefined, state: 'ready' | 'error' = 'ready'): Promise<SourceList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
  const el = document.createElement('source-list');
  setup(el);
  wrapper.append(el);
  await drawn(el, state);
  return el;
}

describe('<source-list>', () => {
  describe('data', () => {
    it('lists every source of the guide\'s profile in full: publisher, date, linked title, address, retrieved and note', async () => {
      const el = await list();
      const refs = parts(el, 'reference');
      expect(refs).to.have.length(8);
      const bls = text(refs[0]);
      expect(bls).to.include('U.S. Bureau of Labor Statistics, Aug 29, 2024.')
        .and.include('Occupational Outlook Handbook: Health Information Technologists and Medical Registrars')
        .and.include('Retrieved Mar 31, 2025.')
        .and.include('https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm');
      const link = refs[0]!.querySelector('a')!;
      expect(link.textContent.trim()).to.equal('Occupational Outlook Handbook: Health Information Technologists and Medical Registrars');
      expect(link.getAttribute('rel')).to.include('noopener');
      expect(text(refs[1])).to.include('The guide cites the BLS for this figure without a reference entry of its own.');
    });

    it('gives the HIPAA Journal no made-up title or date: the guide names none', async () => {
      const el = await list();
      const hipaa = parts(el, 'reference').find((r) => r.dataset.key === 'hipaa-journal')!;
      expect(text(hipaa)).to.include('The HIPAA Journal, no date given.').and.include('725');
      expect(hipaa.querySelector('a, cite')).to.equal(null);
    });

    it('limits itself to the sources one section cites', async () => {
      const el = await list((e) => (e.section = 'outlook'));
      expect(parts(el, 'reference').map((r) => r.dataset.key)).to.deep.equal(['bls-ooh-hit', 'bls-ooh-mhsm', 'bls-ep-2023-33', 'data-usa']);
      el.section = 'keyFigures';
      await el.updateComplete;
      expect(parts(el, 'reference').map((r) => r.dataset.key)).to.deep.equal(['bls-ooh-hit', 'glassdoor-2024', 'hipaa-journal', 'guide']);
    });

    it('lists every source whatever mistake another section holds, and validates the one it is limited to', async () => {
      const bad = profileCopy();
      (bad.outlook!.projections[0] as unknown as Record<string, unknown>).growthPercent = 'lots';
      const all = await list((e) => (e.data = bad));
      expect(parts(all, 'reference')).to.have.length(8);
      const limited = await list((e) => {
        e.data = bad;
        e.section = 'outlook';
      }, 'error');
      expect(text(part(limited, 'error'))).to.include('outlook.projections[0].growthPercent must be a number');
    });

    it('names an unknown section', async () => {
      const el = await list((e) => (e.section = 'salaries'), 'error');
      expect(text(part(el, 'error'))).to.include('section must be one of').and.include('"salaries"');
    });

    it('shows a site\'s own source, linking only an http(s) address', async () => {
      const data = profileCopy();
      data.sources.push({ id: 'program', publisher: 'Example College', title: 'HIT program outcomes', date: '2025-05', url: 'https://example.edu/hit' });
      const el = await list((e) => (e.data = data));
      const own = parts(el, 'reference').at(-1)!;
      expect(text(own)).to.include('Example College, May 2025.').and.include('HIT program outcomes');
      expect(own.querySelector('a')?.getAttribute('href')).to.equal('https://example.edu/hit');
    });
  });

  describe('accessibility', () => {
    it('is an ordered list of text with direction-isolated profile text, and its links are plain Tab stops', async () => {
      const el = await list();
      expect(part(el, 'references')?.tagName).to.equal('OL');
      expect(parts(el, 'reference')[0]!.querySelector('bdi')?.textContent).to.equal('U.S. Bureau of Labor Statistics');
      expect(parts(el, 'reference').every((r) => !r.matches('button'))).to.equal(true);
    });
  });
});
