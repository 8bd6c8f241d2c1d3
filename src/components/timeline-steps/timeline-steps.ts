import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CwStepChangeEvent } from '../../events/cw-step-change.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import type { FigureRecord } from '../../layout/figure.js';
import { axis, chartFrame, hatch } from '../../parts/chart-frame.js';
import { figureFooter } from '../../parts/footer.js';
import { marks } from '../../parts/marks.js';
import { svgLabel, svgText } from '../../parts/svg-text.js';
import { dataTable, publisherOf } from '../../parts/table.js';
import { tooltip } from '../../parts/tooltip.js';
import type { Profile, Timeline } from '../../profile/types.js';
import { durationText, layoutTimeline, type StepRow, type TimelineGeometry } from './timeline-steps.layout.js';
import { timelineStepsStyles } from './timeline-steps.styles.js';
import { isolate } from '../../layout/text.js';

/**
 * The steps into the field on a month axis: each dated step placed after the one before it, drawn
 * solid for its shortest time and light up to its longest, so the cumulative range shows; the steps
 * whose time varies are marked as such and left out of the total, which says so.
 *
 * @tagname timeline-steps
 * @summary The steps into the field on a month axis, with min–max spans, the steps that vary, and the total.
 *
 * @csspart total - The sentence with the total time, computed from the dated steps, and the steps it leaves out.
 * @csspart statement - The source's own words for the whole time, beside the computed total.
 * @csspart legend - The key to the solid, light and varying marks.
 * @csspart axis - The grid lines and month labels.
 * @csspart bar - The solid part of a dated step: its shortest time from its earliest start.
 * @csspart range - The light part of a dated step: earliest start to latest end.
 * @csspart marker - The dashed marker of a step whose time varies.
 * @csspart label - Each step's name in the drawing.
 * @csspart step - The focusable area over each step (arrow keys move between steps); shows its timing and note.
 * @csspart tooltip - The timing and note of the step under the pointer or keyboard focus.
 *
 * @cssproperty --cw-timeline-steps-bar-color - The solid part of each span. Default: `--cw-color-accent`.
 * @cssproperty --cw-timeline-steps-range-color - The light, hatched part and its outline. Default: the bar colour.
 * @cssproperty --cw-timeline-steps-varies-color - The dashed marker of a step that varies. Default: `--cw-color-compare`.
 *
 * @event {CwStepChangeEvent} cw-step-change - Focus moved to another step; `detail.id` is its id, `detail.index` its position.
 */
export class TimelineSteps extends CwElement<'timeline', TimelineGeometry> {
  static override styles = [...CwElement.styles, timelineStepsStyles];

  protected readonly sectionName = 'timeline';

  /** The id of the step last announced in `cw-step-change`. */
  private announced?: string;

  protected defaultHeading(_timeline: Timeline, profile: Profile): string {
    return this.t.timelineHeading(isolate(profile.occupation));
  }

  protected layout(timeline: Timeline, { width, fontSize, formats, messages, rtl }: LayoutContext): TimelineGeometry {
    return layoutTimeline(timeline, width, fontSize, formats, messages, rtl);
  }

  protected records({ steps, statement }: Timeline): FigureRecord[] {
    const { formats: f, t } = this;
    const rows: FigureRecord[] = steps.map((s) => ({
      label: s.label,
      value: durationText(s, f, t),
      unit: s.duration ? 'months' : '',
      source: s.source,
      note: s.note,
    }));
    if (statement) rows.push({ label: t.inTheSource, value: statement.text, source: statement.source });
    return rows;
  }

  protected override reservedRows(timeline: Timeline): number {
    // A step is a label, its time and a wrapped decision: about two of the base's rows.
    return Math.ceil(timeline.steps.length * 1.6) + 1;
  }

  private readonly onStepFocus = (index: number): void => {
    const step = this.geometry?.rows[index];
    if (!step || this.announced === step.key) return;
    this.announced = step.key;
    this.dispatchEvent(new CwStepChangeEvent({ id: step.key, index }));
  };

  protected renderFigures(g: TimelineGeometry, { section: timeline, profile }: Ready<'timeline'>): TemplateResult {
    const active = this.active === undefined ? undefined : g.rows[this.active];
    return html`
      <p part="total" class="total">
        ${g.totalText}
        ${timeline.statement ? this.renderStatement(timeline.statement, profile) : nothing}
      </p>
      ${this.renderLegend(g)}
      ${chartFrame({
        ...g,
        key: g,
        drawing: this.drawing,
        vars: { '--_fs-small': `${String(g.smallSize)}px` },
        onLeave: () => {
          this.show(undefined);
        },
        marks: () => svg`<defs>${hatch('ts-hatch', 5)}</defs>
          ${this.renderAxis(g)} ${repeat(g.rows, (r) => r.key, (r) => this.renderRow(r, g))}`,
        overlay: () => html`${marks(g.rows, this.active, this.show, this.roving, {
            part: 'step',
            describedBy: (i) => (g.rows[i]?.decision ? `decision-${String(i)}` : undefined),
            onFocus: this.onStepFocus,
          })}
          ${active ? tooltip(active.box, g.height, this.renderNote(active)) : nothing}
          <div hidden>
            ${g.rows.map((r) =>
              r.decision ? html`<span id="decision-${String(r.index)}">${this.t.decisionPoint}: ${r.decision}</span>` : nothing,
            )}
          </div>`,
      })}
      ${this.renderTable(g, profile)}
      ${figureFooter(g.notes, profile, [...timeline.steps.map((s) => s.source), ...(timeline.statement ? [timeline.statement.source] : [])], this.formats, this.t)}
    `;
  }

