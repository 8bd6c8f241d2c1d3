/**
 * What the contract promises of every element alike, checked once for each: the heading
 * attribute, the dark theme, and a layout that follows its container. Each element's own suite
 * tests what is particular to it.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import { drawn, part, shadow, text } from '../support/helpers.js';

const TAGS = ['outlook-chart', 'salary-factors', 'timeline-steps'] as const;
type Tag = (typeof TAGS)[number];

async function place(tag: Tag, attributes: string, width: number): Promise<HTMLElementTagNameMap[Tag]> {
  const t = unsafeStatic(tag);
  const a = unsafeStatic(attributes);
  const wrapper = await fixture<HTMLDivElement>(staticHtml`<div style="width:${width}px"><${t} ${a}></${t}></div>`);
  const el = wrapper.firstElementChild as HTMLElementTagNameMap[Tag];
  await drawn(el);
  return el;
}

for (const tag of TAGS) {
  describe(`<${tag}> keeps the common contract`, () => {
    it('replaces its title with the heading attribute, as text', async () => {
      const el = await place(tag, 'heading="What <em>you</em> can expect"', 640);
      expect(text(part(el, 'heading'))).to.equal('What <em>you</em> can expect');
      expect(part(el, 'heading')?.querySelector('em')).to.equal(null);
    });

    it('draws on a dark background with light text for theme="dark"', async () => {
      const el = await place(tag, 'theme="dark"', 640);
      const base = getComputedStyle(part(el, 'base')!);
      expect(base.backgroundColor).to.equal('rgb(22, 25, 29)');
      expect(base.color).to.equal('rgb(230, 237, 243)');
    });

    it('lays out again when its container, not the window, resizes', async () => {
      const el = await place(tag, '', 900);
      const chart = () => shadow(el).querySelector('[part~="chart"] > svg')!;
      const wide = Number(chart().getAttribute('width'));
      el.parentElement!.style.width = '320px';
      await waitUntil(() => Number(chart().getAttribute('width')) < wide, 'did not re-lay out');
      expect(Number(chart().getAttribute('width'))).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });
}
