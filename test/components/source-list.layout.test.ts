import { expect } from '@open-wc/testing';
import { layoutSources, listedSources } from '../../src/components/source-list/source-list.layout.js';
import { en as words } from '../../src/i18n/en.js';
import { formats } from '../../src/layout/format.js';
import { citedSources } from '../../src/profile/cited.js';
import { profileCopy } from '../support/helpers.js';

const en = formats('en-US');
const profile = profileCopy();

describe('source-list layout', () => {
  it('collects every source a section cites, however deep, in the order first cited', () => {
    expect(citedSources(profile.outlook)).to.deep.equal(['bls-ooh-hit', 'bls-ooh-mhsm', 'bls-ep-2023-33', 'data-usa']);
    expect(citedSources(profile.careerPaths)).to.deep.equal(['bls-ooh-mhsm', 'guide', 'bls-ooh-compliance']);
    expect(citedSources({ settings: [{ source: 'a', share: { source: 'b' } }] })).to.deep.equal(['a', 'b']);
    expect(citedSources(undefined)).to.deep.equal([]);
  });

  it('lists every source for "sources", and only a section\'s cited ones, in the profile\'s order, for a section', () => {
    expect(listedSources(profile, 'sources', profile.sources)).to.have.length(profile.sources.length);
    expect(listedSources(profile, 'salary', profile.salary)).to.deep.equal(['glassdoor-2024', 'bls-ooh-compliance', 'guide']);
  });

  it('writes each source in full, with dates the locale\'s way and no link but http(s)', () => {
    const { references } = layoutSources(profile, 'sources', profile.sources, en, words);
    const bls = references.find((r) => r.key === 'bls-ooh-hit')!;
    expect(bls).to.deep.include({ publisher: 'U.S. Bureau of Labor Statistics', date: 'Aug 29, 2024', retrieved: 'Mar 31, 2025' });
    expect(bls.url).to.match(/^https:\/\/www\.bls\.gov\//);
    const hipaa = references.find((r) => r.key === 'hipaa-journal')!;
    expect(hipaa.date).to.equal('no date given');
    expect(hipaa.title).to.equal(undefined);
    expect(hipaa.note).to.include('725');
    const odd = profileCopy();
    odd.sources[0]!.url = 'ftp://example.org/x';
    expect(layoutSources(odd, 'sources', odd.sources, en, words).references[0]?.url).to.equal(undefined);
  });
});
