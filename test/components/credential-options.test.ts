import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CredentialOptions } from '../../src/index.js';
import { drawn, emulate, frames, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

async function widget(attributes = '', width = 720): Promise<CredentialOptions> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  wrapper.innerHTML = `<credential-options ${attributes}></credential-options>`;
  const el = wrapper.firstElementChild as CredentialOptions;
  await drawn(el);
  return el;
}

describe('<credential-options>', () => {
  describe('data', () => {
    it('shows the guide\'s four options as a table, with who each is best for and what to check', async () => {
      const el = await widget();
      expect(text(part(el, 'heading'))).to.equal('Education and Credential Options');
      const table = part(el, 'options')!;
      expect([...table.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal(['Option', 'Best for', 'What to check before enrolling']);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.map((r) => text(r.querySelector('th')))).to.deep.equal([
        'Associate degree in health information technology',
        'Medical billing and coding certificate',
        'Bachelor’s degree in HIM or healthcare administration',
        'Specialized certification',
      ]);
      expect(text(rows[0])).to.include('Students seeking the standard entry route into HIT roles.');
      expect(text(rows[0])).to.include('Confirm CAHIIM accreditation, coding coursework, EHR training, practicum options, and certification exam preparation.');
      expect(text(rows[3])).to.include('Verify eligibility requirements, exam costs, continuing education rules');
    });

    it('names the credentials with what the guide says of each, and no duration or cost', async () => {
      const el = await widget();
      const credentials = part(el, 'credentials')!;
      const names = [...credentials.querySelectorAll('dt')].map((dt) => text(dt));
      expect(names).to.deep.equal(['Registered Health Information Technician (RHIT)', 'Certified Coding Specialist', 'Certified Health Data Analyst']);
      const said = [...credentials.querySelectorAll('dd')].map((dd) => text(dd));
      expect(said[0]).to.include('from the American Health Information Management Association');
      expect(said[0]).to.include('To qualify, candidates generally complete a CAHIIM-accredited program and pass the RHIT exam.');
      expect(said[1]).to.equal('may help technicians specialize in coding, auditing, analytics, or data quality.');
      expect(text(part(el, 'costs'))).to.equal('No durations or costs are shown here: verify exam costs before enrolling.');
      // The figures and words shown, not the source line (whose note says which year the guide writes for).
      const all = text(part(el, 'base')).replace(text(part(el, 'source')), '');
      expect(all).not.to.match(/\$|\bmonths?\b|\byears?\b/);
      expect(text(part(el, 'source'))).to.include('research.com, Becoming a health information technician, 2026');
    });
  });

  describe('properties', () => {
    it('marks the option a program offers, in the table and on its card', async () => {
      const el = await widget('highlight="associate-degree"');
      const row = shadow(el).querySelector('tr[data-id="associate-degree"]')!;
      expect(row.classList.contains('highlight')).to.equal(true);
      expect(text(row.querySelector('[part~="offered"]'))).to.equal('Offered by this program');
      expect(parts(el, 'offered')).to.have.length(1);
      el.parentElement!.style.width = '320px';
      await frames(3);
      await el.updateComplete;
      const card = parts(el, 'card').find((c) => c.dataset.id === 'associate-degree')!;
      expect(card.classList.contains('highlight')).to.equal(true);
      expect(text(card)).to.include('Offered by this program');
    });

    it('marks nothing for an id it does not have', async () => {
      const el = await widget('highlight="nursing"');
      expect(parts(el, 'offered')).to.have.length(0);
    });
  });

  describe('layout', () => {
    it('is a table from 480 px of content width and cards below, each card with its two answers', async () => {
      // The frame's padding (1rem a side) comes off the container's width.
      const wide = await widget('', 520);
      expect(part(wide, 'options')).not.to.equal(null);
      expect(part(wide, 'cards')).to.equal(null);
      const narrow = await widget('', 500);
      expect(part(narrow, 'options')).to.equal(null);
      const cards = parts(narrow, 'card');
      expect(cards).to.have.length(4);
      expect([...cards[1]!.querySelectorAll('dt')].map((dt) => text(dt))).to.deep.equal(['Best for', 'What to check before enrolling']);
      expect(narrow.scrollWidth).to.be.at.most(500);
    });

    it('wraps a long unbroken word at 280 px', async () => {
      const el = await widget('', 280);
      const data = profileCopy();
      data.education!.options[0]!.option = 'Associate-degree-in-health-information-technology-'.repeat(3);
      el.data = data;
      await drawn(el);
      expect(el.scrollWidth).to.be.at.most(280);
    });
  });

  describe('accessibility', () => {
    it('passes axe as a table and as cards, light and dark, with a highlight', async () => {
      const wide = await widget('highlight="associate-degree"');
      await expect(wide).to.be.accessible();
      const narrow = await widget('theme="dark" highlight="associate-degree"', 320);
      await expect(narrow).to.be.accessible();
    });

    it('isolates the direction of profile text', async () => {
      const el = await widget();
      const data = profileCopy();
      data.education!.credentials![0]!.name = '\u202Eevil\u202C RHIT';
      el.data = data;
      await drawn(el);
      expect(part(el, 'credentials')!.querySelector('dt bdi')?.textContent).to.equal('\u202Eevil\u202C RHIT');
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulate({ media: '' });
    });

    it('prints the table within the width, the highlight in black, and the source line', async () => {
      const el = await widget('highlight="associate-degree"', 700);
      await emulate({ media: 'print' });
      expect(part(el, 'base')!.scrollWidth).to.be.at.most(part(el, 'base')!.clientWidth);
      const cell = shadow(el).querySelector('tr.highlight > th')!;
      expect(getComputedStyle(cell).boxShadow).to.include('rgb(0, 0, 0)');
      expect(getComputedStyle(part(el, 'costs')!).color).to.equal('rgb(0, 0, 0)');
      expect(part(el, 'source')!.offsetHeight).to.be.greaterThan(0);
    });
  });
});
