import { css } from 'lit';

export const salaryFactorsStyles = css`
  :host {
    --_figure-color: var(--cw-salary-factors-figure-color, var(--_accent));
    --_compare-color: var(--cw-salary-factors-compare-color, var(--_compare));
    --_track-color: var(--cw-salary-factors-track-color, var(--_grid));
    --_hatch-color: var(--_figure-color);
  }

  /* A halo in the background colour keeps the track from running through the figures. */
  .value {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 4px;
    stroke-linejoin: round;
  }

  .row.related .value {
    font-weight: 500;
  }

  .track {
    stroke: var(--_track-color);
    stroke-width: 1;
    stroke-dasharray: 2 3;
    shape-rendering: crispEdges;
  }

  .marker {
    fill: var(--_figure-color);
  }

  .marker.median {
    stroke: var(--_background);
    stroke-width: 1.5;
  }

  .marker.related {
    fill: var(--_compare-color);
    stroke: var(--_background);
    stroke-width: 1.5;
  }

  /* A lower bound: a solid start, then a run fading toward the scale's end, with no closing edge. */
  .run {
    fill: url(#open-run);
    stroke: none;
  }

  .run-stop {
    stop-color: var(--_figure-color);
  }

  .run-start {
    stop-opacity: 0.75;
  }

  .run-end {
    stop-opacity: 0.04;
  }

  .arrow {
    fill: none;
    stroke: var(--_figure-color);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .factors {
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_grid);
  }

  .factors-heading {
    margin: 0 0 0.5em;
    font-size: 0.9375em;
    font-weight: 650;
  }

  .factor-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.5em;
    align-items: start;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .factor {
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
  }

  .factor-button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    inline-size: 100%;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.9375em;
    text-align: start;
    cursor: pointer;
  }

  .factor-button:hover {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }

  .factor-button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .factor-button[aria-expanded='true'] .factor-label {
    font-weight: 650;
  }

  .chevron {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.125em;
    /* Physical sides: the chevron points down (up when open) in either direction. */
    border-bottom: 2px solid currentColor;
    border-right: 2px solid currentColor;
    transform: translateY(-0.125em) rotate(45deg);
  }

  .factor-button[aria-expanded='true'] .chevron {
    transform: translateY(0.125em) rotate(-135deg);
  }

  .factor-panel {
    padding: 0 0.75em 0.625em;
    font-size: 0.875em;
  }

  .factor-panel p {
    margin: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 150ms ease-out;
    }
    .factor-button {
      transition: background-color 150ms ease-out;
    }
  }

  @media print {
    .marker.median,
    .marker.open {
      fill: #000;
      stroke: #fff;
    }
    .marker.related {
      fill: #fff;
      stroke: #000;
      stroke-width: 1.5;
    }
    .run {
      fill: url(#open-hatch);
    }
    .arrow {
      stroke: #000;
    }
    .value {
      stroke: #fff;
    }
    .track {
      stroke: #999;
    }
    .chevron {
      display: none;
    }
    /* On paper every explanation shows. */
    .factor-panel[hidden] {
      display: block;
    }
    .factor {
      border-color: #999;
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .value {
      stroke: Canvas;
    }
    .marker.median,
    .marker.open {
      fill: Highlight;
      stroke: Canvas;
    }
    .marker.related {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .run-stop {
      stop-color: Highlight;
    }
    .arrow {
      stroke: Highlight;
    }
    .track {
      stroke: GrayText;
    }
    .factor-button:focus-visible {
      outline-color: Highlight;
    }
    .factor {
      border-color: CanvasText;
    }
  }
`;
