import { css } from 'lit';

/** The element's own frame: the figure, its heading and description, and the loading and error states. */
export const elementStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    position: relative;
    container-type: inline-size;
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font-family);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }

  .base.follow-system {
    color-scheme: light dark;
  }

  .heading {
    display: block;
    margin: 0 0 0.25em;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
  }

  .description {
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .error {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: light-dark(#a40e26, #ff9492);
    font-size: 0.9375em;
  }

  .loading {
    display: grid;
    place-items: center;
    min-block-size: 8rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .measure {
    block-size: 0;
    inline-size: 100%;
  }

  /* Before the width is known: the figures' estimated height, so nothing below jumps. */
  .reserve {
    min-block-size: calc(var(--_rows, 4) * 3.25em + 2em);
  }

  @media print {
    .base {
      padding: 0;
      background: none;
      color: #000;
      break-inside: avoid;
    }
    .description {
      color: #000;
    }
  }

  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
    }
    .error {
      color: CanvasText;
    }
  }
`;
