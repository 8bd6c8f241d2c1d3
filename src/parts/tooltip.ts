import { css, html, type TemplateResult } from 'lit';
import { styleProps } from '../directives/style-props.js';
import { tooltipSide, type Box } from '../layout/grid.js';

/**
 * The note of the mark under the pointer or keyboard focus. It repeats what the figures, the table
 * and the notes already say, so it is hidden from screen readers; it sits outside the drawing (above
 * it for a mark in its upper half, below otherwise) and lets the pointer through, so it never covers
 * or catches another mark.
 */
export function tooltip(box: Box, chartHeight: number, content: unknown): TemplateResult {
  const place = tooltipSide(box, chartHeight) === 'above' ? { bottom: `${String(chartHeight + 4)}px` } : { top: `${String(chartHeight + 4)}px` };
  return html`<div part="tooltip" class="tooltip" role="tooltip" aria-hidden="true" style=${styleProps(place)}>${content}</div>`;
}

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    inset-inline-start: 0;
    z-index: 1;
    max-inline-size: min(24rem, 100%);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.18);
    font-size: 0.8125em;
    line-height: 1.4;
    pointer-events: none;
  }

  .tooltip > * {
    display: block;
  }

  .tooltip .quiet {
    color: var(--_muted);
  }

  @media print {
    .tooltip {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
