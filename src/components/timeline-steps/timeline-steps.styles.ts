import { css } from 'lit';

export const timelineStepsStyles = css`
  :host {
    --_bar-color: var(--cw-timeline-steps-bar-color, var(--_accent));
    --_range-color: var(--cw-timeline-steps-range-color, var(--_bar-color));
    --_varies-color: var(--cw-timeline-steps-varies-color, var(--_compare));
    --_hatch-color: var(--_range-color);
  }

  .label {
    font-weight: 650;
  }

  .duration {
    fill: var(--_text);
    font-size: var(--_fs-small);
    font-variant-numeric: tabular-nums;
  }

  .row.varies .duration {
    font-style: italic;
  }

  .decision {
    fill: var(--_muted);
    font-size: var(--_fs-small);
    /* A halo in the background colour keeps the text readable over grid lines. */
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }

  .tick {
    font-size: var(--_fs-small);
  }

  .divider {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }

  .baseline {
    stroke: var(--_muted);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }

  .track {
    fill: color-mix(in srgb, var(--_grid) 35%, transparent);
  }

  .core {
    fill: var(--_bar-color);
  }

  .range {
    fill: url(#ts-hatch);
    stroke: var(--_range-color);
    stroke-width: 1;
  }

  .hatch-line {
    stroke-width: 1.5;
    opacity: 0.55;
  }

  .marker {
    fill: var(--_background);
    stroke: var(--_varies-color);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }

  .window {
    stroke: var(--_varies-color);
    stroke-width: 2;
    stroke-dasharray: 1 3;
    stroke-linecap: round;
  }

  .total {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_text);
    font-size: 0.9375em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }

  .legend svg {
    flex: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .core,
    .range {
      transition:
        width 200ms ease-out,
        x 200ms ease-out;
    }
  }

  @media print {
    .core {
      fill: #222;
    }
    .range {
      stroke: #000;
    }
    .marker {
      fill: #fff;
    }
    .marker,
    .window {
      stroke: #000;
    }
    .duration,
    .decision {
      fill: #000;
    }
    .decision {
      stroke: #fff;
    }
    .divider {
      stroke: #999;
    }
    .track {
      fill: none;
    }
    .total,
    .legend {
      color: #000;
    }
  }

  @media (forced-colors: active) {
    .duration,
    .decision {
      fill: CanvasText;
    }
    .decision {
      stroke: Canvas;
    }
    .core {
      fill: Highlight;
    }
    .range {
      stroke: CanvasText;
    }
    .marker {
      fill: Canvas;
    }
    .marker,
    .window {
      stroke: CanvasText;
    }
    .divider,
    .baseline {
      stroke: GrayText;
    }
    .track {
      fill: none;
    }
  }
`;
