export interface CwPathSelectDetail {
  /** The `id` of the path in the profile's `careerPaths.paths`, e.g. `"compliance-officer"`. */
  readonly id: string;
  /** Its position in `careerPaths.paths`, from 0. */
  readonly index: number;
}

/** Dispatched (bubbling, composed) by `<career-path>` when a reader chooses one of its paths. */
export class CwPathSelectEvent extends Event {
  static readonly type = 'cw-path-select';
  readonly detail: CwPathSelectDetail;

  constructor(detail: CwPathSelectDetail) {
    super(CwPathSelectEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-path-select': CwPathSelectEvent;
  }
}
