import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { StoredSetController } from '../../controllers/stored-set.js';
import { CwCheckChangeEvent } from '../../events/cw-check-change.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import { figureValue, unitOf, type FigureRecord } from '../../layout/figure.js';
import { noteMarker, notesList } from '../../parts/notes.js';
import { proseStyles, subheading } from '../../parts/prose.js';
import { sourceLine } from '../../parts/sources.js';
import { dataTable } from '../../parts/table.js';
import type { Checklist } from '../../profile/types.js';
import { checklistMode, layoutChecklist, type ChecklistGeometry, type ChecklistItem } from './program-checklist.layout.js';
import { programChecklistStyles } from './program-checklist.styles.js';

/**
 * The questions to ask before choosing a program, then the better approach to each common mistake
 * (with the mistake and why it can hurt). Two views:
 *
 * - `checklist`: each item a real checkbox a reader ticks while researching programs. The ticks are
 *   kept in localStorage for the page, under the element's `id` or its `storage-key`; without
 *   storage (private mode, blocked) they last for the visit. A reset control clears them. Checked
 *   items print as checked.
 * - `answers`: a program page's own answers from its profile (`checklist.questions[].answer`),
 *   each with its figure and source; a question it does not answer stays a question. No answer is
 *   ever made up.
 *
 * @tagname program-checklist
 * @summary The questions to ask a program and the mistakes to avoid: a reader's checklist, or a program's cited answers.
 *
 * @attr mode - `checklist` or `answers`. Default: `answers` when the profile answers any question, else `checklist`.
 * @attr storage-key - The name the ticks are kept under on this page. Default: the element's `id`; without either, ticks last for the visit.
 *
 * @csspart items - The list of questions.
 * @csspart item - Each question or better approach (`class="item answered"` or `unanswered` in the answers view).
 * @csspart checkbox - Each item's checkbox (checklist view).
 * @csspart label - Each checkbox's label.
 * @csspart context - A better approach's mistake and why it can hurt.
 * @csspart subheading - The title over the mistakes.
 * @csspart approaches - The list of better approaches.
 * @csspart answer - A program's answer, with its figure and source.
 * @csspart controls - The count of ticked items and the reset control.
 * @csspart reset - The button that clears every tick.
 * @csspart notes - The answers' notes.
 *
 * @cssproperty --cw-program-checklist-check-color - Checkboxes and the rule beside an answered question. Default: `--cw-color-accent`.
 * @cssproperty --cw-program-checklist-rule-color - Rules between items. Default: `--cw-color-grid`.
 *
 * @event {CwCheckChangeEvent} cw-check-change - An item was ticked or unticked (also for each item the reset clears); `detail.id`, `detail.checked`.
 */
export class ProgramChecklist extends CwElement<'checklist', ChecklistGeometry> {
  static override styles = [...CwElement.styles, proseStyles, programChecklistStyles];

  protected readonly sectionName = 'checklist';

  /** `checklist` or `answers`; unset, the answers when the profile gives any. */
  @property({ reflect: true }) mode?: 'checklist' | 'answers';

  /** The name the ticks are kept under on this page; default: the element's `id`. */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;

  private readonly checks = new StoredSetController(this);

  /** Up and Down (and Home, End) move between the checkboxes; each is also its own Tab stop. */
  private readonly checkKeys = new RovingFocusController(this, '.check');

  protected defaultHeading(checklist: Checklist): string {
    return checklist.title ?? this.t.checklistHeading;
  }

  protected layout(checklist: Checklist, { width, formats, profile, messages }: LayoutContext): ChecklistGeometry {
    return layoutChecklist(checklist, width, formats, profile, messages);
  }

  protected records(checklist: Checklist): FigureRecord[] {
    return [
      ...checklist.questions.flatMap((q) => {
        const a = q.answer;
        const x = a?.figure;
        const row = { label: q.text, value: a?.text, source: a?.source ?? q.source, note: a?.note };
        return x ? [row, { label: x.label, value: figureValue(x, this.formats), unit: unitOf(x), source: row.source }] : [row];
      }),
      ...(checklist.mistakes ?? []).map((m) => ({ label: m.mistake, value: m.approach, source: m.source })),
    ];
  }

