import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CwFitChangeEvent } from '../../events/cw-fit-change.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import type { FigureRecord } from '../../layout/figure.js';
import { proseStyles } from '../../parts/prose.js';
import { sourceLine } from '../../parts/sources.js';
import type { Fit } from '../../profile/types.js';
import { countFit, layoutFit, type FitChoice, type FitGeometry } from './fit-check.layout.js';
import { fitCheckStyles } from './fit-check.styles.js';

/**
 * Who the career suits and who it may not, in the guide's pairs: side by side when wide, stacked
 * when narrow. With `interactive`, each pair is a choice ("This is me" / "Not me" for its good-fit
 * side) and a polite live summary counts the choices: "4 of 5 lean toward a good fit". Nothing is
 * scored beyond that count and no advice is added.
 *
 * @tagname fit-check
 * @summary Who the career suits and who it may not, side by side; optionally a choice per pair with a live count.
 *
 * @attr interactive - Makes each pair a choice and shows the count of choices.
 *
 * @csspart pairs - The list of pairs.
 * @csspart pair - Each pair.
 * @csspart good - A pair's good-fit side.
 * @csspart not-good - A pair's may-not-be-a-good-fit side.
 * @csspart choice - A pair's radio buttons (with `interactive`).
 * @csspart summary - The count of choices (with `interactive`; `aria-live="polite"`).
 *
 * @cssproperty --cw-fit-check-good-color - The rule beside the good-fit side, and the radio buttons. Default: `--cw-color-accent`.
 * @cssproperty --cw-fit-check-not-color - The dashed rule beside the other side. Default: `--cw-color-compare`.
 *
 * @event {CwFitChangeEvent} cw-fit-change - A choice changed; `detail.good` leans toward a good fit of `detail.total` choices made.
 */
export class FitCheck extends CwElement<'fit', FitGeometry> {
  static override styles = [...CwElement.styles, proseStyles, fitCheckStyles];

  protected readonly sectionName = 'fit';

  /** Each pair becomes a choice, counted in a live summary. */
  @property({ type: Boolean, reflect: true }) interactive = false;

  /** The reader's choice per pair id. */
  @state() private choices: ReadonlyMap<string, FitChoice> = new Map<string, FitChoice>();

  protected defaultHeading(fit: Fit): string {
    return fit.title ?? this.t.fitHeading;
  }

  protected layout(fit: Fit, { width }: LayoutContext): FitGeometry {
    return layoutFit(fit, width);
  }

  protected records(fit: Fit): FigureRecord[] {
    return fit.pairs.flatMap((p) => [
      { label: this.t.fitGood, value: p.good, source: p.source },
      { label: this.t.fitNotGood, value: p.notGood, source: p.source },
    ]);
  }

  private choose(g: FitGeometry, id: string, choice: FitChoice): void {
    this.choices = new Map(this.choices).set(id, choice);
    this.dispatchEvent(new CwFitChangeEvent(countFit(g.pairs, this.choices)));
  }

  protected renderFigures(g: FitGeometry, { profile }: Ready<'fit'>): TemplateResult {
    const { good, total } = countFit(g.pairs, this.choices);
    const radio = (id: string, value: FitChoice, text: string) =>
      html`<label
        ><input
          type="radio"
          name="fit-${id}"
          value=${value}
          .checked=${this.choices.get(id) === value}
          @change=${() => {
            this.choose(g, id, value);
          }}
        />${text}</label
      >`;
    return html`<ul part="pairs" class="plain-list ${g.narrow ? '' : 'wide'}" aria-labelledby="heading">
        ${repeat(
          g.pairs,
          (p) => p.id,
          (p) => html`<li part="pair" class="pair ruled" data-id=${p.id}>
            <p part="good" class="side lead" id="good-${p.id}"><span class="tag quiet small">${this.t.fitGood}</span><bdi>${p.good}</bdi></p>
            <p part="not-good" class="side lead-dashed"><span class="tag quiet small">${this.t.fitNotGood}</span><bdi>${p.notGood}</bdi></p>
            ${this.interactive
              ? html`<div part="choice" class="choice" role="radiogroup" aria-labelledby="good-${p.id}">
                  ${radio(p.id, 'me', this.t.fitMe)} ${radio(p.id, 'not-me', this.t.fitNotMe)}
                </div>`
              : nothing}
          </li>`,
        )}
      </ul>
      ${this.interactive
        ? html`<p part="summary" class="summary" role="status" aria-live="polite">${total ? this.t.fitCount(good, total) : this.t.fitStart}</p>`
        : nothing}
      ${sourceLine(profile, g.sourceIds, this.formats, this.t)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fit-check': FitCheck;
  }
}
