import { css, html, type TemplateResult } from 'lit';

/** One row of a data table: its header cell (what the row is about), then its data cells. */
export type TableRow = readonly [header: string, ...cells: string[]];

/**
 * The figures as a real table for screen readers, visually hidden. (The wrapper carries the
 * hiding: a table ignores the width that visually-hidden styles give it and would overflow.)
 * Nobody sees it, so it is laid out as plain blocks, not by the table algorithm, which measured a
 * quarter of a hundred charts' layout time; its roles are spelled out so every browser still
 * reads it as a table when its display is not `table`.
 */
export function dataTable(caption: string, columns: readonly string[], rows: readonly TableRow[]): TemplateResult {
  return html`<div class="sr-only">
    <table part="table" role="table">
      <caption>${caption}</caption>
      <thead>
        <tr role="row">
          ${columns.map((c) => html`<th scope="col" role="columnheader">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([header, ...cells]) => html`<tr role="row">
            <th scope="row" role="rowheader">${header}</th>
            ${cells.map((c) => html`<td role="cell">${c}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export { publisherOf } from '../layout/figure.js';

export const tableStyles = css`
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .sr-only :is(table, caption, thead, tbody, tr, th, td) {
    display: block;
  }
`;
