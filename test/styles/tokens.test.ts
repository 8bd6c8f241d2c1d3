/**
 * The default colours meet WCAG 2.2 AA in both themes: text 4.5:1 on the background, marks and grid
 * against the background 3:1 (non-text contrast), and accent and compare apart from each other.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { drawn, part } from '../support/helpers.js';

function rgb(color: string): [number, number, number] {
  const m = /rgba?\((\d+), (\d+), (\d+)/.exec(color);
  if (!m) throw new Error(`not an rgb colour: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Resolves a private token to a colour on an element inside the shadow root. */
function token(base: HTMLElement, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  base.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

for (const theme of ['light', 'dark'] as const) {
  describe(`default colours, ${theme} theme`, () => {
    it('meet WCAG 2.2 AA contrast', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"><outlook-chart theme=${theme}></outlook-chart></div>`);
      const el = wrapper.querySelector('outlook-chart')!;
      await drawn(el);
      const base = part(el, 'base')!;
      const background = token(base, '--_background');
      expect(contrast(token(base, '--_text'), background), 'text').to.be.at.least(4.5);
      expect(contrast(token(base, '--_muted'), background), 'muted text').to.be.at.least(4.5);
      expect(contrast(token(base, '--_accent'), background), 'accent marks').to.be.at.least(3);
      expect(contrast(token(base, '--_compare'), background), 'compare marks').to.be.at.least(3);
      // Accent and compare differ in lightness too, not only in hue.
      expect(contrast(token(base, '--_accent'), token(base, '--_compare')), 'accent vs compare').to.be.at.least(1.5);
    });
  });
}