  protected override willUpdate(): void {
    this.checks.use(this.storageKey?.trim() || this.id || undefined);
    super.willUpdate();
  }

  private toggle(id: string, checked: boolean): void {
    this.checks.set(id, checked);
    this.dispatchEvent(new CwCheckChangeEvent({ id, checked }));
  }

  protected renderFigures(g: ChecklistGeometry, { profile }: Ready<'checklist'>): TemplateResult {
    const answers = checklistMode(this.mode, g.answered) === 'answers';
    const all = [...g.questions, ...g.approaches];
    const ticked = all.filter((item) => this.checks.ids.has(item.id));
    const item = (i: ChecklistItem) => this.renderItem(i, answers);
    return html`<ol part="items" class="plain-list ${answers && !g.narrow ? 'wide' : ''}" aria-labelledby="heading">
        ${repeat(g.questions, (q) => q.id, item)}
      </ol>
      ${g.approaches.length
        ? html`${subheading('mistakes-heading', g.mistakesTitle ?? this.t.checklistMistakes)}
            <ul part="approaches" class="plain-list" aria-labelledby="mistakes-heading">
              ${repeat(g.approaches, (a) => a.id, item)}
            </ul>`
        : nothing}
      ${answers
        ? html`${notesList(g.notes, this.t.notes)} ${g.figures.length ? dataTable(this.t.checklistFigures, this.t.checklistColumns, g.figures) : nothing}`
        : html`<div part="controls" class="controls ruled quiet small">
            <p class="progress" aria-live="polite">${this.t.checklistChecked(ticked.length, all.length)}</p>
            <button
              type="button"
              part="reset"
              class="reset"
              @click=${() => {
                this.checks.clear();
                for (const t of ticked) this.dispatchEvent(new CwCheckChangeEvent({ id: t.id, checked: false }));
              }}
            >${this.t.checklistReset}</button>
            ${this.checks.saved ? nothing : html`<p class="visit-only">${this.t.checklistVisitOnly}</p>`}
          </div>`}
      ${sourceLine(profile, answers ? [...g.sourceIds, ...g.answerSourceIds] : g.sourceIds, this.formats, this.t)}`;
  }

  /** A question or an approach: a checkbox and its label, or (answers view) the text and any answer. */
  private renderItem(item: ChecklistItem, answers: boolean) {
    const { id, answer: a } = item;
    const question = !item.mistake;
    const context = item.mistake
      ? html`<p part="context" class="context quiet small" id="context-${id}">
          <span class="term">${this.t.checklistMistake}</span> <bdi>${item.mistake}</bdi><br /><span class="term">${this.t.checklistWhy}</span>
          <bdi>${item.why}</bdi>
        </p>`
      : nothing;
    if (answers) {
      const state = question ? (a ? 'answered lead' : 'unanswered lead-dashed') : '';
      return html`<li part="item" class="item ruled ${state}" data-id=${id}>
        <p class="question"><bdi>${item.text}</bdi></p>
        ${a
          ? html`<p part="answer" class="answer">
              <span class="sr-only">${this.t.checklistAnswer} </span><bdi>${a.text}</bdi>${noteMarker(a.marker)}
              <span class="quiet">(<bdi>${a.citation}</bdi>)</span>
              ${a.figure ? html`<br /><bdi>${a.figure}</bdi>` : nothing}
            </p>`
          : question
            ? html`<p class="status quiet">${this.t.checklistUnanswered}</p>`
            : context}
      </li>`;
    }
    return html`<li part="item" class="item ruled checkable" data-id=${id}>
      <input
        type="checkbox"
        part="checkbox"
        class="check"
        id="check-${id}"
        .checked=${this.checks.ids.has(id)}
        aria-describedby=${item.mistake ? `context-${id}` : nothing}
        @change=${(e: Event) => {
          this.toggle(id, (e.target as HTMLInputElement).checked);
        }}
        @keydown=${this.checkKeys.keydown}
      />
      <label part="label" for="check-${id}"><bdi>${item.text}</bdi></label>
      ${context}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'program-checklist': ProgramChecklist;
  }
}
