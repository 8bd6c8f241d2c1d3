import { css } from 'lit';

export const sourceListStyles = css`
  :host {
    --_link-color: var(--cw-source-list-link-color, var(--_accent));
  }

  .references {
    margin: 0;
    padding-inline-start: 1.75em;
    color: var(--_text);
    font-size: 0.9375em;
  }

  .references > li + li {
    margin-block-start: 0.5em;
  }

  .references > li::marker {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .references a {
    color: var(--_link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .references a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .url,
  .retrieved,
  .reference-note {
    color: var(--_muted);
  }

  .reference-note {
    display: block;
    font-size: 0.9em;
  }

  @media print {
    .references,
    .references a,
    .url,
    .retrieved,
    .reference-note {
      color: #000;
    }
  }

  @media (forced-colors: active) {
    .references a {
      color: LinkText;
    }
  }
`;
