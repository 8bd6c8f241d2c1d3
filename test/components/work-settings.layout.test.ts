import { expect } from '@open-wc/testing';
import { layoutWorkSettings } from '../../src/components/work-settings/work-settings.layout.js';
import { en as words } from '../../src/i18n/en.js';
import { formats } from '../../src/layout/format.js';
import { plain, profileCopy } from '../support/helpers.js';

const en = formats('en-US');

function withShares() {
  const profile = profileCopy();
  profile.sources.push({ id: 'oews', publisher: 'U.S. Bureau of Labor Statistics', title: 'OEWS, May 2023', date: '2024-04' });
  profile.workSettings!.settings[0]!.share = { percent: 38, year: 2023, source: 'oews', note: 'Medical records specialists.' };
  profile.workSettings!.settings[1]!.share = { percent: 12.5, source: 'oews' };
  return profile;
}

describe('work-settings layout', () => {
  it('gives the guide\'s five settings their words and no share, since the guide gives none', () => {
    const profile = profileCopy();
    const g = layoutWorkSettings(profile.workSettings!, profile, 800, en, words);
    expect(g.rows.map((r) => r.label)).to.deep.equal(['Hospital', 'Private practice', 'Outpatient center', 'Insurance organization', 'Remote or hybrid role']);
    expect(g.rows.every((r) => r.share === undefined)).to.equal(true);
    expect(g.hasShares).to.equal(false);
    expect(g.statement?.text).to.include('hospitals employ the largest share');
    expect(g.statement?.marker).to.equal(1);
    expect(g.notes).to.have.length(1);
  });

  it('draws a share only where a site gives one, with its source, numbering its note in reading order', () => {
    const profile = withShares();
    const g = layoutWorkSettings(profile.workSettings!, profile, 800, en, words);
    expect(g.hasShares).to.equal(true);
    expect(g.rows[0]?.share).to.deep.include({ percent: 38, text: '38% (2023)', marker: 2 });
    expect(plain(g.rows[0]!.share!.sourceText)).to.equal('U.S. Bureau of Labor Statistics, April 2024');
    expect(g.rows[1]?.share?.text).to.equal('12.5%');
    expect(g.rows[2]?.share).to.equal(undefined);
    expect(g.sources).to.include('oews');
  });

  it('is narrow below the shared breakpoint', () => {
    const profile = profileCopy();
    expect(layoutWorkSettings(profile.workSettings!, profile, 479, en, words).narrow).to.equal(true);
    expect(layoutWorkSettings(profile.workSettings!, profile, 480, en, words).narrow).to.equal(false);
  });
});
