import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import { NARROW_WIDTH } from '../layout/grid.js';

/** A button of the reader actions: `image` gives two (SVG and PNG). */
export type ActionId = 'csv' | 'svg' | 'png' | 'citation' | 'embed';

/** What the row shows and does (the actions controller). */
export interface ActionsState {
  readonly ids: readonly ActionId[];
  /** The narrow menu is open. */
  readonly open: boolean;
  /** The last action's confirmation or failure, in a live region. */
  readonly status: string;
  /** Text to copy by hand when the clipboard refused it. */
  readonly manual: string;
  readonly run: (id: ActionId) => void;
  readonly toggle: () => void;
  readonly keydown: (event: KeyboardEvent) => void;
}

const LABELS = { csv: 'actionCsv', svg: 'actionSvg', png: 'actionPng', citation: 'actionCitation', embed: 'actionEmbed' } as const;

/**
 * The reader actions under the figures: a quiet row of buttons, or below the narrow width one
 * "Share / Download" button that discloses them (arrow keys move, Escape closes and returns focus).
 * Confirmations are spoken by a status region; hidden in print.
 */
export function actionsRow(a: ActionsState, width: number | undefined, t: Messages): TemplateResult | typeof nothing {
  if (!a.ids.length) return nothing;
  const narrow = (width ?? 0) < NARROW_WIDTH;
  return html`<div part="actions" class="actions" role="group" aria-label=${t.actionsMenu}>
    ${narrow
      ? html`<button type="button" class="act" aria-expanded=${a.open ? 'true' : 'false'} aria-controls="act-list" @click=${a.toggle} @keydown=${a.keydown}>
          ${t.actionsMenu}
        </button>`
      : nothing}
    <div id="act-list" class="act-list" ?hidden=${narrow && !a.open}>
      ${a.ids.map((id) => html`<button type="button" class="act" @click=${() => a.run(id)} @keydown=${a.keydown}>${t[LABELS[id]]}</button>`)}
    </div>
    <p role="status">${a.status}</p>
    ${a.manual ? html`<textarea readonly aria-label=${a.status} .value=${a.manual}></textarea>` : nothing}
  </div>`;
}

export const actionStyles = css`
  .actions,
  .act-list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .actions {
    margin-block-start: calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .actions p {
    margin: 0;
  }

  /* The narrow menu, open: its items in a column under its button. */
  [aria-expanded='true'] + .act-list {
    flex-direction: column;
    align-items: stretch;
    inline-size: 100%;
  }

  .act-list[hidden] {
    display: none;
  }

  /* Quiet, and at least 24 px square (WCAG 2.5.8). */
  .act {
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .act:hover {
    border-color: currentColor;
    color: var(--_text);
  }

  .actions :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .actions textarea {
    inline-size: 100%;
    font: inherit;
  }

  @media print {
    .actions {
      display: none;
    }
  }
`;
