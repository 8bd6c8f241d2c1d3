export interface CwStepChangeDetail {
  /** The `id` of the step that now has keyboard focus, as written in the profile's `timeline.steps`. */
  readonly id: string;
  /** Its position in `timeline.steps`, from 0. */
  readonly index: number;
}

/** Dispatched (bubbling, composed) by `<timeline-steps>` when focus moves to another step. */
export class CwStepChangeEvent extends Event {
  static readonly type = 'cw-step-change';
  readonly detail: CwStepChangeDetail;

  constructor(detail: CwStepChangeDetail) {
    super(CwStepChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-step-change': CwStepChangeEvent;
  }
}
