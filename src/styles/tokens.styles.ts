import { css } from 'lit';

/**
 * The public --cw-* tokens, copied once into private --_* variables on :host; component rules read
 * only the private ones. Defaults use light-dark(), so the `theme` attribute and the page's
 * color-scheme choose between them. Every default pair meets WCAG 2.2 AA on its background
 * (text 4.5:1, marks 3:1) and the accent/compare pair (blue/orange) stays apart for colour-blind readers.
 */
export const tokens = css`
  :host {
    --_font-family: var(--cw-font-family, inherit);
    --_text: var(--cw-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--cw-color-muted, light-dark(#57606a, #9da7b3));
    --_background: var(--cw-color-background, light-dark(#ffffff, #16191d));
    --_accent: var(--cw-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_compare: var(--cw-color-compare, light-dark(#c45c00, #cf7a2a));
    --_grid: var(--cw-color-grid, light-dark(#d0d7de, #3d444d));
    --_radius: var(--cw-radius, 0.375rem);
    --_space: var(--cw-space, 1rem);

    color-scheme: light;
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* auto: the page's own color-scheme, inherited; the base follows the system when the page sets none. */
  :host([theme='auto']) {
    color-scheme: inherit;
  }

  :host([hidden]) {
    display: none;
  }
`;

/** The frame every element shares: heading, states, source line, the screen-reader table. */
export const frame = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    position: relative;
    container-type: inline-size;
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font-family);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }

  .base.follow-system {
    color-scheme: light dark;
  }

  .heading {
    display: block;
    margin: 0 0 0.25em;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
  }

  .description {
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .source {
    margin: calc(var(--_space) * 0.75) 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .source a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .source a:focus-visible,
  .mark:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .error {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: light-dark(#a40e26, #ff9492);
    font-size: 0.9375em;
  }

  .error strong {
    display: block;
    margin-block-end: 0.25em;
  }

  .loading {
    display: grid;
    place-items: center;
    min-block-size: 8rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .measure {
    block-size: 0;
    inline-size: 100%;
  }

  /* The drawing: an svg at the layout's exact size, with HTML marks laid over it. */
  .chart {
    position: relative;
  }

  .chart > svg {
    display: block;
    max-inline-size: 100%;
    overflow: visible;
    font-family: inherit;
  }

  /* An axis: tick labels in the muted colour, crisp 1 px grid lines. */
  .tick {
    fill: var(--_muted);
    font-size: calc(var(--_fs) * 0.92);
    font-variant-numeric: tabular-nums;
  }

  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }

  /* The focusable area laid over a drawn figure, and the note it shows (every element). */
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

  .tooltip {
    position: absolute;
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
  }

  /* Before the width is known: the figures' estimated height, so nothing below jumps. */
  .reserve {
    min-block-size: calc(var(--_rows, 4) * 3.25em + 2em);
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media print {
    .base {
      padding: 0;
      background: none;
      color: #000;
      break-inside: avoid;
    }
    .description,
    .source {
      color: #000;
    }
    .mark,
    .tooltip {
      display: none;
    }
    /* The page may be narrower than the screen the figures were laid out for: scale, never clip. */
    svg {
      inline-size: 100%;
      block-size: auto;
    }
  }

  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
    }
    .error {
      color: CanvasText;
    }
    .mark:focus-visible {
      outline-color: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
