import { expect } from '@open-wc/testing';
import { countFit, layoutFit, type FitChoice } from '../../src/components/fit-check/fit-check.layout.js';
import { profileCopy } from '../support/helpers.js';

describe('fit-check layout', () => {
  const fit = profileCopy().fit!;

  it('stacks below 480 px and keeps the guide\'s pairs in order', () => {
    expect(layoutFit(fit, 479).narrow).to.equal(true);
    expect(layoutFit(fit, 480).narrow).to.equal(false);
    expect(layoutFit(fit, 600).pairs.map((p) => p.id)).to.deep.equal(['clinical-care', 'software-detail', 'privacy-accuracy', 'credentials', 'interests']);
  });

  it('counts only the choices made, and only for pairs still shown', () => {
    const choices = new Map<string, FitChoice>([
      ['clinical-care', 'me'],
      ['software-detail', 'not-me'],
      ['gone', 'me'],
    ]);
    expect(countFit(fit.pairs, choices)).to.deep.equal({ good: 1, total: 2 });
    expect(countFit(fit.pairs, new Map())).to.deep.equal({ good: 0, total: 0 });
  });
});
