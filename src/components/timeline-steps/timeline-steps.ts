import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../internal/style-props.js';
import { CwStepChangeEvent } from '../../events/cw-step-change.js';
import { tspans } from '../../internal/svg-text.js';
import { dataTable, publisherOf } from '../../internal/table.js';
import { CwElement, type LayoutContext, type View } from '../../internal/cw-element.js';
import type { Profile, Timeline } from '../../profile/types.js';
import { layoutTimeline, type StepRow, type TimelineGeometry } from './timeline-steps.layout.js';
import { timelineStepsStyles } from './timeline-steps.styles.js';

const KEYS_BACK = new Set(['ArrowUp', 'ArrowLeft']);
const KEYS_NEXT = new Set(['ArrowDown', 'ArrowRight']);

/**
 * The steps into the field on a month axis: each dated step placed after the one before it, drawn
 * solid for its shortest time and light up to its longest, so the cumulative range shows; the steps
 * whose time varies are marked as such and left out of the total, which says so.
 *
 * @tagname timeline-steps
 * @summary The steps into the field on a month axis, with min–max spans, the steps that vary, and the total.
 *
 * @csspart total - The sentence with the total time and the steps it leaves out.
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

  /** Index of the step that takes Tab focus (roving tabindex). */
  @state() private tabStop = 0;
  /** The id of the step last announced in `cw-step-change`. */
  private announced?: string;

  protected defaultHeading(_timeline: Timeline, profile: Profile): string {
    return `${profile.occupation}: typical timeline to enter the field`;
  }

  protected layout(timeline: Timeline, { width, fontSize, formats }: LayoutContext): TimelineGeometry {
    return layoutTimeline(timeline, width, fontSize, formats);
  }

  protected override reservedRows(timeline: Timeline): number {
    // A step is a label, its time and a wrapped decision: about two of the base's rows.
    return Math.ceil(timeline.steps.length * 1.6) + 1;
  }

  private steps(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.step')];
  }

  private onStepFocus(row: StepRow): void {
    this.tabStop = row.index;
    this.active = row.index;
    if (this.announced !== row.key) {
      this.announced = row.key;
      this.emit(new CwStepChangeEvent({ id: row.key, index: row.index }));
    }
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (this.active !== undefined) {
        this.active = undefined;
        event.stopPropagation();
      }
      return;
    }
    const steps = this.steps();
    const current = steps.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    let next: number;
    if (KEYS_NEXT.has(event.key)) next = Math.min(current + 1, steps.length - 1);
    else if (KEYS_BACK.has(event.key)) next = Math.max(current - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = steps.length - 1;
    else return;
    event.preventDefault();
    steps[next]?.focus();
  };

  protected renderFigures(g: TimelineGeometry, view: View<Timeline> & { kind: 'ready' }): TemplateResult {
    const { section: timeline, profile } = view;
    const tabStop = Math.min(this.tabStop, g.rows.length - 1);
    const active = this.active === undefined ? undefined : g.rows[this.active];
    return html`
      <p part="total" class="total">${g.totalText}</p>
      ${this.renderLegend(g)}
      <div
        part="chart"
        class="chart"
        style=${styleProps({ 'block-size': this.drawing ? undefined : `${String(g.height)}px`, '--_fs': `${String(g.fontSize)}px`, '--_fs-small': `${String(g.smallSize)}px` })}
        @pointerleave=${() => (this.active = undefined)}
      >
        ${this.drawing
          ? html`
        <svg role="img" aria-label=${g.summary} width=${g.width} height=${g.height} viewBox="0 0 ${g.width} ${g.height}">
          <defs>
            <pattern id="ts-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="hatch-bg" width="5" height="5"></rect>
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line>
            </pattern>
          </defs>
          ${this.renderAxis(g)} ${repeat(g.rows, (r) => r.key, (r) => this.renderRow(r, g))}
        </svg>
        <ol class="steps" aria-label="Steps" @keydown=${this.onKeydown}>
          ${repeat(
            g.rows,
            (r) => r.key,
            (r) => html`<li>
              <button
                type="button"
                part="step"
                class="mark step"
                data-key=${r.key}
                tabindex=${r.index === tabStop ? '0' : '-1'}
                aria-label=${r.ariaLabel}
                aria-describedby=${[r.decision ? `decision-${String(r.index)}` : '', r.note ? `note-${String(r.index)}` : '']
                  .filter(Boolean)
                  .join(' ') || nothing}
                aria-expanded=${this.active === r.index ? 'true' : 'false'}
                style=${styleProps({
                  left: `${String(r.box.x)}px`,
                  top: `${String(r.box.y)}px`,
                  width: `${String(r.box.width)}px`,
                  height: `${String(r.box.height)}px`,
                })}
                @pointerenter=${() => (this.active = r.index)}
                @focus=${() => this.onStepFocus(r)}
                @blur=${() => (this.active = undefined)}
                @click=${() => (this.active = this.active === r.index ? undefined : r.index)}
              ></button>
            </li>`,
          )}
        </ol>
        ${active ? this.renderTooltip(active, g) : nothing}
        <div hidden>
          ${g.rows.map(
            (r) => html`${r.decision ? html`<span id="decision-${String(r.index)}">Decision point: ${r.decision}</span>` : nothing}
            ${r.note ? html`<span id="note-${String(r.index)}">${r.note}</span>` : nothing}`,
          )}
        </div>
                `
          : nothing}
      </div>
      ${this.renderTable(g, profile)} ${this.renderSources(profile, timeline.steps.map((s) => s.source))}
    `;
  }

  private renderLegend(g: TimelineGeometry) {
    const h = 12;
    const w = 22;
    const swatch = (content: TemplateResult) =>
      html`<svg width=${w} height=${h} viewBox="0 0 ${w} ${h}" aria-hidden="true">${content}</svg>`;
    return html`<ul part="legend" class="legend" aria-hidden="true">
      ${g.total ? html`<li>${swatch(svg`<rect class="core" x="0" y="1" width=${w} height=${h - 2}></rect>`)}Shortest time</li>` : nothing}
      ${g.hasRange
        ? html`<li>${swatch(svg`<rect class="range" x="0.5" y="1.5" width=${w - 1} height=${h - 3}></rect>`)}Up to the longest</li>`
        : nothing}
      ${g.hasVarying
        ? html`<li>
            ${swatch(svg`<path class="marker" d=${diamond(w / 2, h / 2, h - 2)}></path>`)}Time varies: not in the total
          </li>`
        : nothing}
    </ul>`;
  }

  private renderAxis(g: TimelineGeometry) {
    if (!g.ticks.length) return nothing;
    const y = g.plot.bottom + g.smallSize * 1.15;
    return svg`<g part="axis" class="axis">
      ${g.narrow
        ? nothing
        : g.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${g.plot.top} y2=${g.plot.bottom}></line>`)}
      <line class="baseline" x1=${g.plot.left} x2=${g.plot.right} y1=${g.plot.bottom + 0.5} y2=${g.plot.bottom + 0.5}></line>
      ${g.ticks.map(
        (t) => svg`<line class="baseline" x1=${t.x} x2=${t.x} y1=${g.plot.bottom} y2=${g.plot.bottom + 4}></line>
          ${t.text ? svg`<text class="tick" x=${t.x} y=${y + 3} text-anchor=${t.anchor}>${t.text}</text>` : nothing}`,
      )}
    </g>`;
  }

  private renderRow(r: StepRow, g: TimelineGeometry) {
    const mid = r.barY + r.barHeight / 2;
    return svg`<g class="row ${r.varies ? 'varies' : 'dated'}" data-key=${r.key}>
      ${r.dividerY === undefined ? nothing : svg`<line class="divider" x1="0" x2=${g.width} y1=${r.dividerY} y2=${r.dividerY}></line>`}
      <text part="label" class="label">${tspans(r.labelLines, r.labelX, r.labelY)}</text>
      <text class="duration">${tspans(r.durationLines, r.labelX, r.durationY)}</text>
      <rect class="track" x=${g.plot.left} y=${r.barY} width=${g.plot.right - g.plot.left} height=${r.barHeight}></rect>
      ${g.narrow
        ? g.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${r.barY - 3} y2=${r.barY + r.barHeight + 3}></line>`)
        : nothing}
      ${r.range ? svg`<rect part="range" class="range" x=${r.range.x + 0.5} y=${r.barY + 0.5} width=${Math.max(0, r.range.width - 1)} height=${r.barHeight - 1}></rect>` : nothing}
      ${r.core ? svg`<rect part="bar" class="core" x=${r.core.x} y=${r.barY} width=${r.core.width} height=${r.barHeight}></rect>` : nothing}
      ${r.window ? svg`<line class="window" x1=${r.window.x1} x2=${r.window.x2} y1=${r.window.y} y2=${r.window.y}></line>` : nothing}
      ${r.marker ? svg`<path part="marker" class="marker" d=${diamond(r.marker.x, mid, r.marker.size)}></path>` : nothing}
      ${r.decisionLines.length
        ? svg`<text class="decision">${tspans(r.decisionLines, r.decisionX, r.decisionY)}</text>`
        : nothing}
    </g>`;
  }

  private renderTooltip(r: StepRow, g: TimelineGeometry) {
    // Under a step in the upper part of the chart, over one lower down: it stays inside the element.
    const below = r.box.y + r.box.height < g.height * 0.6;
    const place = below ? { top: `${String(r.box.y + r.box.height + 4)}px` } : { bottom: `${String(g.height - r.box.y + 4)}px` };
    return html`<div
      part="tooltip"
      class="tooltip"
      role="tooltip"
      aria-hidden="true"
      style=${styleProps({ ...place, left: `${String(r.decisionX)}px` })}
    >
      <strong>${r.label}: ${r.durationText}</strong>
      <span>${r.timing}</span>
      ${r.sourceWords ? html`<span class="quiet">In the source: “${r.sourceWords}”</span>` : nothing}
      ${r.note ? html`<span>${r.note}</span>` : nothing}
    </div>`;
  }

  private renderTable(g: TimelineGeometry, profile: Profile) {
    return dataTable(
      `Steps and typical time. ${g.totalText}`,
      ['Step', 'Typical time', 'When', 'Decision point', 'Source', 'Note'],
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
