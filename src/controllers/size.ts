import type { LitElement, ReactiveController } from 'lit';
import { watchPrint } from './print.js';
import { isNear, watchSize } from './viewport.js';

/** Far elements waiting for an idle moment to lay out their text; one idle callback serves them all. */
const waiting = new Set<SizeController>();
let idleScheduled = false;

/** Settles one element per idle callback: its render runs in that task, so each task stays short. */
function settleWaiting(): void {
  idleScheduled = false;
  const [next] = waiting;
  if (next) {
    waiting.delete(next);
    next.settle();
  }
  scheduleIdle();
}

function scheduleIdle(): void {
  if (idleScheduled || waiting.size === 0) return;
  idleScheduled = true;
  // Safari has no requestIdleCallback: a short timeout stands in.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(settleWaiting, { timeout: 2000 });
  else setTimeout(settleWaiting, 100);
}

/**
 * Elements just connected, not yet rendered: where they stand is read for all of them at once, in
 * one microtask after the page has upgraded them (reading one box per element as it connects would
 * force a layout per element: each connection attaches a shadow root and its styles).
 */
const arriving = new Set<SizeController>();
let sortQueued = false;

function sortArrivals(): void {
  sortQueued = false;
  const batch = [...arriving];
  arriving.clear();
  // Read every box first, then act: one layout for the whole batch.
  const inView = batch.map((controller) => isNear(controller.host.getBoundingClientRect(), 0));
  batch.forEach((controller, i) => {
    if (inView[i]) controller.host.requestUpdate();
    else {
      waiting.add(controller);
      scheduleIdle();
    }
  });
}

/**
 * The element's content width, font size and writing direction, and whether it is near the
 * viewport (lazy drawing), from the observers every element shares (`viewport.ts`); printing draws
 * it wherever it is.
 *
 * The width is that of a zero-height `.measure` sentinel inside the frame: drawing the figures
 * (which changes the host's height) never re-triggers the observer, and padding is already taken off.
 */
export class SizeController implements ReactiveController {
  /** Undefined until measured. */
  width?: number;
  fontSize = 16;
  /** True when the host reads right to left (its computed `direction`), followed live. */
  rtl = false;
  /** False while the element is far below the fold: its drawing waits, its height is kept. */
  near = false;
  /**
   * True once a far element has laid out its text and exact height, in an idle moment after the
   * elements in view have drawn: 30 widgets down a page cost little more than the 2 in view.
   */
  settled = false;

  private stopSize?: () => void;
  private stopPrint?: () => void;

  constructor(readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopPrint ??= watchPrint(this);
    // Outside the viewport when it first arrives, it renders nothing (its fallback content stays)
    // until an idle moment after the elements in view have drawn, one element per idle task, so
    // the page's first task holds only the elements a reader sees.
    if (!this.host.hasUpdated && !this.settled) {
      arriving.add(this);
      if (!sortQueued) {
        sortQueued = true;
        queueMicrotask(sortArrivals);
      }
    }
    // Moved elsewhere in the page: watch again (the first time, hostUpdated does it).
    if (this.host.hasUpdated) this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    arriving.delete(this);
    waiting.delete(this);
    this.stopPrint?.();
    this.stopSize?.();
    this.stopPrint = this.stopSize = undefined;
  }

  /** Whether the element shows its figures (text, and the drawing when near) or only their estimated place. */
  get ready(): boolean {
    return this.near || this.settled;
  }

  /** True while a far element waits for its idle moment before it renders at all. */
  get deferred(): boolean {
    return !this.host.hasUpdated && (arriving.has(this) || waiting.has(this));
  }

  /** Called in an idle moment: lays out the far element's text and exact height. */
  settle(): void {
    if (this.settled) return;
    this.settled = true;
    this.host.requestUpdate();
  }

  /** Printing draws every element, even one never scrolled near. Lit updates before the print layout. */
  beforePrint(): void {
    arriving.delete(this);
    waiting.delete(this);
    this.near = true;
    this.host.requestUpdate();
  }

  private watch(): void {
    if (this.stopSize) return;
    const sentinel = this.host.renderRoot.querySelector('.measure');
    if (!sentinel) return;
    this.stopSize = watchSize(this.host, sentinel, (width, near, fontSize, rtl) => {
      if (width === this.width && fontSize === this.fontSize && near === this.near && rtl === this.rtl) return;
      this.width = width;
      this.fontSize = fontSize;
      this.rtl = rtl;
      if (near) this.near = true;
      else if (!this.settled) {
        waiting.add(this);
        scheduleIdle();
      }
      this.host.requestUpdate();
    });
  }
}
