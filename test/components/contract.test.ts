/**
 * What the contract promises of every element alike, checked once for each: the heading
 * attribute, the dark theme, and a layout that follows its container. Each element's own suite
 * tests what is particular to it.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import type { Profile } from '../../src/profile/types.js';
import { drawn, part, parts, profileCopy, shadow, text } from '../support/helpers.js';

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

/** Per element: a wrong value in its own section, the path it must name, and its drawn marks. */
const INVALID: Record<Tag, { spoil: (p: Profile) => void; path: string; mark: string; marks: number }> = {
  'outlook-chart': {
    spoil: (p) => ((p.outlook!.projections[1] as unknown as Record<string, unknown>).growthPercent = 'lots'),
    path: 'outlook.projections[1].growthPercent',
    mark: 'bar',
    marks: 3,
  },
  'salary-factors': {
    spoil: (p) => ((p.salary!.median as unknown as Record<string, unknown>).amount = 'lots'),
    path: 'salary.median.amount',
    mark: 'marker',
    marks: 3,
  },
  'timeline-steps': {
    spoil: (p) => ((p.timeline!.steps[1]!.duration as unknown as Record<string, unknown>).min = 'x'),
    path: 'timeline.steps[1].duration.min',
    mark: 'step',
    marks: 4,
  },
};

for (const tag of TAGS) {
  describe(`<${tag}> keeps the common contract`, () => {
    it('names the field of invalid data, dispatches cw-error with the same text, then recovers', async () => {
      const { spoil, path, mark, marks } = INVALID[tag];
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = document.createElement(tag);
      const bad = profileCopy();
      spoil(bad);
      el.data = bad;
      const heard = oneEvent(wrapper, 'cw-error');
      wrapper.append(el);
      const event = await heard;
      await drawn(el, 'error');
      const error = part(el, 'error');
      expect(error?.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.include(`${path} must be a number`);
      expect(event.detail.message).to.equal(text(error));
      expect(event.detail.issues[0]?.path).to.equal(path);
      expect(event.bubbles && event.composed).to.equal(true);

      el.data = profileCopy();
      await drawn(el);
      expect(part(el, 'error')).to.equal(null);
      expect(parts(el, mark)).to.have.length(marks);
    });

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
