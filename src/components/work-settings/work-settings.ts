import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import type { FigureRecord } from '../../layout/figure.js';
import { noteMarker } from '../../parts/notes.js';
import { figureFooter } from '../../parts/footer.js';
import { dataTable, publisherOf } from '../../parts/table.js';
import type { Profile, WorkSettings as WorkSettingsSection } from '../../profile/types.js';
import { layoutWorkSettings, type SettingRow, type WorkSettingsGeometry } from './work-settings.layout.js';
import { workSettingsStyles } from './work-settings.styles.js';
import { isolate } from '../../layout/text.js';

/**
 * Where the role works: each setting with its typical focus and who it suits, as the guide's table
 * gives them, and the guide's sentence on which setting employs the most. The guide gives no share
 * figures, so none is drawn; a site that supplies a share for a setting, with its source (an OEWS
 * table, say), gets a bar for it on a scale of all the occupation's workers, and a table.
 *
 * @tagname work-settings
 * @summary Each work setting's focus and who it suits, with a share only where a named source gives one.
 *
 * @csspart statement - The sentence about the settings as a whole.
 * @csspart settings - The list of settings.
 * @csspart setting - Each setting (a list item).
 * @csspart label - A setting's name.
 * @csspart share - A setting's share: its bar, figure and source (only where the profile gives one).
 * @csspart bar - The bar of a share, on a scale of 0–100 % of the occupation's workers.
 * @csspart notes - The numbered caveats.
 *
 * @cssproperty --cw-work-settings-bar-color - The share bars. Default: `--cw-color-accent`.
 * @cssproperty --cw-work-settings-divider-color - The rules between settings. Default: `--cw-color-grid`.
 */
export class WorkSettings extends CwElement<'workSettings', WorkSettingsGeometry> {
  static override styles = [...CwElement.styles, workSettingsStyles];

  protected readonly sectionName = 'workSettings';

  protected defaultHeading(_section: WorkSettingsSection, profile: Profile): string {
    return this.t.workSettingsHeading(isolate(profile.occupation));
  }

  protected records({ statement, settings }: WorkSettingsSection): FigureRecord[] {
    const { formats: f, t } = this;
    const rows: FigureRecord[] = statement ? [{ label: statement.text, source: statement.source, note: statement.note }] : [];
    for (const s of settings) {
      const value = [s.focus && `${t.workSettingsFocus}: ${s.focus}`, s.goodFit && `${t.workSettingsGoodFit}: ${s.goodFit}`];
      rows.push({ label: s.label, value: value.filter(Boolean).join('. '), source: s.source, note: s.note });
      const x = s.share;
      if (x) rows.push({ label: `${s.label}: ${t.workSettingsShare}`, value: f.percent(x.percent), unit: 'percent', period: x.year?.toString(), source: x.source, note: x.note });
    }
    return rows;
  }

  protected override reservedRows(section: WorkSettingsSection): number {
    return section.settings.length * 2 + 1;
  }

  protected layout(section: WorkSettingsSection, { width, formats, profile, messages }: LayoutContext): WorkSettingsGeometry {
    return layoutWorkSettings(section, profile, width, formats, messages);
  }

  protected renderFigures(g: WorkSettingsGeometry, { profile }: Ready<'workSettings'>): TemplateResult {
    return html`<div class=${classMap({ narrow: g.narrow })}>
        ${g.statement
          ? html`<p part="statement" class="statement"><bdi>${g.statement.text}</bdi>${noteMarker(g.statement.marker)}</p>`
          : nothing}
        <ul part="settings" class="settings" aria-label=${this.t.workSettingsList}>
          ${repeat(g.rows, (r) => r.key, (r) => this.renderSetting(r))}
        </ul>
      </div>
      ${g.hasShares
        ? dataTable(
            this.t.workSettingsCaption,
            this.t.workSettingsColumns,
            g.rows.flatMap((r) => (r.share ? [[r.label, r.share.text, publisherOf(profile, r.share.source), g.notes[(r.share.marker ?? 0) - 1] ?? ''] as const] : [])),
          )
        : nothing}
      ${figureFooter(g.notes, profile, g.sources, this.formats, this.t)}`;
  }

  private renderSetting(r: SettingRow) {
    return html`<li part="setting" class="setting" data-key=${r.key}>
      <p part="label" class="setting-label"><bdi>${r.label}</bdi>${noteMarker(r.marker)}</p>
      ${r.focus ? html`<dl><dt>${this.t.workSettingsFocus}</dt><dd><bdi>${r.focus}</bdi></dd></dl>` : nothing}
      ${r.goodFit ? html`<dl><dt>${this.t.workSettingsGoodFit}</dt><dd><bdi>${r.goodFit}</bdi></dd></dl>` : nothing}
      ${r.share
        ? html`<p part="share" class="share">
            <span class="sr-only">${this.t.workSettingsShare}:</span>
            <svg class="share-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              ${svg`<rect class="share-track" width="100" height="10"></rect><rect part="bar" class="bar" width=${r.share.percent} height="10"></rect>`}
            </svg>
            <span class="share-text">${r.share.text}${noteMarker(r.share.marker)}</span>
            <span class="share-source"><bdi>${r.share.sourceText}</bdi></span>
          </p>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'work-settings': WorkSettings;
  }
}
