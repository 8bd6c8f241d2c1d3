/**
 * <work-settings> geometry: pure. Each setting's words, and its share of the occupation's workers
 * only where the profile gives one with its source; the caveats numbered in reading order.
 */
import type { Messages } from '../../i18n/en.js';
import { citation, sentence, titled, words } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
import { NARROW_WIDTH } from '../../layout/grid.js';
import { numberNotes } from '../../layout/notes.js';
import type { Profile, WorkSetting, WorkSettings } from '../../profile/types.js';

export interface ShareBar {
  /** 0–100: the bar's length on a scale of all the occupation's workers. */
  readonly percent: number;
  /** "38%" as the locale writes it; "38% (2023)" with a year. */
  readonly text: string;
  readonly source: string;
  readonly sourceText: string;
  readonly marker?: number;
}

export interface SettingRow {
  readonly key: string;
  readonly label: string;
  readonly focus?: string;
  readonly goodFit?: string;
  readonly source: string;
  readonly marker?: number;
  readonly share?: ShareBar;
}

export interface WorkSettingsGeometry {
  readonly narrow: boolean;
  readonly statement?: { readonly text: string; readonly source: string; readonly marker?: number };
  readonly rows: readonly SettingRow[];
  readonly notes: readonly string[];
  /** Whether any setting has a share: then, and only then, bars and a table are drawn. */
  readonly hasShares: boolean;
  /** Every source the element shows, for the source line. */
  readonly sources: readonly string[];
}

/** "38%", "38% (2023)": a setting's share as the locale writes it. */
function shareText(share: NonNullable<WorkSetting['share']>, f: Formats): string {
  return `${f.percent(share.percent)}${share.year === undefined ? '' : ` (${String(share.year)})`}`;
}

/**
 * The statement, then each setting with its share (only where the profile gives one), its focus and
 * who it suits, in plain words: what `describe()` writes for <work-settings>.
 */
export function workSettingsSummary(section: WorkSettings, f: Formats, t: Messages, profile: Profile): string {
  const settings = section.settings.map((s) =>
    words(
      sentence(s.label),
      s.share && titled(t.workSettingsShare, sentence(shareText(s.share, f))),
      s.focus && titled(t.workSettingsFocus, sentence(s.focus)),
      s.goodFit && titled(t.workSettingsGoodFit, sentence(s.goodFit)),
    ),
  );
  return titled(t.workSettingsHeading(profile.occupation), words(section.statement && sentence(section.statement.text), ...settings));
}

export function layoutWorkSettings(
  section: WorkSettings,
  profile: Profile,
  width: number,
  f: Formats,
  t: Pick<Messages, 'noDate'>,
): WorkSettingsGeometry {
  const { statement, settings } = section;
  // Reading order: the statement, then each setting's own note, then its share's.
  const texts = [statement?.note, ...settings.flatMap((s) => [s.note, s.share?.note])];
  const { markers, notes } = numberNotes(texts);
  const sourceText = (id: string) => citation(profile, id, f, t);
  const rows = settings.map((s, i): SettingRow => {
    const own = markers[1 + i * 2];
    const shareMarker = markers[2 + i * 2];
    const share = s.share
      ? {
          percent: Math.max(0, Math.min(100, s.share.percent)),
          text: shareText(s.share, f),
          source: s.share.source,
          sourceText: sourceText(s.share.source),
          ...(shareMarker === undefined ? {} : { marker: shareMarker }),
        }
      : undefined;
    return {
      key: s.id,
      label: s.label,
      ...(s.focus ? { focus: s.focus } : {}),
      ...(s.goodFit ? { goodFit: s.goodFit } : {}),
      source: s.source,
      ...(own === undefined ? {} : { marker: own }),
      ...(share ? { share } : {}),
    };
  });
  const first = markers[0];
  return {
    narrow: width < NARROW_WIDTH,
    ...(statement ? { statement: { text: statement.text, source: statement.source, ...(first === undefined ? {} : { marker: first }) } } : {}),
    rows,
    notes,
    hasShares: rows.some((r) => r.share),
    sources: [...(statement ? [statement.source] : []), ...rows.flatMap((r) => [r.source, ...(r.share ? [r.share.source] : [])])],
  };
}
