import type { LitElement, ReactiveController } from 'lit';
import { watchPrint } from './print.js';
import { watchSize } from './viewport.js';

/**
 * The element's content width and font size, and whether it is near the viewport (lazy drawing),
 * from the observers every element shares (`viewport.ts`); printing draws it wherever it is.
 *
 * The width is that of a zero-height `.measure` sentinel inside the frame: drawing the figures
 * (which changes the host's height) never re-triggers the observer, and padding is already taken off.
 */
export class SizeController implements ReactiveController {
  /** Undefined until measured. */
  width?: number;
  fontSize = 16;
  /** False while the element is far below the fold: its drawing waits, its height is kept. */
  near = false;

  private stopSize?: () => void;
  private stopPrint?: () => void;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopPrint ??= watchPrint(this);
    // Moved elsewhere in the page: watch again (the first time, hostUpdated does it).
    if (this.host.hasUpdated) this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.stopPrint?.();
    this.stopSize?.();
    this.stopPrint = this.stopSize = undefined;
  }

  /** Printing draws every element, even one never scrolled near. Lit updates before the print layout. */
  beforePrint(): void {
    this.near = true;
    this.host.requestUpdate();
  }

  private watch(): void {
    if (this.stopSize) return;
    const sentinel = this.host.renderRoot.querySelector('.measure');
    if (!sentinel) return;
    this.stopSize = watchSize(this.host, sentinel, (width, near, fontSize) => {
      if (width === this.width && fontSize === this.fontSize && near === this.near) return;
      this.width = width;
      this.fontSize = fontSize;
      if (near) this.near = true;
      this.host.requestUpdate();
    });
  }
}
