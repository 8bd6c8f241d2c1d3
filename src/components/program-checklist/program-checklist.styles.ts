import { css } from 'lit';

export const programChecklistStyles = css`
  :host {
    --_check-color: var(--cw-program-checklist-check-color, var(--_accent));
    --_rule-color: var(--cw-program-checklist-rule-color, var(--_grid));
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  p {
    margin: 0;
  }

  /* A checkbox and its label; in the answers view, the question and its answer (side by side when wide). */
  .item {
    display: grid;
    gap: 0.25em 0.625em;
    padding: 0.5em 0 0.5em 0.5em;
    border-block-start: 1px solid var(--_rule-color);
    border-inline-start: 3px solid transparent;
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

  .answered {
    border-inline-start-color: var(--_check-color);
  }

  .unanswered {
    border-inline-start: 3px dashed var(--_rule-color);
  }

  .check {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.1em 0 0;
    accent-color: var(--_check-color);
    print-color-adjust: exact;
  }

  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .context,
  .cite,
  .status,
  .controls {
    color: var(--_muted);
  }

  .context {
    font-size: 0.875em;
  }

  .term,
  .subheading {
    font-weight: 650;
  }

  .subheading {
    margin: 0.75em 0 0.25em;
  }

  /* The count, the reset (a native button, in the theme's colour scheme) and the storage line. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_rule-color);
    font-size: 0.875em;
  }

  @media print {
    .reset,
    .visit-only {
      display: none;
    }
    .context,
    .cite,
    .status,
    .controls {
      color: #000;
    }
    .item {
      break-inside: avoid;
      border-color: #999;
    }
    .answered {
      border-inline-start-color: #000;
    }
  }

  /* Borders and outlines take system colours by themselves; an answer keeps its solid highlight rule. */
  @media (forced-colors: active) {
    .answered {
      border-inline-start-color: Highlight;
    }
  }
`;
