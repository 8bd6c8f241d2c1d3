import { css } from 'lit';

export const careerPathStyles = css`
  :host {
    --_node-border: var(--cw-career-path-node-border-color, var(--_grid));
    --_root-color: var(--cw-career-path-root-color, var(--_accent));
    --_link-color: var(--cw-career-path-link-color, var(--_muted));
  }
  .node-box,
  .root-box {
    fill: var(--_background);
    stroke: var(--_node-border);
  }
  .root-box {
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
  .sub {
    fill: var(--_muted);
    font-size: var(--_fs-small);
  }
  @media print {
    .node-box,
    .root-box,
    .link {
      stroke: #000;
    }
    .sub {
      fill: #000;
    }
  }
  @media (forced-colors: active) {
    .node-box,
    .root-box,
    .link {
      stroke: CanvasText;
    }
    .node-box,
    .root-box {
      fill: Canvas;
    }
    .sub {
      fill: CanvasText;
    }
  }
`;
