import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { WorkSettings } from '../../src/index.js';
import type { Profile } from '../../src/profile/types.js';
import { drawn, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

async function settings(data?: Profile, width = 800): Promise<WorkSettings> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('work-settings');
  if (data) el.data = data;
  wrapper.append(el);
  await drawn(el);
  return el;
}

/** A college's page adding OEWS shares for two settings. */
function withShares(): Profile {
  const data = profileCopy();
  data.sources.push({ id: 'oews', publisher: 'U.S. Bureau of Labor Statistics', title: 'Occupational Employment and Wage Statistics, May 2023', date: '2024-04' });
  data.workSettings!.settings[0]!.share = { percent: 38, year: 2023, source: 'oews', note: 'Medical records specialists, SOC 29-2072.' };
  data.workSettings!.settings[1]!.share = { percent: 12, source: 'oews' };
  return data;
}

describe('<work-settings>', () => {
  describe('data', () => {
    it('shows the guide\'s five settings, each with its typical focus and who it suits', async () => {
      const el = await settings();
      const rows = parts(el, 'setting');
      expect(rows.map((r) => text(r.querySelector('[part~="label"]')))).to.deep.equal([
        'Hospital',
        'Private practice',
        'Outpatient center',
        'Insurance organization',
        'Remote or hybrid role',
      ]);
      expect(text(rows[0])).to.include('Typical focus').and.include('High-volume records, coding, audits, compliance, and data coordination.')
        .and.include('Good fit if you want').and.include('A structured healthcare environment with multiple departments and advancement paths.');
      expect(text(rows[4])).to.include('More scheduling flexibility, strong self-management, and comfort with digital systems.');
    });

    it('says the guide\'s sentence that hospitals employ the largest share, with its caveat, and draws no share', async () => {
      const el = await settings();
      expect(text(part(el, 'statement'))).to.include('hospitals employ the largest share of health information technicians');
      expect(part(el, 'statement')?.querySelector('.note-marker')?.textContent).to.equal('1');
      expect(text(part(el, 'notes'))).to.include('gives no share figures');
      expect(parts(el, 'bar')).to.have.length(0);
      expect(part(el, 'share')).to.equal(null);
      expect(part(el, 'table')).to.equal(null);
      // No number at all: the guide gives none for the settings.
      expect(text(part(el, 'settings'))).not.to.match(/\d/);
      expect(text(part(el, 'source'))).to.include('2026');
    });

    it('draws a bar only for a share a site supplies, with its figure, source and note', async () => {
      const el = await settings(withShares());
      const bars = parts(el, 'bar');
      expect(bars).to.have.length(2);
      expect(bars[0]!.getAttribute('width')).to.equal('38');
      const shares = parts(el, 'share').map((s) => text(s));
      expect(shares[0]).to.include('38% (2023)').and.include('U.S. Bureau of Labor Statistics, April 2024');
      expect(shares[1]).to.include('12%');
      expect(text(part(el, 'notes'))).to.include('SOC 29-2072');
      expect(text(part(el, 'table'))).to.include('Hospital').and.include('38% (2023)');
      expect(parts(el, 'setting')[2]!.querySelector('[part~="share"]')).to.equal(null);
      expect(text(part(el, 'source'))).to.include('April 2024');
    });

    it('shows a site\'s own settings in place of the guide\'s', async () => {
      const data = profileCopy();
      data.workSettings = { settings: [{ id: 'va', label: 'Veterans Affairs medical center', focus: 'Release of information.', source: 'guide' }] };
      const el = await settings(data);
      expect(parts(el, 'setting')).to.have.length(1);
      expect(text(part(el, 'setting'))).to.include('Veterans Affairs medical center').and.not.include('Good fit');
      expect(part(el, 'statement')).to.equal(null);
    });
  });

  describe('layout', () => {
    it('sets focus and fit beside the setting when wide, and stacks them when narrow', async () => {
      const wide = await settings(undefined, 900);
      const row = parts(wide, 'setting')[0]!;
      const [label, focus] = [row.querySelector('[part~="label"]')!, row.querySelector('dl')!];
      expect(Math.round(focus.getBoundingClientRect().top)).to.equal(Math.round(label.getBoundingClientRect().top));
      const narrow = await settings(undefined, 320);
      const nrow = parts(narrow, 'setting')[0]!;
      expect(nrow.querySelector('dl')!.getBoundingClientRect().top).to.be.greaterThan(nrow.querySelector('[part~="label"]')!.getBoundingClientRect().bottom - 1);
    });
  });

  describe('accessibility', () => {
    it('is a list with direction-isolated text; a share is also in a table for screen readers', async () => {
      const el = await settings(withShares());
      expect(part(el, 'settings')?.tagName).to.equal('UL');
      expect(part(el, 'label')?.querySelector('bdi')).to.not.equal(null);
      expect(shadow(el).querySelector('.share-bar')?.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });
});
