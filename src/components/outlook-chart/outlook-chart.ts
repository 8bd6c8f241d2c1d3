import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../internal/style-props.js';
import { tspans } from '../../internal/svg-text.js';
import { markButtons } from '../../internal/marks.js';
import { dataTable, publisherOf, type TableRow } from '../../internal/table.js';
import { CwElement, type LayoutContext, type View } from '../../internal/cw-element.js';
import type { Outlook, Profile } from '../../profile/types.js';
import { layoutOutlook, periodText, type OutlookGeometry, type OutlookRow } from './outlook-chart.layout.js';
import { outlookChartStyles } from './outlook-chart.styles.js';

/**
 * Projected employment growth: the occupation against related occupations and the average for all
 * occupations, with the period, the source's words for the rate, and the workforce projection.
 *
 * @tagname outlook-chart
 * @summary Projected employment growth as labelled horizontal bars, cited and described for screen readers.
 *
 * @csspart bar - Each bar (`class="bar subject"`, `related` or `average`).
 * @csspart axis - The grid lines and tick labels.
 * @csspart mark - The focusable area over each bar that shows its note.
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
    return `Projected employment growth, ${periodText(outlook)}`;
  }

  protected layout(outlook: Outlook, { width, fontSize, formats }: LayoutContext): OutlookGeometry {
    return layoutOutlook(outlook, width, fontSize, formats);
  }

  protected override reservedRows(outlook: Outlook): number {
    return outlook.projections.length + (outlook.workforce ? 2 : 0);
  }

  protected renderFigures(g: OutlookGeometry, view: View<Outlook> & { kind: 'ready' }): TemplateResult {
    const { section: outlook, profile } = view;
    const subject = outlook.projections.find((p) => p.role === 'subject');
    const active = this.active === undefined ? undefined : g.rows[this.active];
    const sourceIds = [...outlook.projections.map((p) => p.source), ...(outlook.workforce ? [outlook.workforce.source] : [])];
    return html`
      ${subject?.descriptor
        ? html`<p part="description" class="description">
            ${subject.label}: <strong>${subject.descriptor.toLowerCase()}</strong>
          </p>`
        : nothing}
      <div
        part="chart"
        class="chart"
        style=${styleProps({ 'block-size': this.drawing ? undefined : `${String(g.height)}px`, '--_fs': `${String(g.fontSize)}px` })}
        @pointerleave=${() => this.show(undefined)}
        @keydown=${this.dismissNote}
      >
        ${this.drawing
          ? html`
        <svg role="img" aria-label=${g.summary} width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}">
          <defs>
            <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="hatch-bg" width="6" height="6"></rect>
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          <g part="axis" class="axis">
            ${g.ticks.map(
              (t) => svg`${this.vertical('grid', t.x, g)}
                <text class="tick" x=${t.x} y=${g.plot.bottom + g.fontSize * 1.2} text-anchor=${t.anchor}>${t.text}</text>`,
            )}
          </g>
          ${repeat(g.rows, (r) => r.key, (r) => this.renderRow(r))}
          ${this.vertical('zero', g.zeroX, g)} ${g.reference ? this.vertical('reference', g.reference.x, g) : nothing}
        </svg>
        ${markButtons(g.rows, this.active, (i) => {
          this.show(i);
        })}
        ${active ? this.renderTooltip(active, g) : nothing}
                `
          : nothing}
      </div>
      ${g.workforce
        ? html`<div part="workforce" class="workforce">
            <span class="workforce-figure">${g.workforce.workersText}</span>
            <span class="workforce-text"
              >${g.workforce.label}: workers projected by ${g.workforce.yearText}${g.workforce.growthText
                ? html` (${g.workforce.growthText})`
                : nothing}</span
            >
            ${g.workforce.note ? html`<p class="workforce-note">${g.workforce.note}</p>` : nothing}
          </div>`
        : nothing}
      ${this.renderTable(g, profile)} ${this.renderSources(profile, sourceIds)}
    `;
  }

  /** A vertical line at `x`, drawn in the geometry's bands only (never across a label). */
  private vertical(kind: 'grid' | 'zero' | 'reference', x: number, g: OutlookGeometry) {
    return g.bands.map((b) => svg`<line class=${kind} x1=${x} x2=${x} y1=${b.y1} y2=${b.y2}></line>`);
  }

  private renderRow(r: OutlookRow) {
    return svg`<g class="row ${r.role}">
      <text class="label">${tspans(r.labelLines, r.labelX, r.labelY)}</text>
      <rect part="bar" class="bar ${r.role}" x=${r.barX} y=${r.barY} width=${r.barWidth} height=${r.barHeight}></rect>
      <text class="value" x=${r.valueX} y=${r.valueY}>${r.valueText}</text>
    </g>`;
  }

  private renderTooltip(r: OutlookRow, g: OutlookGeometry) {
    const top = r.box.y + r.box.height + 4;
    return html`<div
      part="tooltip"
      class="tooltip"
      role="tooltip"
      aria-hidden="true"
      style=${styleProps({ top: `${String(top)}px`, left: `${String(g.narrow ? 0 : g.plot.left)}px` })}
    >
      <strong>${r.label}: ${r.valueText}</strong>
      ${r.descriptor ? html`<span>${r.descriptor}.</span>` : nothing} ${r.note ?? nothing}
    </div>`;
  }

  private renderTable(g: OutlookGeometry, profile: Profile) {
    const rows: TableRow[] = g.rows.map((r) => [
      r.label,
      `${r.valueText}${r.descriptor ? ` (${r.descriptor})` : ''}`,
      publisherOf(profile, r.source),
      r.note ?? '',
    ]);
    const w = g.workforce;
    if (w) {
      rows.push([
        `${w.label}: workers in ${w.yearText}`,
        `${w.workersText}${w.growthText ? ` (${w.growthText})` : ''}`,
        publisherOf(profile, w.source),
        w.note ?? '',
      ]);
    }
    return dataTable(`Projected employment growth, ${g.period}`, ['Occupation', 'Growth', 'Source', 'Note'], rows);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'outlook-chart': OutlookChart;
  }
}
