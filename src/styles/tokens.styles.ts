import { css } from 'lit';

/**
 * The public --cw-* tokens, copied once into private --_* variables on :host; component rules read
 * only the private ones. Defaults use light-dark(), so the `theme` attribute and the page's
 * color-scheme choose between them. Every default pair meets WCAG 2.2 AA on its background
 * (text 4.5:1, marks 3:1) and the accent/compare pair (blue/orange) stays apart for colour-blind readers.
 */
export const tokens = css`
  :host {
    --_font-family: var(--cw-font-family, inherit);
    --_text: var(--cw-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--cw-color-muted, light-dark(#57606a, #9da7b3));
    --_background: var(--cw-color-background, light-dark(#ffffff, #16191d));
    --_accent: var(--cw-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_compare: var(--cw-color-compare, light-dark(#c45c00, #cf7a2a));
    --_grid: var(--cw-color-grid, light-dark(#d0d7de, #3d444d));
    --_radius: var(--cw-radius, 0.375rem);
    --_space: var(--cw-space, 1rem);

    color-scheme: light;
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* auto: the page's own color-scheme, inherited; the base follows the system when the page sets none. */
  :host([theme='auto']) {
    color-scheme: inherit;
  }

  :host([hidden]) {
    display: none;
  }
`;
