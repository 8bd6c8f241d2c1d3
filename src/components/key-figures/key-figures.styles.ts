import { css } from 'lit';

export const keyFiguresStyles = css`
  :host {
    --_value-color: var(--cw-key-figures-value-color, var(--_accent));
    --_card-border: var(--cw-key-figures-card-border-color, var(--_grid));
    --_card-min: var(--cw-key-figures-card-min-width, 10rem);
  }

  .cards {
    display: grid;
    /* A row of cards that wraps, down to one column in a narrow container. */
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_card-min), 100%), 1fr));
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
  }

  .value {
    margin: 0;
    color: var(--_value-color);
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }

  .label {
    margin: 0;
    font-weight: 600;
  }

  .period,
  .descriptor,
  .card-source {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .card-source {
    margin-block-start: auto;
    padding-block-start: 0.25em;
    font-size: 0.8125em;
  }

  @media print {
    .card {
      border-color: #000;
      break-inside: avoid;
    }
    .value,
    .period,
    .descriptor,
    .card-source {
      color: #000;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .value {
      color: CanvasText;
    }
  }
`;
