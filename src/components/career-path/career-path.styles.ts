import { css } from 'lit';

export const careerPathStyles = css`
  :host {
    --_node-border: var(--cw-career-path-node-border-color, var(--_grid));
    --_root-color: var(--cw-career-path-root-color, var(--_accent));
    --_link-color: var(--cw-career-path-link-color, var(--_muted));
  }

  .node-box {
    fill: var(--_background);
    stroke: var(--_node-border);
    stroke-width: 1;
  }

  .root-box {
    fill: var(--_background);
    stroke: var(--_root-color);
    stroke-width: 2;
  }

  .label {
    font-weight: 650;
  }

  .link {
    fill: none;
    stroke: var(--_link-color);
    stroke-width: 1.5;
  }

  .requires,
  .figure {
    font-size: var(--_fs-small);
  }

  .requires {
    fill: var(--_muted);
  }

  .figure {
    fill: var(--_text);
    font-variant-numeric: tabular-nums;
  }

  /* Narrow: the root, then the paths as an ordered list of cards. */
  .path-root {
    margin: 0 0 0.5em;
    font-weight: 650;
  }

  .path-cards {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .path-card {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_node-border);
    border-radius: var(--_radius);
  }

  .path-card + .path-card {
    margin-block-start: 0.5em;
  }

  .path-button {
    display: block;
    inline-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 650;
    text-align: start;
    cursor: pointer;
  }

  .path-button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .path-card p {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }

  .path-card .quiet {
    color: var(--_muted);
  }

  .mark.node {
    cursor: pointer;
  }

  @media print {
    .node-box,
    .root-box {
      fill: #fff;
      stroke: #000;
    }
    .link {
      stroke: #000;
    }
    .requires,
    .figure {
      fill: #000;
    }
    .path-card {
      border-color: #000;
      break-inside: avoid;
    }
    .path-card .quiet {
      color: #000;
    }
  }

  @media (forced-colors: active) {
    .node-box,
    .root-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .link {
      stroke: CanvasText;
    }
    .requires,
    .figure {
      fill: CanvasText;
    }
    .path-card {
      border-color: CanvasText;
    }
    .path-button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
