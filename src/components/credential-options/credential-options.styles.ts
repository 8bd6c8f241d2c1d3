import { css } from 'lit';

/** Its own rules; lists, quiet text and print come from the prose part. */
export const credentialOptionsStyles = css`
  :host {
    --_highlight-color: var(--cw-credential-options-highlight-color, var(--_accent));
    --_rule: var(--cw-credential-options-rule-color, var(--_grid));
  }

  .options {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  .options th,
  .options td {
    padding-block: 0.5em;
    padding-inline: 0 0.625em;
    border-block-start: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
  }

  .cards {
    display: grid;
    gap: 0.625em;
  }

  .card {
    padding: 0.625em 0.75em;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }

  .card p,
  .card dl,
  .card dd,
  .credentials {
    margin: 0;
  }

  .card dt,
  .credentials dt,
  .option {
    font-weight: 650;
  }

  .card dt {
    margin-block-start: 0.375em;
  }

  /* The option the program offers: a thicker rule in the highlight colour, and words that say so. */
  .offered {
    display: block;
    font-size: 0.8125em;
    font-weight: 650;
  }

  .card.highlight {
    border: 2px solid var(--_highlight-color);
  }

  tr.highlight > * {
    box-shadow: inset 0 3px 0 var(--_highlight-color);
  }

  .credentials dd {
    margin: 0 0 0.5em;
  }

  .costs {
    margin: 0.5em 0 0;
  }

  @media print {
    .card,
    tr {
      break-inside: avoid;
    }
    .card.highlight {
      border-color: #000;
    }
    tr.highlight > * {
      box-shadow: inset 0 3px 0 #000;
    }
  }

  /* Borders take system colours; the highlight's rule is a shadow, which forced colours drop: an outline instead. */
  @media (forced-colors: active) {
    tr.highlight > * {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
