/** Mounting and removing 1,000 elements leaves no observer or listener attached and throws nothing. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { watchedCount } from '../../src/controllers/color-scheme.js';
import { printableCount } from '../../src/controllers/print.js';
import { watchedSizeCount } from '../../src/controllers/viewport.js';
import { TAGS } from '../support/elements.js';
import { frames } from '../support/helpers.js';

/** Counts MutationObservers observing something: constructed, minus disconnected. */
function trackMutationObservers() {
  const Original = window.MutationObserver;
  const live = new Set<MutationObserver>();
  class Tracked extends Original {
    override observe(target: Node, options?: MutationObserverInit) {
      live.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      live.delete(this);
      super.disconnect();
    }
  }
  window.MutationObserver = Tracked;
  return { live, restore: () => (window.MutationObserver = Original) };
}

describe('leaks', () => {
  it('leaves no observer attached after 1,000 elements come and go', async () => {
    const tracker = trackMutationObservers();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const host = await fixture<HTMLDivElement>(html`<div style="width:400px"></div>`);
      const baseline = tracker.live.size;
      const tags = TAGS;
      for (let round = 0; round < 10; round++) {
        const batch = Array.from({ length: 100 }, (_, i) => {
          const el = document.createElement(tags[i % tags.length]!);
          if (i % 2) el.setAttribute('theme', 'auto');
          return el;
        });
        host.append(...batch);
        await frames(2);
        expect(watchedSizeCount()).to.equal(100);
        for (const el of batch) el.remove();
      }
      await frames(1);
      expect(watchedSizeCount(), 'resize/intersection watches').to.equal(0);
      expect(watchedCount(), 'colour-scheme watches').to.equal(0);
      expect(printableCount(), 'print listeners').to.equal(0);
      expect(tracker.live.size - baseline, 'mutation observers').to.equal(0);
      expect(errors).to.deep.equal([]);
    } finally {
      tracker.restore();
      window.removeEventListener('error', onError);
    }
  });
});
