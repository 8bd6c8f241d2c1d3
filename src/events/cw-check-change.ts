export interface CwCheckChangeDetail {
  /** The `id` of the item in the profile's `checklist.questions` or `checklist.mistakes`. */
  readonly id: string;
  /** Whether the item is now ticked. */
  readonly checked: boolean;
}

/** Dispatched (bubbling, composed) by `<program-checklist>` when a reader ticks or unticks an item. */
export class CwCheckChangeEvent extends Event {
  static readonly type = 'cw-check-change';
  readonly detail: CwCheckChangeDetail;

  constructor(detail: CwCheckChangeDetail) {
    super(CwCheckChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-check-change': CwCheckChangeEvent;
  }
}
