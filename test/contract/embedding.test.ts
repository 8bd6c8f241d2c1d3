/**
 * What every element does on someone else's page: fallback content, lazy drawing, print and forced
 * colours. Each behaviour is checked for every element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { place, TAGS, type Tag } from '../support/elements.js';
import { drawn, emulate, frames, part, parts, shadow } from '../support/helpers.js';


/** The colour a system colour keyword resolves to on this page, as computed style. */
function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

for (const tag of TAGS) {
  describe(`<${tag}> on a page`, () => {
    afterEach(async () => {
      await emulate({ media: '', features: [] });
    });

    it('shows authored fallback content before the module loads, and hides it once drawn', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="embed" style="width:700px;height:600px"></iframe>`);
      const doc = frame.contentDocument!;
      doc.body.innerHTML = `<${tag}><p id="fallback">The guide's figures, as text.</p><script type="application/json">{"not":"shown"}</script></${tag}>`;
      const fallback = doc.getElementById('fallback')!;
      expect(fallback.offsetHeight, 'fallback visible before the module loads').to.be.greaterThan(0);
      expect(doc.body.innerText).not.to.include('not');

      const script = doc.createElement('script');
      script.type = 'module';
      script.src = new URL('/src/index.ts', location.href).href;
      doc.head.append(script);
      await waitUntil(() => frame.contentWindow!.customElements.get(tag), 'module did not load', { timeout: 5000 });
      await waitUntil(() => fallback.offsetHeight === 0, 'fallback still shown after rendering');
    });

    it('defers drawing far below the fold, keeping its height, and draws when scrolled near', async () => {
      const t = unsafeStatic(tag);
      const wrapper = await fixture<HTMLDivElement>(
        staticHtml`<div style="width:600px"><div style="height:6000px"></div><${t}></${t}></div>`,
      );
      const el = wrapper.lastElementChild as HTMLElementTagNameMap[Tag];
      await el.updateComplete;
      await frames(3);
      const chartSvg = () => shadow(el).querySelector('[part~="chart"] > svg');
      expect(chartSvg() === null, 'drawn while far below the fold').to.equal(true);
      const reserved = el.getBoundingClientRect().height;
      expect(reserved, 'reserved height').to.be.greaterThan(150);
      // Its text is there already, for screen readers wherever they are in the page: a drawing's
      // table, or the figures themselves where they are text (cards, a list).
      expect((part(el, 'table') ?? shadow(el).querySelector('.state-ready'))?.textContent.trim() ?? '').to.not.equal('');
      expect(part(el, 'source')?.textContent ?? '').to.include(', 20');

      el.scrollIntoView();
      await drawn(el);
      expect(el.getBoundingClientRect().height, 'height kept when drawn').to.be.closeTo(reserved, 2);
      window.scrollTo(0, 0);
    });

    it('draws an element never scrolled near before printing', async () => {
      const t = unsafeStatic(tag);
      const wrapper = await fixture<HTMLDivElement>(
        staticHtml`<div style="width:600px"><div style="height:6000px"></div><${t}></${t}></div>`,
      );
      const el = wrapper.lastElementChild as HTMLElementTagNameMap[Tag];
      await frames(3);
      expect(shadow(el).querySelector('[part~="chart"] > svg') === null).to.equal(true);
      window.dispatchEvent(new Event('beforeprint'));
      await drawn(el);
      window.dispatchEvent(new Event('afterprint'));
    });

    it('prints within the width, keeping its source line, in marks that survive black and white', async () => {
      const el = await place(tag, '', 700);
      await emulate({ media: 'print' });
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      // A drawing, where the element has one, scales to the page.
      const svg = shadow(el).querySelector('[part~="chart"] > svg');
      if (svg) expect(svg.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width + 0.5);
      const source = part(el, 'source')!;
      expect(source.offsetHeight, 'source line printed').to.be.greaterThan(0);
      expect(getComputedStyle(source).color).to.equal('rgb(0, 0, 0)');
      // Every mark is black, white, grey or a pattern, and no two kinds of mark look alike.
      const looks = new Set(
        parts(el, 'bar').map((bar) => {
          const style = getComputedStyle(bar);
          const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(style.fill);
          if (rgb) expect(rgb[1] === rgb[2] && rgb[2] === rgb[3], `${style.fill} is grey`).to.equal(true);
          return `${style.fill}|${style.stroke}`;
        }),
      );
      const kinds = new Set(parts(el, 'bar').map((bar) => bar.getAttribute('class')));
      expect(looks.size).to.equal(kinds.size);
    });

    it('keeps marks and text visible in system colours under forced colours', async () => {
      const el = await place(tag);
      await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const canvasText = systemColor('CanvasText');
      const canvas = systemColor('Canvas');
      for (const text of shadow(el).querySelectorAll('svg text')) {
        expect(getComputedStyle(text).fill, `text "${text.textContent}"`).to.equal(canvasText);
      }
      for (const bar of parts(el, 'bar')) {
        const style = getComputedStyle(bar);
        const visible = (style.fill !== canvas && !style.fill.startsWith('none')) || (style.stroke !== canvas && style.stroke !== 'none');
        expect(visible, `${bar.getAttribute('class') ?? ''} visible`).to.equal(true);
      }
    });
  });
}
