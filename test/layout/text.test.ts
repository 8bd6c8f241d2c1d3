import { expect } from '@open-wc/testing';
import { SOFT_BREAK, textWidth, wrapText } from '../../src/layout/text.js';

const GERMAN = 'Gesundheitsinformationsverarbeitungsfachangestellte';

describe('layout/text', () => {
  it('breaks a word longer than the line between characters, marking each break', () => {
    const lines = wrapText(`Als ${GERMAN} arbeiten`, 120, 14);
    for (const line of lines) expect(textWidth(line, 14), line).to.be.at.most(120);
    expect(lines[0]).to.equal('Als');
    expect(lines.slice(1, -1).every((l) => l.endsWith(SOFT_BREAK))).to.equal(true);
    // Joined as svgLines joins them (a space unless the line broke inside a word), it reads as written.
    const joined = lines.map((l, i) => (l.endsWith(SOFT_BREAK) ? l.slice(0, -1) : i < lines.length - 1 ? `${l} ` : l)).join('');
    expect(joined).to.equal(`Als ${GERMAN} arbeiten`);
  });

  it('never loops on a line narrower than one character', () => {
    expect(wrapText('abc', 0, 14)).to.deep.equal([`a${SOFT_BREAK}`, `b${SOFT_BREAK}`, 'c']);
    expect(wrapText('', 100, 14)).to.deep.equal([]);
  });

  it('gives direction controls and soft hyphens no width', () => {
    expect(textWidth('\u202Eabc\u202C\u00ad\u2068\u2069', 10)).to.equal(textWidth('abc', 10));
  });
});
