/**
 * <work-settings> geometry: pure. Each setting's words, and its share of the occupation's workers
 * only where the profile gives one with its source; the caveats numbered in reading order.
 */
import type { Formats } from '../../layout/format.js';
import { NARROW_WIDTH } from '../../layout/grid.js';
import { numberNotes } from '../../layout/notes.js';
import type { Profile, WorkSettings } from '../../profile/types.js';
import { sourceDate } from '../../layout/figure.js';
import { isolate } from '../../layout/text.js';

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

/** `noDate`: the catalog's words for a source without a date. */
export function layoutWorkSettings(section: WorkSettings, profile: Profile, width: number, f: Formats, noDate?: string): WorkSettingsGeometry {
  const { statement, settings } = section;
  // Reading order: the statement, then each setting's own note, then its share's.
  const texts = [statement?.note, ...settings.flatMap((s) => [s.note, s.share?.note])];
  const { markers, notes } = numberNotes(texts);
  const sourceText = (id: string) => {
    const s = profile.sources.find((x) => x.id === id);
    return s ? `${isolate(s.publisher)}, ${sourceDate(s, f, noDate)}` : id;
  };
  const rows = settings.map((s, i): SettingRow => {
    const own = markers[1 + i * 2];
    const shareMarker = markers[2 + i * 2];
    const share = s.share
      ? {
          percent: Math.max(0, Math.min(100, s.share.percent)),
          text: `${f.percent(s.share.percent)}${s.share.year === undefined ? '' : ` (${String(s.share.year)})`}`,
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
