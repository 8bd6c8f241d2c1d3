/**
 * An XSS corpus in every string field of a profile: rendered as text, nothing executes, no element
 * is created from it. URL fields refuse anything but http(s), naming the field.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { TAGS } from '../support/elements.js';
import { drawn, profileCopy, shadow, withEveryText } from '../support/helpers.js';

const PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '"><svg onload="window.__xss = \'svg\'"><set attributeName="x"></set></svg>',
  "'><iframe src=\"javascript:window.parent.__xss='iframe'\"></iframe>",
  '<a href="javascript:window.__xss=\'a\'">click</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<style>*{display:none!important}</style>',
  '</text><foreignObject><div onmouseover="window.__xss=1">x</div></foreignObject>',
];

/** Elements and attributes that only a payload could have made. */
function injected(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'FOREIGNOBJECT', 'SET'].includes(el.tagName.toUpperCase())) found.push(el.tagName);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`${el.tagName}[${attr.name}]`);
      if (attr.name === 'href' && !/^https?:/.test(attr.value)) found.push(`${el.tagName}[href=${attr.value}]`);
    }
  }
  return found;
}

describe('XSS corpus in every string field', () => {
  afterEach(() => {
    delete (window as { __xss?: unknown }).__xss;
  });

  for (const tag of TAGS) {
    it(`<${tag}> renders ${String(PAYLOADS.length)} payloads as text and runs none`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
      const el = document.createElement(tag);
      wrapper.append(el);
      for (const payload of PAYLOADS) {
        el.data = withEveryText(() => payload);
        await drawn(el);
        // Let any injected handler have its chance to run.
        await new Promise((r) => setTimeout(r, 30));
        const root = shadow(el);
        expect(injected(root), payload).to.deep.equal([]);
        expect((window as { __xss?: unknown }).__xss, payload).to.equal(undefined);
        expect(root.textContent, 'shown as text').to.include(payload);
      }
    });
  }

  it('refuses a javascript: URL for a source, naming the field', async () => {
    const data = profileCopy();
    (data.sources[0] as { url?: string }).url = 'javascript:window.__xss=1';
    const el = document.createElement('outlook-chart');
    el.data = data;
    (await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`)).append(el);
    await drawn(el, 'error');
    expect(shadow(el).querySelector('[part~="error"]')?.textContent).to.include('sources[0].url must be an http:// or https:// address');
    expect(shadow(el).querySelector('a')).to.equal(null);
  });
});
