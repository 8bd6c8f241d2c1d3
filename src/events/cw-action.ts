/** A reader action: `data` (CSV), `image` (SVG or PNG), `citation` or `embed` (copied). */
export type ActionKind = 'data' | 'image' | 'citation' | 'embed';

export interface CwActionDetail {
  readonly kind: ActionKind;
  /** What it writes: `csv`, `svg`, `png`, or `text` for what is copied. */
  readonly format: 'csv' | 'svg' | 'png' | 'text';
}

/**
 * Dispatched (bubbling, composed, cancelable) before a reader action runs. `preventDefault()` stops
 * the download or the copy, so a site can do it its own way (with `figuresCsv(event.target)`, say).
 */
export class CwActionEvent extends Event {
  static readonly type = 'cw-action';
  readonly detail: CwActionDetail;

  constructor(detail: CwActionDetail) {
    super(CwActionEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-action': CwActionEvent;
  }
}
