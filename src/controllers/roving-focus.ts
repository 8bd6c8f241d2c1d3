import type { ReactiveElement } from 'lit';

const BACK = new Set(['ArrowUp', 'ArrowLeft']);
const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const FLIP: Readonly<Record<string, string>> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/**
 * Arrow keys, Home and End between a group of items in the host's shadow root, and Escape. With
 * `single`, the group is one Tab stop (roving tabindex) that remembers the item last focused.
 */
export class RovingFocusController {
  /** The item that takes Tab focus. */
  private stop = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly selector: string,
    private readonly options: { readonly single?: boolean; readonly onEscape?: () => boolean } = {},
  ) {}

  /** The tabindex of item `i` of `count`, or undefined when every item is its own Tab stop. */
  tabindex(i: number, count: number): '0' | '-1' | undefined {
    if (!this.options.single) return undefined;
    return i === Math.min(this.stop, count - 1) ? '0' : '-1';
  }

  /** Item `i` received focus: it becomes the Tab stop. */
  focused(i: number): void {
    if (this.stop === i) return;
    this.stop = i;
    this.host.requestUpdate();
  }

  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (this.options.onEscape?.()) event.stopPropagation();
      return;
    }
    const items = [...this.host.renderRoot.querySelectorAll<HTMLElement>(this.selector)];
    // The item itself, or the item around the target when one listener serves the whole group.
    const item = (event.target as Element).closest<HTMLElement>(this.selector);
    const current = item ? items.indexOf(item) : -1;
    if (current < 0) return;
    const last = items.length - 1;
    // Right to left, ArrowLeft goes on and ArrowRight goes back, as the items read.
    const key = getComputedStyle(this.host).direction === 'rtl' ? (FLIP[event.key] ?? event.key) : event.key;
    let next: number;
    if (NEXT.has(key)) next = Math.min(current + 1, last);
    else if (BACK.has(key)) next = Math.max(current - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else return;
    event.preventDefault();
    items[next]?.focus();
  };
}
