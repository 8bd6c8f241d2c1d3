/** src faults for every element: a redirect, and a rapid series of changes where the last wins. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { TAGS } from '../support/elements.js';
import { drawn, part, shadow } from '../support/helpers.js';


for (const tag of TAGS) {
  describe(`<${tag}> src faults`, () => {
    it('follows a redirect to the profile', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = document.createElement(tag);
      el.src = '/__cw__/redirect';
      wrapper.append(el);
      await drawn(el);
      expect(part(el, 'error')).to.equal(null);
    });

    it('shows the last of a rapid series of src changes, whatever order the answers come in', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = document.createElement(tag);
      const errors: string[] = [];
      el.addEventListener('cw-error', (e) => errors.push(e.detail.message));
      wrapper.append(el);
      // Earlier answers arrive later: each would win if a stale answer could.
      for (let i = 0; i < 10; i++) {
        el.src = `/__cw__/status?code=500&delay=${String(400 - i * 40)}&n=${String(i)}`;
        await new Promise((r) => setTimeout(r, 5));
      }
      el.src = '/__cw__/profile.json?delay=50';
      await drawn(el);
      await new Promise((r) => setTimeout(r, 500));
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(shadow(el).querySelector('.base.state-ready')).to.not.equal(null);
      // Its drawing, where it has one (text elements have none).
      if (part(el, 'chart')) expect(shadow(el).querySelector('[part~="chart"] > svg') !== null).to.equal(true);
      expect(errors).to.deep.equal([]);
    });
  });
}
