/** The data source controller on a bare host: routes, the JSON child, and a request that outlives a move. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DataSourceController } from '../../src/controllers/data-source.js';
import { chooseRoute } from '../../src/profile/resolve.js';
import { frames, profileCopy } from '../support/helpers.js';

class SourceHost extends ReactiveElement {
  static override properties = { data: { attribute: false }, src: {} };
  declare data: unknown;
  declare src: string | undefined;
  readonly source = new DataSourceController(this, () => 'outlook', () => 10_000);
  protected override willUpdate(): void {
    this.source.sync(this.data, this.src);
  }
}
customElements.define('cw-source-host', SourceHost);

/** Records the signal of every fetch the page makes, to see which requests were aborted. */
function watchFetches() {
  const original = window.fetch.bind(window);
  const signals: AbortSignal[] = [];
  window.fetch = (input, init) => {
    if (init?.signal) signals.push(init.signal);
    return original(input, init);
  };
  return { signals, restore: () => (window.fetch = original) };
}

describe('controllers/data-source', () => {
  it('chooses data, then a JSON child, then src, then the built-in profile', () => {
    expect(chooseRoute({}, '{}', 'a.json')).to.equal('data');
    expect(chooseRoute(null, '{}', 'a.json')).to.equal('json');
    expect(chooseRoute(undefined, undefined, 'a.json')).to.equal('src');
    expect(chooseRoute(undefined, undefined, '')).to.equal('default');
  });

  it('reads a JSON child, and again when it changes', async () => {
    const data = profileCopy();
    const host = await fixture<SourceHost>(html`<cw-source-host><script type="application/json">${JSON.stringify(data)}</script></cw-source-host>`);
    expect(host.source.route).to.equal('json');
    expect(host.source.result?.ok).to.equal(true);
    host.querySelector('script')!.textContent = '{ not json';
    await waitUntil(() => host.source.result?.ok === false, 'the new child was not read');
    expect(host.source.result?.ok ? '' : host.source.result?.issues[0]?.message).to.include('not valid JSON');
  });

  it('keeps its request through a move, and ends it only when the removal lasts', async () => {
    const fetches = watchFetches();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const host = new SourceHost();
      host.src = '/__cw__/profile.json?delay=400';
      wrapper.append(host);
      await host.updateComplete;
      expect(fetches.signals).to.have.length(1);
      // Moved: removed and put back within the frame, as frameworks and carousels do.
      host.remove();
      wrapper.append(host);
      await frames(2);
      expect(fetches.signals[0]!.aborted, 'a move aborts nothing').to.equal(false);
      // Removed for good: the request ends after the next frame.
      host.remove();
      await frames(2);
      expect(fetches.signals[0]!.aborted, 'a lasting removal ends the request').to.equal(true);
      // Put back later: it loads again.
      wrapper.append(host);
      await waitUntil(() => host.source.result?.ok === true, 'did not load again', { timeout: 3000 });
      expect(fetches.signals).to.have.length(2);
    } finally {
      fetches.restore();
    }
  });
});