  /** The source's own words for the whole time, beside the computed total: "research.com says “about two years”." */
  private renderStatement(statement: NonNullable<Timeline['statement']>, profile: Profile) {
    const publisher = publisherOf(profile, statement.source);
    return html`<span part="statement" class="statement"><bdi>${publisher}</bdi> ${this.t.says} “<bdi>${statement.text}</bdi>”.</span>`;
  }

  private renderLegend(g: TimelineGeometry) {
    const h = 12;
    const w = 22;
    const swatch = (content: TemplateResult) =>
      html`<svg width=${w} height=${h} viewBox="0 0 ${w} ${h}" aria-hidden="true">${content}</svg>`;
    return html`<ul part="legend" class="legend" aria-hidden="true">
      ${g.total ? html`<li>${swatch(svg`<rect class="core" x="0" y="1" width=${w} height=${h - 2}></rect>`)}${this.t.legendShortest}</li>` : nothing}
      ${g.hasRange
        ? html`<li>${swatch(svg`<rect class="range" x="0.5" y="1.5" width=${w - 1} height=${h - 3}></rect>`)}${this.t.legendLongest}</li>`
        : nothing}
      ${g.hasVarying
        ? html`<li>
            ${swatch(svg`<path class="marker" d=${diamond(w / 2, h / 2, h - 2)}></path>`)}${this.t.legendVaries}
          </li>`
        : nothing}
    </ul>`;
  }

  private renderAxis(g: TimelineGeometry) {
    if (!g.ticks.length) return nothing;
    const baseline = { x1: g.plot.left, x2: g.plot.right, y: g.plot.bottom };
    return axis({ ticks: g.ticks, tickY: g.plot.bottom + g.smallSize * 1.15 + 3, grid: g.grid, baseline });
  }

  private renderRow(r: StepRow, g: TimelineGeometry) {
    const mid = r.barY + r.barHeight / 2;
    return svg`<g class="row ${r.varies ? 'varies' : 'dated'}" data-key=${r.key}>
      ${r.dividerY === undefined ? nothing : svg`<line class="divider" x1="0" x2=${g.width} y1=${r.dividerY} y2=${r.dividerY}></line>`}
      ${svgLabel(r)}
      ${svgText({ class: 'duration' }, r.durationLines, r.labelX, r.durationY)}
      <rect class="track" x=${g.plot.left} y=${r.barY} width=${g.plot.right - g.plot.left} height=${r.barHeight}></rect>
      ${r.range ? svg`<rect part="range" class="range" x=${r.range.x + 0.5} y=${r.barY + 0.5} width=${Math.max(0, r.range.width - 1)} height=${r.barHeight - 1}></rect>` : nothing}
      ${r.core ? svg`<rect part="bar" class="core" x=${r.core.x} y=${r.barY} width=${r.core.width} height=${r.barHeight}></rect>` : nothing}
      ${r.window ? svg`<line class="window" x1=${r.window.x1} x2=${r.window.x2} y1=${r.window.y} y2=${r.window.y}></line>` : nothing}
      ${r.marker ? svg`<path part="marker" class="marker" d=${diamond(r.marker.x, mid, r.marker.size)}></path>` : nothing}
      ${r.decisionLines.length ? svgText({ class: 'decision' }, r.decisionLines, r.decisionX, r.decisionY) : nothing}
    </g>`;
  }

  private renderNote(r: StepRow) {
    return html`<strong><bdi>${r.label}</bdi>: <bdi>${r.durationText}</bdi></strong>
      <span>${r.timing}</span>
      ${r.sourceWords ? html`<span class="quiet">${this.t.inTheSource}: “<bdi>${r.sourceWords}</bdi>”</span>` : nothing}
      ${r.note ? html`<bdi>${r.note}</bdi>` : nothing}`;
  }

  private renderTable(g: TimelineGeometry, profile: Profile) {
    return dataTable(
      this.t.tableStepsCaption(g.totalText),
      [this.t.tableStep, this.t.tableTypicalTime, this.t.tableWhen, this.t.tableDecision, this.t.tableSource, this.t.tableNote],
      g.rows.map((r) => [
        r.label,
        `${r.durationText}${r.sourceWords ? ` (“${r.sourceWords}”)` : ''}`,
        r.timing,
        r.decision ?? '',
        publisherOf(profile, r.source),
        r.note ?? '',
      ]),
    );
  }
}

/** A diamond centred on (x, y), `size` from point to point. */
function diamond(x: number, y: number, size: number): string {
  const h = size / 2;
  return `M${String(x - h)} ${String(y)}L${String(x)} ${String(y - h)}L${String(x + h)} ${String(y)}L${String(x)} ${String(y + h)}Z`;
}

declare global {
  interface HTMLElementTagNameMap {
    'timeline-steps': TimelineSteps;
  }
}
