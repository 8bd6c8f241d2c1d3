import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import type { FigureRecord } from '../../layout/figure.js';
import { axis, chartFrame, hatch, rules } from '../../parts/chart-frame.js';
import { figureFooter } from '../../parts/footer.js';
import { marks } from '../../parts/marks.js';
import { noteMarker } from '../../parts/notes.js';
import { svgLabel } from '../../parts/svg-text.js';
import { dataTable, publisherOf, type TableRow } from '../../parts/table.js';
import { tooltip } from '../../parts/tooltip.js';
import type { Outlook, Profile } from '../../profile/types.js';
import { growthText, layoutOutlook, periodText, workforceFigure, workforceRow, type OutlookGeometry, type OutlookRow } from './outlook-chart.layout.js';
import { outlookChartStyles } from './outlook-chart.styles.js';

/**
 * Projected employment growth: the occupation against related occupations and the average for all
 * occupations, with the period, the source's words for the rate, and the workforce projection.
 *
 * @tagname outlook-chart
 * @summary Projected employment growth as labelled horizontal bars, cited and described for screen readers.
 *
 * @csspart description - The source's words for the occupation's rate ("much faster than average").
 * @csspart label - Each occupation's name in the drawing, with its note's marker.
 * @csspart bar - Each bar (`class="bar subject"`, `related` or `average`).
 * @csspart axis - The grid lines and tick labels.
 * @csspart mark - The focusable area over each bar that shows its note (one Tab stop; arrow keys move between bars).
 * @csspart tooltip - The note of the mark under the pointer or keyboard focus.
 * @csspart workforce - The workforce projection under the chart.
 *
 * @cssproperty --cw-outlook-chart-bar-color - The occupation's bar. Default: `--cw-color-accent`.
 * @cssproperty --cw-outlook-chart-compare-color - Related and average bars. Default: `--cw-color-compare`.
 * @cssproperty --cw-outlook-chart-reference-color - The dashed average line. Default: `--cw-color-muted`.
 */
export class OutlookChart extends CwElement<'outlook', OutlookGeometry> {
  static override styles = [...CwElement.styles, outlookChartStyles];

  protected readonly sectionName = 'outlook';

  protected defaultHeading(outlook: Outlook): string {
    return this.t.outlookHeading(periodText(outlook));
  }

  protected layout(outlook: Outlook, { width, fontSize, formats, messages, rtl }: LayoutContext): OutlookGeometry {
    return layoutOutlook(outlook, width, fontSize, formats, messages, rtl);
  }

  protected records(outlook: Outlook): FigureRecord[] {
    const { formats: f, t } = this;
    const period = periodText(outlook);
    const rows: FigureRecord[] = outlook.projections.map((p) => ({
      label: p.label,
      value: growthText(p, f, t),
      unit: 'percent',
      period,
      source: p.source,
      note: p.note,
    }));
    if (outlook.workforce) {
      const w = workforceFigure(outlook.workforce, f, t);
      rows.push({ ...workforceRow(w, t), unit: 'count', period: w.yearText, source: w.source, note: w.note });
    }
    return rows;
  }

  protected override reservedRows(outlook: Outlook): number {
    return outlook.projections.length + (outlook.workforce ? 2 : 0);
  }

  protected renderFigures(g: OutlookGeometry, { section: outlook, profile }: Ready<'outlook'>): TemplateResult {
    const subject = outlook.projections.find((p) => p.role === 'subject');
    const active = this.active === undefined ? undefined : g.rows[this.active];
    const sourceIds = [...outlook.projections.map((p) => p.source), ...(outlook.workforce ? [outlook.workforce.source] : [])];
    return html`
      ${subject?.descriptor
        ? html`<p part="description" class="description"><bdi>${subject.label}</bdi>: <strong><bdi>${subject.descriptor.toLowerCase()}</bdi></strong></p>`
        : nothing}
      ${chartFrame({
        ...g,
        key: g,
        drawing: this.drawing,
        onLeave: () => {
          this.show(undefined);
        },
        marks: () => svg`<defs>${hatch('hatch')}</defs>
          ${axis({ ticks: g.ticks, tickY: g.plot.bottom + g.fontSize * 1.2, grid: g.rules.filter((r) => r.kind === 'grid') })}
          ${repeat(g.rows, (r) => r.key, (r) => this.renderRow(r))}
          ${g.rules.filter((r) => r.kind !== 'grid').map((r) => rules(r.kind, r.x, r.runs))}`,
        overlay: () => html`${marks(g.rows, this.active, this.show, this.roving)}
          ${active ? tooltip(active.box, g.height, this.renderNote(active)) : nothing}`,
      })}
      ${g.workforce
        ? html`<div part="workforce" class="workforce">
            <span class="workforce-figure">${g.workforce.workersText}</span>
            <span class="workforce-text"
              ><bdi>${g.workforce.label}</bdi>: ${this.t.workersProjected(g.workforce.yearText)}${g.workforce.growthText
                ? html` (${g.workforce.growthText})`
                : nothing}${noteMarker(g.workforce.noteNumber)}</span
            >
          </div>`
        : nothing}
      ${this.renderTable(g, profile)} ${figureFooter(g.notes, profile, sourceIds, this.formats, this.t)}
    `;
  }

  private renderRow(r: OutlookRow) {
    return svg`<g class="row ${r.role}">
      ${svgLabel(r)}
      <rect part="bar" class="bar ${r.role}" x=${r.barX} y=${r.barY} width=${r.barWidth} height=${r.barHeight}></rect>
      <text class="value" x=${r.valueX} y=${r.valueY}>${r.valueText}</text>
    </g>`;
  }

  private renderNote(r: OutlookRow) {
    return html`<strong><bdi>${r.label}</bdi>: ${r.valueText}</strong>
      ${r.descriptor ? html`<span><bdi>${r.descriptor}</bdi>.</span>` : nothing} ${r.note ? html`<bdi>${r.note}</bdi>` : nothing}`;
  }

  private renderTable(g: OutlookGeometry, profile: Profile) {
    const { t } = this;
    const rows: TableRow[] = g.rows.map((r) => [
      r.label,
      `${r.valueText}${r.descriptor ? ` (${r.descriptor})` : ''}`,
      publisherOf(profile, r.source),
      r.note ?? '',
    ]);
    const w = g.workforce;
    if (w) {
      const { label, value } = workforceRow(w, t);
      rows.push([label, value, publisherOf(profile, w.source), w.note ?? '']);
    }
    return dataTable(t.outlookHeading(g.period), [t.tableOccupation, t.tableGrowth, t.tableSource, t.tableNote], rows);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'outlook-chart': OutlookChart;
  }
}
