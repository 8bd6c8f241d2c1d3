import { expect } from '@open-wc/testing';
import { layoutEducation } from '../../src/components/credential-options/credential-options.layout.js';
import { profileCopy } from '../support/helpers.js';

describe('credential-options layout', () => {
  const education = profileCopy().education!;

  it('is cards below 480 px and a table from there', () => {
    expect(layoutEducation(education, 479).narrow).to.equal(true);
    expect(layoutEducation(education, 480).narrow).to.equal(false);
  });

  it('keeps the guide\'s options and credentials, and cites every one', () => {
    const g = layoutEducation(education, 640);
    expect(g.options.map((o) => o.id)).to.deep.equal(['associate-degree', 'coding-certificate', 'bachelors-degree', 'specialized-certification']);
    expect(g.credentials.map((c) => c.id)).to.deep.equal(['rhit', 'ccs', 'chda']);
    expect(g.sourceIds).to.have.length(7);
  });

  it('has no credentials list when the profile names none', () => {
    const bare = { ...education };
    delete bare.credentials;
    expect(layoutEducation(bare, 640).credentials).to.deep.equal([]);
  });
});
