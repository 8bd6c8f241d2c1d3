/**
 * The real bundle on a page served with a strict Content Security Policy and Trusted Types
 * required: every element renders, no violation, nothing thrown, nothing global but the contract's.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TAGS } from '../support/elements.js';
const ALLOWED_GLOBALS = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];

interface PageWindow extends Window {
  __violations: string[];
  __warnings: string[];
  __errors: string[];
  __baseline: string[];
}

async function load(query: string): Promise<PageWindow> {
  const src = `/__cw__/csp.html?tags=${TAGS.join(',')}${query}`;
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="page" style="width:900px;height:2400px" src=${src}></iframe>`);
  // The iframe's first document is about:blank, complete at once: wait for the page's own.
  const win = () => frame.contentWindow as PageWindow | null;
  await waitUntil(() => win()?.__violations && win()?.document.readyState === 'complete', 'page did not load', { timeout: 8000 });
  return win()!;
}

async function open(query = ''): Promise<PageWindow> {
  const win = await load(query);
  await waitUntil(
    () =>
      TAGS.every((tag) => {
        // Drawn: its drawing in place, or, for an element whose figures are text, ready and laid out.
        const root = win.document.querySelector(tag)?.shadowRoot;
        if (!root) return false;
        if (root.querySelector('[part~="chart"] > svg')) return true;
        return root.querySelector('.base.state-ready') !== null && !root.querySelector('.reserve, [part~="chart"]');
      }),
    'elements did not draw',
    { timeout: 8000 },
  );
  return win;
}

describe('the bundle on a strict page', () => {
  it('draws every element under CSP and Trusted Types with no violation and no error', async () => {
    const win = await open();
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    for (const tag of TAGS) {
      const root = win.document.querySelector(tag)!.shadowRoot!;
      // Positioned marks take their place through the CSSOM, not blocked style attributes.
      const mark = root.querySelector<HTMLElement>('[part~="mark"], [part~="step"]');
      if (mark) expect(win.getComputedStyle(mark).position).to.equal('absolute');
      expect(mark?.style.length ?? 1, `${tag} mark positioned`).to.be.greaterThan(0);
    }
  });

  it('adds nothing to the global scope but the element definitions and Lit\'s version markers', async () => {
    const win = await open();
    const added = Object.getOwnPropertyNames(win).filter((name) => !win.__baseline.includes(name));
    expect(added.filter((name) => !ALLOWED_GLOBALS.includes(name))).to.deep.equal([]);
  });

  it('loaded twice, defines nothing twice, throws nothing and warns nothing', async () => {
    const win = await open('&twice=1');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('beside another version, keeps the elements defined first and warns once', async () => {
    const win = await open('&other=1');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.have.length(1);
    expect(win.__warnings[0]).to.match(/already defined by version 0\.0\.1-other/);
    expect((win.customElements.get('outlook-chart') as unknown as { version: string }).version).to.equal('0.0.1-other');
  });

  it('under trusted-types \'none\' leaves the fallback content in view, and the violation names lit-html', async () => {
    const win = await load('&tt=none');
    await waitUntil(() => win.__violations.length > 0, 'no violation reported');
    await new Promise((r) => setTimeout(r, 300));
    for (const tag of TAGS) {
      const fallback = win.document.querySelector<HTMLElement>(`${tag} > .fallback`)!;
      expect(fallback.offsetHeight, `${tag} fallback in view`).to.be.greaterThan(0);
      expect(win.customElements.get(tag)).to.equal(undefined);
    }
    expect(win.__violations.join(' ')).to.include('lit-html');
  });
});
