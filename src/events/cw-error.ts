import type { Issue } from '../profile/types.js';

export interface CwErrorDetail {
  /** What is wrong, naming the field; the same text the element shows in its error state. */
  readonly message: string;
  /** Every problem found, each with its path (`outlook.projections[1].growthPercent`). */
  readonly issues: readonly Issue[];
}

/** Dispatched (bubbling, composed) when an element enters its error state. */
export class CwErrorEvent extends Event {
  static readonly type = 'cw-error';
  readonly detail: CwErrorDetail;

  constructor(detail: CwErrorDetail) {
    super(CwErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-error': CwErrorEvent;
  }
}
