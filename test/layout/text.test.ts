import { expect } from '@open-wc/testing';
import { isolate, SOFT_BREAK, textWidth, wrapText } from '../../src/layout/text.js';

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
    expect(textWidth(isolate('abc'), 10)).to.equal(textWidth('abc', 10));
    expect(textWidth('\u202Eabc\u202C\u00ad', 10)).to.equal(textWidth('abc', 10));
  });

  it('closes an isolate broken across lines and opens it again on the next', () => {
    const lines = wrapText(`29%: ${isolate('Projected employment growth, medical and health services managers')}, 2023–2033`, 200, 14);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) {
      const opens = line.split('\u2068').length - 1;
      expect(opens, line).to.equal(line.split('\u2069').length - 1);
    }
  });
});
