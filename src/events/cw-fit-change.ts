export interface CwFitChangeDetail {
  /** How many pairs the reader marked "This is me" for the good-fit side. */
  readonly good: number;
  /** How many pairs the reader has chosen for so far. */
  readonly total: number;
}

/** Dispatched (bubbling, composed) by an interactive `<fit-check>` when the reader changes a choice. */
export class CwFitChangeEvent extends Event {
  static readonly type = 'cw-fit-change';
  readonly detail: CwFitChangeDetail;

  constructor(detail: CwFitChangeDetail) {
    super(CwFitChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-fit-change': CwFitChangeEvent;
  }
}
