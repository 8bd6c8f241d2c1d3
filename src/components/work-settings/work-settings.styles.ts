import { css } from 'lit';

export const workSettingsStyles = css`
  :host {
    --_bar-color: var(--cw-work-settings-bar-color, var(--_accent));
    --_divider: var(--cw-work-settings-divider-color, var(--_grid));
  }

  .statement {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  .settings {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .setting {
    display: grid;
    grid-template-columns: minmax(7rem, 1fr) 2fr 2fr;
    gap: 0.25em calc(var(--_space) * 0.75);
    padding-block: calc(var(--_space) * 0.6);
    border-block-start: 1px solid var(--_divider);
  }

  .narrow .setting {
    grid-template-columns: 1fr;
  }

  .setting-label {
    margin: 0;
    font-weight: 650;
  }

  .setting dl,
  .setting dd {
    margin: 0;
  }

  .setting dt {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .setting dd {
    font-size: 0.9375em;
  }

  .share {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
  }

  .share-bar {
    flex: 1 1 8rem;
    min-inline-size: 6rem;
    block-size: 0.625rem;
  }

  .share-track {
    fill: color-mix(in srgb, var(--_divider) 45%, transparent);
  }

  .bar {
    fill: var(--_bar-color);
  }

  .share-text {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }

  .share-source {
    color: var(--_muted);
  }

  @media print {
    .setting {
      border-color: #999;
      break-inside: avoid;
    }
    .setting dt,
    .share-source {
      color: #000;
    }
    .bar {
      fill: #222;
    }
    .share-track {
      fill: none;
      stroke: #000;
      stroke-width: 0.5;
    }
  }

  @media (forced-colors: active) {
    .setting {
      border-color: CanvasText;
    }
    .bar {
      fill: Highlight;
    }
    .share-track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
