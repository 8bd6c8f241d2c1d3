import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import type { Formats } from '../layout/format.js';
import type { Profile } from '../profile/types.js';
import { notesList } from './notes.js';
import { sourceLine } from './sources.js';

/** What closes every element's figures: the numbered notes, then the sources in full. */
export function figureFooter(
  notes: readonly string[],
  profile: Profile,
  sourceIds: readonly string[],
  f: Formats,
  t: Messages,
): TemplateResult {
  return html`${notesList(notes, t.notes)}${sourceLine(profile, sourceIds, f, t)}`;
}
