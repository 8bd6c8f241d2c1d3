/**
 * Width and nearness to the viewport for every element on the page, from one ResizeObserver and
 * one IntersectionObserver shared by all of them.
 *
 * - One ResizeObserver callback receives every element's sentinel at once, so the page is laid
 *   out once for all of them (per-element observers would interleave renders and layouts), and
 *   the first width arrives after layout but before paint: an element in view draws in its first
 *   frame.
 * - Nearness is read in that same callback, while layout is clean; an element far below the fold
 *   is handed to the IntersectionObserver and told when it comes within MARGIN of the viewport.
 *   (`content-visibility: auto` would be the CSS way, but Chromium then reports "ResizeObserver
 *   loop completed with undelivered notifications" whenever an element draws in its callback.)
 */

/** The sentinel's width, whether the host is near the viewport, and the host's font size (px). */
export type SizeListener = (width: number, near: boolean, fontSize: number) => void;

interface Watch {
  readonly host: Element;
  readonly listener: SizeListener;
  width?: number;
  fontSize: number;
  near: boolean;
}

/** How far outside the viewport an element still counts as near: about a screen. */
export const MARGIN = 800;

const bySentinel = new Map<Element, Watch>();
const byHost = new Map<Element, Watch>();
let resizes: ResizeObserver | undefined;
let intersections: IntersectionObserver | undefined;

/** Whether a box is within `margin` px of the viewport (by default MARGIN: about a screen). */
export function isNear(rect: DOMRect, margin = MARGIN): boolean {
  const height = document.documentElement.clientHeight || innerHeight;
  return rect.bottom >= -margin && rect.top <= height + margin;
}

function onResize(entries: ResizeObserverEntry[]): void {
  // Read everything first (layout and style are clean in this callback), then notify: listeners
  // render, which dirties them. Reading the font size in each element's own update instead forced
  // a style and layout pass per element (about half the time of drawing 100 charts).
  const changes: [Watch, number][] = [];
  for (const entry of entries) {
    const watch = bySentinel.get(entry.target);
    if (!watch) continue;
    if (!watch.near) watch.near = isNear(watch.host.getBoundingClientRect());
    watch.fontSize = parseFloat(getComputedStyle(watch.host).fontSize) || 16;
    changes.push([watch, Math.floor(entry.contentRect.width)]);
  }
  for (const [watch, width] of changes) {
    watch.width = width;
    if (!watch.near) intersections?.observe(watch.host);
    watch.listener(width, watch.near, watch.fontSize);
  }
}

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const watch = byHost.get(entry.target);
    if (!watch || !entry.isIntersecting) continue;
    watch.near = true;
    intersections?.unobserve(entry.target);
    if (watch.width !== undefined) watch.listener(watch.width, true, watch.fontSize);
  }
}

/** Tells `listener` the sentinel's width and whether `host` is near the viewport; returns the stop. */
export function watchSize(host: Element, sentinel: Element, listener: SizeListener): () => void {
  resizes ??= new ResizeObserver(onResize);
  intersections ??= new IntersectionObserver(onIntersect, { rootMargin: `${String(MARGIN)}px 0px` });
  const watch: Watch = { host, listener, near: false, fontSize: 16 };
  bySentinel.set(sentinel, watch);
  byHost.set(host, watch);
  resizes.observe(sentinel);
  return () => {
    resizes?.unobserve(sentinel);
    intersections?.unobserve(host);
    bySentinel.delete(sentinel);
    byHost.delete(host);
    if (bySentinel.size === 0) {
      resizes?.disconnect();
      intersections?.disconnect();
      resizes = undefined;
      intersections = undefined;
    }
  };
}

/** How many elements are watched (for leak tests). */
export function watchedSizeCount(): number {
  return bySentinel.size;
}
