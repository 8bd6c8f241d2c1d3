import { expect } from '@open-wc/testing';
import { layoutKeyFigures, pickFigures, unknownFigures } from '../../src/components/key-figures/key-figures.layout.js';
import { figureText } from '../../src/layout/figure.js';
import { formats } from '../../src/layout/format.js';
import type { Figure } from '../../src/profile/types.js';
import { plain, profileCopy } from '../support/helpers.js';

const en = formats('en-US');
const profile = profileCopy();
const section = profile.keyFigures!;

describe('key-figures layout', () => {
  it('writes the guide\'s four figures through the locale, qualified as the guide qualifies them', () => {
    const g = layoutKeyFigures(section, profile, 800, en);
    expect(g.cards.map((c) => c.valueText)).to.deep.equal(['16%', 'about $47,000', 'about 2 years', '734']);
    expect(g.cards[0]?.period).to.equal('2023–2033');
    expect(g.cards[0]?.descriptor).to.equal('Much faster than average');
    expect(g.cards.map((c) => plain(c.sourceText))).to.deep.equal([
      'U.S. Bureau of Labor Statistics, Aug 29, 2024',
      'Glassdoor, Jun 6, 2024',
      'research.com, 2026',
      'The HIPAA Journal, no date given',
    ]);
  });

  it('numbers each distinct caveat once, in the cards\' order; a figure without one has no marker', () => {
    const g = layoutKeyFigures(section, profile, 800, en);
    expect(g.cards.map((c) => c.marker)).to.deep.equal([1, 2, undefined, 3]);
    expect(g.notes).to.have.length(3);
    expect(g.notes[2]).to.include('the year is not stated').and.to.include('725');
  });

  it('picks and orders figures by the figures attribute, and names the ids it does not know', () => {
    expect(pickFigures(section, 'median growth').map((f) => f.id)).to.deep.equal(['median', 'growth']);
    expect(pickFigures(section, '  ').map((f) => f.id)).to.have.length(4);
    expect(unknownFigures(section, 'growth salary')).to.deep.equal(['salary']);
    const g = layoutKeyFigures(section, profile, 800, en, 'data-breaches');
    expect(g.cards.map((c) => c.marker)).to.deep.equal([1]);
    expect(g.notes).to.have.length(1);
  });

  it('is narrow below the shared breakpoint and says every figure in its summary', () => {
    expect(layoutKeyFigures(section, profile, 479, en).narrow).to.equal(true);
    expect(layoutKeyFigures(section, profile, 480, en).narrow).to.equal(false);
    expect(layoutKeyFigures(section, profile, 800, en).summary).to.include('16%: Projected employment growth, 2023–2033 (much faster than average); about $47,000: Median annual salary;');
    expect(layoutKeyFigures(section, profile, 800, en, 'median').summary).to.equal('about $47,000: Median annual salary.');
  });

  it('writes each unit the locale\'s way', () => {
    const de = formats('de-DE');
    const fig = (unit: Figure['unit'], value: number, extra: Partial<Figure> = {}): Figure => ({ id: 'x', label: 'x', value, unit, source: 'guide', ...extra });
    expect(figureText(fig('currency', 47000, { currency: 'USD', qualifier: 'about' }), de).replace(/\u00a0/g, ' ')).to.equal('about 47.000 $');
    expect(figureText(fig('months', 18), en)).to.equal('18 months');
    expect(figureText(fig('count', 239000, { qualifier: 'over' }), en)).to.equal('over 239,000');
    expect(figureText(fig('percent', 10.7), en)).to.equal('10.7%');
  });
});
