import { css } from 'lit';

export const outlookChartStyles = css`
  :host {
    --_bar-color: var(--cw-outlook-chart-bar-color, var(--_accent));
    --_compare-color: var(--cw-outlook-chart-compare-color, var(--_compare));
    --_reference-color: var(--cw-outlook-chart-reference-color, var(--_muted));
    --_hatch-color: var(--_compare-color);
  }

  .row.subject .value,
  .row.subject .label {
    font-weight: 650;
  }

  .zero {
    stroke: var(--_muted);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }

  .bar {
    fill: var(--_compare-color);
  }

  .bar.subject {
    fill: var(--_bar-color);
  }

  .bar.average {
    fill: url(#hatch);
    stroke: var(--_compare-color);
    stroke-width: 1;
  }

  .reference {
    stroke: var(--_reference-color);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .workforce {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125em 0.75em;
    align-items: baseline;
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_grid);
  }

  .workforce-figure {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_text);
  }

  .workforce-text {
    font-size: 0.9375em;
  }

  @container (max-width: 360px) {
    .workforce {
      grid-template-columns: 1fr;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .bar {
      transition: width 200ms ease-out, x 200ms ease-out;
    }
  }

  @media print {
    .bar.subject {
      fill: #222;
    }
    .bar.related {
      fill: #fff;
      stroke: #000;
      stroke-width: 1.5;
    }
    .bar.average,
    .reference,
    .zero {
      stroke: #000;
    }
  }

  @media (forced-colors: active) {
    .bar.subject {
      fill: Highlight;
    }
    .bar.related {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .bar.average {
      stroke: CanvasText;
    }
    .zero,
    .reference {
      stroke: GrayText;
    }
  }
`;
