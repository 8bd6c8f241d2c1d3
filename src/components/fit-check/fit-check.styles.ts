import { css } from 'lit';

export const fitCheckStyles = css`
  :host {
    --_good-color: var(--cw-fit-check-good-color, var(--_accent));
    --_not-color: var(--cw-fit-check-not-color, var(--_compare));
  }

  .pairs {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* A pair: the good fit and its counterpart side by side when wide, stacked when narrow. */
  .pair {
    display: grid;
    gap: 0.5em 1em;
    padding-block: 0.625em;
    border-block-start: 1px solid var(--_grid);
  }

  .wide > .pair {
    grid-template-columns: 1fr 1fr;
  }

  .side {
    margin: 0;
    padding-inline-start: 0.625em;
    border-inline-start: 3px solid var(--_good-color);
  }

  .side.not {
    border-inline-start: 3px dashed var(--_not-color);
  }

  .tag {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 650;
  }

  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    grid-column: 1 / -1;
    font-size: 0.9375em;
  }

  .choice label {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 24px;
  }

  .choice input {
    margin: 0;
    accent-color: var(--_good-color);
  }

  .choice input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .summary {
    margin: 0.5em 0 0;
    font-weight: 650;
  }

  @media print {
    .tag {
      color: #000;
    }
    .side {
      border-inline-start-color: #000;
    }
    .pair {
      break-inside: avoid;
      border-color: #999;
    }
    .choice input {
      print-color-adjust: exact;
    }
  }

  /* Borders take system colours; the solid and the dashed rule still tell the sides apart. */
  @media (forced-colors: active) {
    .side {
      border-inline-start-color: CanvasText;
    }
  }
`;
