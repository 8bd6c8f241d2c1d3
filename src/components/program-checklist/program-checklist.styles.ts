import { css } from 'lit';

/** Its own rules; lists, rules, quiet text, inputs and print come from the prose part. */
export const programChecklistStyles = css`
  :host {
    --_lead: var(--cw-program-checklist-check-color, var(--_accent));
    --_rule: var(--cw-program-checklist-rule-color, var(--_grid));
  }

  p {
    margin: 0;
  }

  /* A checkbox and its label; in the answers view, the question and its answer (side by side when wide). */
  .item {
    display: grid;
    gap: 0.25em 0.625em;
  }

  .checkable {
    grid-template-columns: auto minmax(0, 1fr);
  }

  .wide > .item {
    grid-template-columns: 1fr 1fr;
  }

  .checkable .context {
    grid-column: 2;
  }

  .check {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.1em 0 0;
  }

  .term {
    font-weight: 650;
  }

  /* The count, the reset (a native button, in the theme's colour scheme) and the storage line. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  @media print {
    .reset,
    .visit-only {
      display: none;
    }
  }
`;
