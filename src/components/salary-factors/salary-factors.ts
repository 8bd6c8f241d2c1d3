import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { CwFactorSelectEvent } from '../../events/cw-factor-select.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import type { FigureRecord } from '../../layout/figure.js';
import { axis, chartFrame, hatch } from '../../parts/chart-frame.js';
import { figureFooter } from '../../parts/footer.js';
import { marks } from '../../parts/marks.js';
import { citation } from '../../layout/figure.js';
import { svgLabel } from '../../parts/svg-text.js';
import { dataTable, publisherOf } from '../../parts/table.js';
import { tooltip } from '../../parts/tooltip.js';
import type { Profile, Salary, SalaryFactor } from '../../profile/types.js';
import { amountWords, layoutSalary, salaryFigures, type SalaryGeometry, type SalaryRow } from './salary-factors.layout.js';
import { salaryFactorsStyles } from './salary-factors.styles.js';
import { isolate } from '../../layout/text.js';

/**
 * Median pay and the experienced-level figure on one scale, related roles' pay as markers on the
 * same scale, and the factors that move pay as disclosure buttons, each with its explanation.
 *
 * A figure whose `bound` is `"lower"` (the guide's "over $70,000") is drawn as "$70,000+" with a run
 * that fades off toward the scale's end: a lower bound, never a maximum. No figure the profile does
 * not give is drawn.
 *
 * @tagname salary-factors
 * @summary Pay figures on a scale, cited, with the factors that move pay as accessible disclosures.
 *
 * @csspart axis - The grid lines and tick labels.
 * @csspart marker - Each figure's mark on the scale (`class="marker median"`, `experienced` or `related`).
 * @csspart open-end - The run of a lower bound ("$70,000+") toward the scale's end, with its arrow.
 * @csspart label - Each figure's label.
 * @csspart value - Each figure's amount beside its mark.
 * @csspart mark - The focusable area over each figure's row that shows its note (one Tab stop; arrow keys move between figures).
 * @csspart tooltip - The note of the figure under the pointer or keyboard focus.
 * @csspart factors - The list of factors that can affect pay.
 * @csspart factors-heading - The title over the factors.
 * @csspart factor - Each factor (a list item).
 * @csspart factor-button - The button that shows or hides a factor's explanation (`aria-expanded`).
 * @csspart factor-panel - A factor's explanation.
 *
 * @cssproperty --cw-salary-factors-figure-color - The occupation's own marks (median, experienced). Default: `--cw-color-accent`.
 * @cssproperty --cw-salary-factors-compare-color - Related roles' marks. Default: `--cw-color-compare`.
 * @cssproperty --cw-salary-factors-track-color - Each figure's track along the scale. Default: `--cw-color-grid`.
 *
 * @event {CwFactorSelectEvent} cw-factor-select - A factor was expanded; `detail.id` is its id, `detail.label` its label.
 */
export class SalaryFactors extends CwElement<'salary', SalaryGeometry> {
  static override styles = [...CwElement.styles, salaryFactorsStyles];

  protected readonly sectionName = 'salary';

  /** Up and Down move between the factor buttons, Home and End go to the first and last. */
  private readonly factorKeys = new RovingFocusController(this, '.factor-button');

  /** Ids of the factors whose explanations are shown. */
  @state() private expanded: ReadonlySet<string> = new Set<string>();

  protected defaultHeading(_salary: Salary, profile: Profile): string {
    return this.t.salaryHeading(isolate(lowerFirst(profile.occupation)));
  }

  protected layout(salary: Salary, { width, fontSize, formats, messages, rtl }: LayoutContext): SalaryGeometry {
    return layoutSalary(salary, width, fontSize, formats, messages, rtl);
  }

  protected records(salary: Salary): FigureRecord[] {
    const { formats: f, t } = this;
    const unit = salary.currency;
    return [
      ...salaryFigures(salary).map(({ figure: x, kind }) => ({
        label: kind === 'related' ? `${x.label}${t.relatedSuffix}` : x.label,
        value: amountWords(x, unit, f, t),
        unit,
        source: x.source,
        note: x.note,
      })),
      ...(salary.factors ?? []).map((x) => ({ label: x.label, value: x.description, source: x.source })),
    ];
  }

  protected override reservedRows(salary: Salary): number {
    const figures = 1 + (salary.experienced ? 1 : 0) + (salary.related?.length ?? 0);
    return figures + 1 + Math.ceil((salary.factors?.length ?? 0) * 0.8);
  }

  private toggle(factor: SalaryFactor): void {
    const next = new Set(this.expanded);
    const opening = !next.has(factor.id);
    if (opening) next.add(factor.id);
    else next.delete(factor.id);
    this.expanded = next;
    if (opening) this.dispatchEvent(new CwFactorSelectEvent({ id: factor.id, label: factor.label }));
  }

