import { css } from 'lit';

/** Its own rules; lists, rules, quiet text, radio buttons and print come from the prose part. */
export const fitCheckStyles = css`
  :host {
    --_lead: var(--cw-fit-check-good-color, var(--_accent));
    --_lead-dashed: var(--cw-fit-check-not-color, var(--_compare));
  }

  /* A pair: the good fit and its counterpart side by side when wide, stacked when narrow. */
  .pair {
    display: grid;
    gap: 0.5em 1em;
  }

  .wide > .pair {
    grid-template-columns: 1fr 1fr;
  }

  .side {
    margin: 0;
  }

  .tag {
    display: block;
    font-weight: 650;
  }

  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    grid-column: 1 / -1;
  }

  .choice label {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 24px;
  }

  .choice input {
    margin: 0;
  }

  .summary {
    margin: 0.5em 0 0;
    font-weight: 650;
  }
`;
