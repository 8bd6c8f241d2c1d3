/* global document, window, Element, ShadowRoot, MutationObserver */
// Inlined as the first script of every bench page (a classic script, so it runs before any module).
// It watches the DOM, and every shadow root as it is attached, for the moment all `count` charts
// are drawn, then forces one style and layout pass and reads the clock: "drawn" means in the DOM
// and laid out, the same for an svg in a shadow root, an svg in the page, or a painted canvas.
// It never polls: a mutation callback runs as a microtask right after the change and looks only at
// the charts that changed, so the probe adds next to no work while the charts load.
(() => {
  const { selector, kind, count } = document.currentScript.dataset;
  const expected = Number(count);

  /** Is this chart drawn? One test per way of drawing. */
  const isDrawn = {
    // The element's own chart: the svg with role="img" (icons and legends are not the chart).
    'shadow-svg': (el) => el.shadowRoot?.querySelector('svg[role="img"]') != null,
    'light-svg': (el) => el.querySelector('svg') != null,
    // A canvas is drawn inside its chart's constructor; the page script says when it returned.
    'drawn-attribute': (el) => el.dataset.drawn === 'true',
  }[kind];

  const result = { expected, scriptStart: performance.now() };
  let finish;
  window.__bench = result;
  window.__benchDone = new Promise((resolve) => (finish = resolve));

  const drawn = new Set();
  const options = { childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn'] };
  const observer = new MutationObserver(onMutations);
  observer.observe(document, options);

  // A document observer does not see inside shadow roots: observe each one as it is attached.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observer.observe(root, options);
    return root;
  };

  /** The chart a mutated node belongs to: the host of its shadow root, or its enclosing slot. */
  function chartOf(node) {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) return root.host.closest(selector);
    const element = node instanceof Element ? node : node.parentElement;
    return element?.closest(selector);
  }

  function onMutations(records) {
    for (const { target } of records) {
      const chart = chartOf(target);
      if (chart && !drawn.has(chart) && isDrawn(chart)) drawn.add(chart);
    }
    if (drawn.size < expected) return;
    observer.disconnect();
    // Force style and layout once, so each library pays for laying out what it inserted.
    result.scriptDoneMs = performance.now(); // all in the DOM; the pass below lays it out
    void document.documentElement.offsetHeight;
    result.drawnMs = performance.now();
    performance.mark('bench:drawn'); // where bench/profile.mjs cuts its trace
    const bundle = performance.getEntriesByType('resource').find((e) => e.initiatorType === 'script');
    result.bundleFetchedMs = bundle?.responseEnd;
    finish(result);
  }
})();
