export interface CwFactorSelectDetail {
  /** The `id` of the factor in the profile's `salary.factors`, e.g. `"certification"`. */
  readonly id: string;
  /** The factor's label as shown, e.g. `"Certification"`. */
  readonly label: string;
}

/** Dispatched (bubbling, composed) when a reader expands one of `<salary-factors>`' factors. */
export class CwFactorSelectEvent extends Event {
  static readonly type = 'cw-factor-select';
  readonly detail: CwFactorSelectDetail;

  constructor(detail: CwFactorSelectDetail) {
    super(CwFactorSelectEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-factor-select': CwFactorSelectEvent;
  }
}
