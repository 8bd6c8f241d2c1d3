import { css, html, nothing, type TemplateResult } from 'lit';
import type { RovingFocusController } from '../controllers/roving-focus.js';
import { styleProps } from '../directives/style-props.js';
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
  const partName = options.part ?? 'mark';
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
    ${rows.map((r, i) => {
      const describedBy = [options.describedBy?.(i), r.note ? `note-${String(i)}` : undefined].filter(Boolean).join(' ');
      return html`<button
        type="button"
        part=${partName}
        class=${partName === 'mark' ? 'mark' : `mark ${partName}`}
        data-key=${r.key}
        tabindex=${roving.tabindex(i, rows.length) ?? nothing}
        aria-label=${r.ariaLabel}
        aria-describedby=${describedBy || nothing}
        aria-expanded=${active === i ? 'true' : 'false'}
        style=${styleProps({
          left: `${String(r.box.x)}px`,
          top: `${String(r.box.y)}px`,
          width: `${String(r.box.width)}px`,
          height: `${String(r.box.height)}px`,
        })}
      ></button>`;
    })}
    <div hidden>${rows.map((r, i) => (r.note ? html`<span id="note-${String(i)}">${r.note}</span>` : nothing))}</div>
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
