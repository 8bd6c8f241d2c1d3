/**
 * `theme="auto"` follows the page's own color-scheme where the page sets one, else the system's.
 * CSS cannot ask whether an inherited color-scheme is `normal`, so one shared MutationObserver
 * watches the attributes of the watched elements' ancestors (where a site's dark-mode toggle writes
 * a class, a data attribute or a style) and tells each element whether it should follow the system.
 */

import type { ReactiveController, ReactiveElement } from 'lit';
import { composedParent } from '../internal/dom.js';

type Listener = (followSystem: boolean) => void;

const listeners = new Map<Element, Listener>();
let observer: MutationObserver | undefined;
let scheduled = false;

/** The page's scheme is what the element's parent computes: the element itself may not be styled yet. */
function followsSystem(element: Element): boolean {
  const parent = composedParent(element);
  if (!parent) return true;
  const scheme = getComputedStyle(parent).colorScheme.trim();
  return scheme === '' || scheme === 'normal';
}

function check(): void {
  scheduled = false;
  for (const [element, listener] of listeners) listener(followsSystem(element));
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(check);
}

function observeAncestors(element: Element): void {
  observer ??= new MutationObserver(schedule);
  for (let node = composedParent(element); node; node = composedParent(node)) observer.observe(node, { attributes: true });
}

/** Starts telling `listener` whether `element` should follow the system scheme; returns the stop. */
export function watchColorScheme(element: Element, listener: Listener): () => void {
  listeners.set(element, listener);
  observeAncestors(element);
  listener(followsSystem(element));
  return () => {
    listeners.delete(element);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** How many elements are watched (for leak tests). */
export function watchedCount(): number {
  return listeners.size;
}

/**
 * For `theme="auto"`: whether the element follows the system scheme (the page sets none of its
 * own), watched live while the element is connected and `auto`.
 */
export class ColorSchemeController implements ReactiveController {
  followSystem = false;
  private auto = false;
  private stop?: () => void;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** In `willUpdate`: the element's theme now. */
  set(theme: string): void {
    this.auto = theme === 'auto';
    this.watch();
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  private watch(): void {
    if (!this.auto || !this.host.isConnected) {
      this.unwatch();
      return;
    }
    this.stop ??= watchColorScheme(this.host, (follow) => {
      if (follow === this.followSystem) return;
      this.followSystem = follow;
      this.host.requestUpdate();
    });
  }

  private unwatch(): void {
    this.stop?.();
    this.stop = undefined;
    this.followSystem = false;
  }
}
