import type { Messages } from '../i18n/index.js';
import type { Formats } from '../layout/format.js';
import type { View } from '../profile/resolve.js';
import type { Profile, SectionName } from '../profile/types.js';

/** What a layout function gets besides its section. */
export interface LayoutContext {
  /** The element's content width in CSS px. */
  readonly width: number;
  /** The element's computed font size in CSS px, for wrapping labels. */
  readonly fontSize: number;
  /** True under `dir="rtl"` (on it or an ancestor): a drawing mirrors its x (`layout/mirror.ts`). */
  readonly rtl: boolean;
  readonly formats: Formats;
  /** The element's words, in its language. */
  readonly messages: Messages;
  readonly profile: Profile;
}

/** The ready view of section `K`: what `renderFigures` draws from. */
export type Ready<K extends SectionName> = View<NonNullable<Profile[K]>> & { kind: 'ready' };
