/**
 * What the reader actions' writers read of an element: its profile, its figures as records, where
 * its data came from and its words. Each element registers how to read it when it is built; the
 * writers take the element itself (`figuresCsv(element)`), so no element grows a public method.
 */
import type { Messages } from '../i18n/index.js';
import type { FigureRecord } from '../layout/figure.js';
import type { Formats } from '../layout/format.js';
import type { DataRoute } from '../profile/resolve.js';
import type { Profile, SectionName } from '../profile/types.js';

export type { FigureRecord } from '../layout/figure.js';

export interface Snapshot {
  readonly profile: Profile;
  /** The section the element reads. */
  readonly name: SectionName;
  readonly route: DataRoute;
  readonly records: readonly FigureRecord[];
  readonly t: Messages;
  readonly f: Formats;
}

const readers = new WeakMap<Element, () => Snapshot | undefined>();

/** Called by each element once: how to read it. */
export function readable(element: Element, read: () => Snapshot | undefined): void {
  readers.set(element, read);
}

/** The element's snapshot; undefined for anything but a career-widgets element whose data is ready. */
export function snapshotOf(element: Element): Snapshot | undefined {
  return readers.get(element)?.();
}
