import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';

/** A drawn figure's box, and what a keyboard or screen-reader user is told about it. */
export interface MarkRow {
  readonly key: string;
  readonly ariaLabel: string;
  readonly note?: string;
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/**
 * Focusable buttons laid over a drawing (inside an `svg role="img"` nothing may be focusable), one
 * per figure: hover, focus or click shows its note through `show(index)`, and each button is
 * described by its note for screen readers. Used by every element whose figures carry notes.
 */
export function markButtons(rows: readonly MarkRow[], active: number | undefined, show: (index?: number) => void): TemplateResult {
  return html`${rows.map(
      (r, i) => html`<button
        type="button"
        part="mark"
        class="mark"
        data-key=${r.key}
        aria-label=${r.ariaLabel}
        aria-describedby=${r.note ? `note-${String(i)}` : nothing}
        aria-expanded=${active === i ? 'true' : 'false'}
        style=${styleProps({
          left: `${String(r.box.x)}px`,
          top: `${String(r.box.y)}px`,
          width: `${String(r.box.width)}px`,
          height: `${String(r.box.height)}px`,
        })}
        @pointerenter=${() => {
          show(i);
        }}
        @focus=${() => {
          show(i);
        }}
        @blur=${() => {
          show(undefined);
        }}
        @click=${() => {
          show(active === i ? undefined : i);
        }}
      ></button>`,
    )}
    <div hidden>${rows.map((r, i) => (r.note ? html`<span id="note-${String(i)}">${r.note}</span>` : nothing))}</div>`;
}
