import { css, html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';
import type { RovingFocusController } from '../controllers/roving-focus.js';
import { element } from '../internal/dom.js';
import type { Box } from '../layout/grid.js';

/** A drawn figure's box, and what a keyboard or screen-reader user is told about it. */
export interface MarkRow {
  readonly key: string;
  readonly ariaLabel: string;
  readonly note?: string;
  readonly box: Box;
}

export interface MarkOptions {
  /** The part name of each mark: `mark`, or the element's own (`step`). */
  readonly part?: string;
  /** Ids of elements that also describe mark `i` (a step's decision, say). */
  readonly describedBy?: (i: number) => string | undefined;
  /** Called when mark `i` receives focus. */
  readonly onFocus?: (i: number) => void;
  /** Called when mark `i` is chosen: a click, Enter or Space. */
  readonly onSelect?: (i: number) => void;
}

/**
 * The buttons and the hidden notes that describe them, made with DOM calls when the rows change
 * (a new layout) and otherwise only patched: which one is the Tab stop and which is expanded. A
 * hover's re-render touches two attributes per mark instead of a template's eight bindings.
 */
class MarkButtons extends Directive {
  private rows?: readonly MarkRow[];
  private buttons: HTMLButtonElement[] = [];
  private notes?: HTMLElement;

  render(_rows: readonly MarkRow[], _active: number | undefined, _roving: RovingFocusController, _options: MarkOptions): unknown {
    return noChange;
  }

  override update(_part: Part, [rows, active, roving, options]: [readonly MarkRow[], number | undefined, RovingFocusController, MarkOptions]): unknown {
    let built: DocumentFragment | typeof noChange = noChange;
    if (rows !== this.rows) {
      this.rows = rows;
      // A new layout of as many figures keeps its buttons (and the keyboard focus on one of them).
      const fresh = rows.length !== this.buttons.length || !this.notes;
      if (fresh) this.buttons = rows.map(() => element('button', undefined, { type: 'button' }) as HTMLButtonElement);
      const partName = options.part ?? 'mark';
      this.buttons.forEach((button, i) => {
        const r = rows[i];
        if (!r) return;
        const describedBy = [options.describedBy?.(i), r.note ? `note-${String(i)}` : undefined].filter(Boolean).join(' ');
        button.setAttribute('part', partName);
        button.className = partName === 'mark' ? 'mark' : `mark ${partName}`;
        button.dataset.key = r.key;
        button.setAttribute('aria-label', r.ariaLabel);
        if (describedBy) button.setAttribute('aria-describedby', describedBy);
        else button.removeAttribute('aria-describedby');
        for (const [name, value] of [['left', r.box.x], ['top', r.box.y], ['width', r.box.width], ['height', r.box.height]] as const) {
          button.style.setProperty(name, `${String(value)}px`);
        }
      });
      const notes = rows.flatMap((r, i) => (r.note ? [element('span', r.note, { id: `note-${String(i)}` })] : []));
      if (fresh) {
        this.notes = element('div', undefined, { hidden: '' }, notes);
        built = document.createDocumentFragment();
        built.append(...this.buttons, this.notes);
      } else {
        this.notes?.replaceChildren(...notes);
      }
    }
    this.buttons.forEach((button, i) => {
      const tabindex = roving.tabindex(i, rows.length);
      if (tabindex === undefined) button.removeAttribute('tabindex');
      else button.setAttribute('tabindex', tabindex);
      button.setAttribute('aria-expanded', active === i ? 'true' : 'false');
    });
    return built;
  }
}
const markButtons = directive(MarkButtons);

/**
 * Focusable buttons laid over a drawing, one per figure, one Tab stop moved with the arrow keys:
 * hover, focus or click shows its note through `show(index)`, and each is described by its note
 * for screen readers. Every element whose figures carry notes uses it. One set of listeners on the
 * group serves every mark (a mark's index is its place among them), so a chart of many figures
 * costs Lit no event bindings per figure.
 */
export function marks(
  rows: readonly MarkRow[],
  active: number | undefined,
  show: (index?: number) => void,
  roving: RovingFocusController,
  options: MarkOptions = {},
): TemplateResult {
  /** The index of the mark an event is about, or -1. */
  const indexOf = (event: Event): number => {
    const mark = (event.target as Element).closest('.mark');
    return mark ? [...(event.currentTarget as Element).querySelectorAll('.mark')].indexOf(mark) : -1;
  };
  const on = (handle: (i: number) => void) => (event: Event) => {
    const i = indexOf(event);
    if (i >= 0) handle(i);
  };
  return html`<div
    class="marks"
    @pointerover=${on(show)}
    @focusin=${on((i) => {
      roving.focused(i);
      show(i);
      options.onFocus?.(i);
    })}
    @focusout=${() => {
      show(undefined);
    }}
    @click=${on((i) => {
      show(active === i ? undefined : i);
      options.onSelect?.(i);
    })}
    @keydown=${roving.keydown}
  >
    ${markButtons(rows, active, roving, options)}
  </div>`;
}

export const markStyles = css`
  .marks {
    display: contents;
  }

  .mark {
    position: absolute;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    cursor: help;
  }

  .mark:hover,
  .mark[aria-expanded='true'] {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }

  .mark:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .mark {
      transition: background-color 120ms ease-out;
    }
  }

  @media print {
    .mark {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .mark:focus-visible {
      outline-color: Highlight;
    }
  }
`;
