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
 * - The direction (`rtl`) is read from the same computed style as the font size, at no extra cost;
 *   a page that switches a `dir` attribute later has every element's direction read again, at once.
 */

/** The sentinel's width, whether the host is near the viewport, the host's font size (px) and whether it reads right to left. */
export type SizeListener = (width: number, near: boolean, fontSize: number, rtl: boolean) => void;

interface Watch {
  readonly host: Element;
  readonly listener: SizeListener;
  width?: number;
  fontSize: number;
  near: boolean;
  rtl: boolean;
}

/** How far outside the viewport an element still counts as near: about a screen. */
export const MARGIN = 800;

const bySentinel = new Map<Element, Watch>();
const byHost = new Map<Element, Watch>();
let resizes: ResizeObserver | undefined;
let intersections: IntersectionObserver | undefined;
let directions: MutationObserver | undefined;

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
    const style = getComputedStyle(watch.host);
    watch.fontSize = parseFloat(style.fontSize) || 16;
    watch.rtl = style.direction === 'rtl';
    changes.push([watch, Math.floor(entry.contentRect.width)]);
  }
  for (const [watch, width] of changes) {
    watch.width = width;
    if (!watch.near) intersections?.observe(watch.host);
    notify(watch);
  }
}

function notify(watch: Watch): void {
  if (watch.width !== undefined) watch.listener(watch.width, watch.near, watch.fontSize, watch.rtl);
}

/** A `dir` attribute changed somewhere in the page: read every element's direction (one style pass), then tell those that turned. */
function onDirection(): void {
  const turned = [...byHost.values()].filter((watch) => {
    const rtl = getComputedStyle(watch.host).direction === 'rtl';
    const changed = rtl !== watch.rtl;
    watch.rtl = rtl;
    return changed;
  });
  turned.forEach(notify);
}

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const watch = byHost.get(entry.target);
    if (!watch || !entry.isIntersecting) continue;
    watch.near = true;
    intersections?.unobserve(entry.target);
    notify(watch);
  }
}

/** Tells `listener` the sentinel's width and whether `host` is near the viewport; returns the stop. */
export function watchSize(host: Element, sentinel: Element, listener: SizeListener): () => void {
  resizes ??= new ResizeObserver(onResize);
  intersections ??= new IntersectionObserver(onIntersect, { rootMargin: `${String(MARGIN)}px 0px` });
  directions ??= new MutationObserver(onDirection);
  directions.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'], subtree: true });
  const watch: Watch = { host, listener, near: false, fontSize: 16, rtl: false };
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
      directions?.disconnect();
      resizes = undefined;
      intersections = undefined;
      directions = undefined;
    }
  };
}

/** How many elements are watched (for leak tests). */
export function watchedSizeCount(): number {
  return bySentinel.size;
}
