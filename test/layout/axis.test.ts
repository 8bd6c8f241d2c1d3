import { expect } from '@open-wc/testing';
import { fitTicks, ticksFit } from '../../src/layout/axis.js';
import { formats } from '../../src/layout/format.js';
import { linearScale } from '../../src/layout/scale.js';

const en = formats('en-US');

describe('layout/axis', () => {
  it('anchors the edge ticks inwards', () => {
    const x = linearScale([0, 30], [0, 300]);
    const ticks = fitTicks(x, [5], [(v) => en.percent(v)], 12, 300);
    expect(ticks[0]!.anchor).to.equal('start');
    expect(ticks.at(-1)!.anchor).to.equal('end');
  });

  it('never drops one label on its own: it draws fewer ticks, every one labelled, to the end', () => {
    for (let width = 200; width <= 1200; width += 20) {
      const x = linearScale([0, 27], [0, width], true, 8);
      const label = (v: number, last: boolean) => (last ? en.months(v) : en.number(v));
      const ticks = fitTicks(x, [8, 7, 6, 5, 4, 3, 2], [label], 13, width, { keep: Number.isInteger, toEnd: true, gap: 6 });
      expect(ticks.every((t) => t.text !== ''), `every tick labelled at ${String(width)} px`).to.equal(true);
      expect(ticks.at(-1)!.value, `the unit at the end at ${String(width)} px`).to.equal(x.domain[1]);
      expect(ticksFit(ticks, 13, 6) || ticks.length === 2, `labels apart at ${String(width)} px`).to.equal(true);
    }
  });

  it('writes amounts compactly before it draws fewer ticks', () => {
    const labels = [(v: number) => en.currency(v, 'USD'), (v: number) => en.currencyCompact(v, 'USD')];
    const wide = fitTicks(linearScale([0, 90000], [0, 800]), [5, 3, 2], labels, 13, 800);
    expect(wide.map((t) => t.text)).to.deep.equal(['$0', '$20,000', '$40,000', '$60,000', '$80,000', '$100,000']);
    const narrow = fitTicks(linearScale([0, 90000], [0, 380]), [5, 3, 2], labels, 13, 380);
    expect(narrow.map((t) => t.text)).to.deep.equal(['$0', '$20K', '$40K', '$60K', '$80K', '$100K']);
  });
});