  protected renderFigures(g: SalaryGeometry, { section: salary, profile }: Ready<'salary'>): TemplateResult {
    const active = this.active === undefined ? undefined : g.rows[this.active];
    const factors = salary.factors ?? [];
    const sourceIds = [...g.rows.map((r) => r.source), ...factors.map((f) => f.source)];
    const run = g.rows.find((r) => r.run)?.run;
    return html`
      ${chartFrame({
        ...g,
        key: g,
        drawing: this.drawing,
        onLeave: () => {
          this.show(undefined);
        },
        marks: () => svg`${run
            ? svg`<defs>
                <linearGradient id="open-run" x1=${run.x1 < run.x0 ? 1 : 0} x2=${run.x1 < run.x0 ? 0 : 1} y1="0" y2="0">
                  <stop class="run-stop run-start" offset="0"></stop>
                  <stop class="run-stop run-end" offset="1"></stop>
                </linearGradient>
                ${hatch('open-hatch')}
              </defs>`
            : nothing}
          ${axis({ ticks: g.ticks, tickY: g.plot.bottom + g.fontSize * 1.2, grid: g.grid })}
          ${repeat(g.rows, (r) => r.key, (r) => this.renderRow(r, g))}`,
        overlay: () => html`${marks(g.rows, this.active, this.show, this.roving)}
          ${active ? tooltip(active.box, g.height, this.renderNote(active, profile)) : nothing}`,
      })}
      ${factors.length ? this.renderFactors(factors) : nothing} ${this.renderTable(g, profile)}
      ${figureFooter(g.notes, profile, sourceIds, this.formats, this.t)}
    `;
  }

  private renderRow(r: SalaryRow, g: SalaryGeometry) {
    const half = g.bandHeight / 2;
    const s = g.markSize;
    let mark;
    if (r.kind === 'related') {
      mark = svg`<path part="marker" class="marker related" d="M${r.x},${r.y - s - 1}L${r.x + s + 1},${r.y}L${r.x},${r.y + s + 1}L${r.x - s - 1},${r.y}Z"></path>`;
    } else if (r.run) {
      // Toward the scale's end: rightward, or leftward right to left.
      const a = Math.round(half * 0.7) * Math.sign(r.run.x1 - r.run.x0);
      mark = svg`<g part="open-end" class="open-end">
          <rect class="run" x=${Math.min(r.run.x0, r.run.x1)} y=${r.y - half} width=${Math.abs(r.run.x1 - r.run.x0)} height=${g.bandHeight}></rect>
          <path class="arrow" d="M${r.run.x1 - a},${r.y - a}L${r.run.x1},${r.y}L${r.run.x1 - a},${r.y + a}"></path>
        </g>
        <rect part="marker" class="marker ${r.kind} open" x=${r.x - 1.5} y=${r.y - half - 2} width="3" height=${g.bandHeight + 4}></rect>`;
    } else {
      mark = svg`<circle part="marker" class="marker ${r.kind}" cx=${r.x} cy=${r.y} r=${s}></circle>`;
    }
    return svg`<g class="row ${r.kind}" data-key=${r.key}>
      ${svgLabel(r)}
      <line class="track" x1=${g.plot.left} x2=${g.plot.right} y1=${r.y + 0.5} y2=${r.y + 0.5}></line>
      ${mark}
      <text part="value" class="value" x=${r.valueX} y=${r.valueY} text-anchor=${r.valueAnchor}>${r.valueText}</text>
    </g>`;
  }

  private renderNote(r: SalaryRow, profile: Profile) {
    return html`<strong><bdi>${r.label}</bdi>: ${r.amountWords}</strong>
      ${r.note ? html`<bdi>${r.note}</bdi>` : nothing}
      <span class="quiet">${citation(profile, r.source, this.formats, this.t)}</span>`;
  }

  private renderFactors(factors: readonly SalaryFactor[]) {
    return html`<div part="factors" class="factors">
      <p part="factors-heading" class="factors-heading" id="factors-heading">${this.t.factorsHeading}</p>
      <ul class="factor-list" aria-labelledby="factors-heading">
        ${repeat(
          factors,
          (f) => f.id,
          (f, i) => {
            const open = this.expanded.has(f.id);
            return html`<li part="factor" class="factor" data-id=${f.id}>
              <button
                type="button"
                part="factor-button"
                class="factor-button"
                id="factor-button-${String(i)}"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="factor-panel-${String(i)}"
                @click=${() => {
                  this.toggle(f);
                }}
                @keydown=${this.factorKeys.keydown}
              >
                <bdi class="factor-label">${f.label}</bdi>
                <span class="chevron" aria-hidden="true"></span>
              </button>
              <div part="factor-panel" class="factor-panel" id="factor-panel-${String(i)}" ?hidden=${!open}>
                <p><bdi>${f.description}</bdi></p>
              </div>
            </li>`;
          },
        )}
      </ul>
    </div>`;
  }

  private renderTable(g: SalaryGeometry, profile: Profile) {
    const { t } = this;
    return dataTable(
      t.tablePayCaption(g.currency),
      [t.tableFigure, t.tableAnnualPay, t.tableSource, t.tableNote],
      g.rows.map((r) => [
        `${r.label}${r.kind === 'related' ? t.relatedSuffix : ''}`,
        r.amountWords,
        publisherOf(profile, r.source),
        r.note ?? '',
      ]),
    );
  }
}

/** "Health information technician" → "health information technician"; "RHIT" stays. */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

declare global {
  interface HTMLElementTagNameMap {
    'salary-factors': SalaryFactors;
  }
}
