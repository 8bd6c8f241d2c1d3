import { css } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { built, keyOf } from '../directives/built.js';
import { element } from '../internal/dom.js';

/** One row of a data table: its header cell (what the row is about), then its data cells. */
export type TableRow = readonly [header: string, ...cells: string[]];

/**
 * The figures as a real table for screen readers, visually hidden. (The wrapper carries the
 * hiding: a table ignores the width that visually-hidden styles give it and would overflow.)
 * Nobody sees it, so it is laid out as plain blocks, not by the table algorithm, which measured a
 * quarter of a hundred charts' layout time; its roles are spelled out so every browser still
 * reads it as a table when its display is not `table`.
 */
export function dataTable(caption: string, columns: readonly string[], rows: readonly TableRow[]): DirectiveResult {
  return built([keyOf([caption, columns, ...rows])], () => {
    const header = element('tr', undefined, { role: 'row' }, columns.map((c) => element('th', c, { scope: 'col', role: 'columnheader' })));
    const body = rows.map(([head, ...cells]) =>
      element('tr', undefined, { role: 'row' }, [
        element('th', head, { scope: 'row', role: 'rowheader' }),
        ...cells.map((c) => element('td', c, { role: 'cell' })),
      ]),
    );
    const table = element('table', undefined, { part: 'table', role: 'table' }, [
      element('caption', caption),
      element('thead', undefined, {}, [header]),
      element('tbody', undefined, {}, body),
    ]);
    return element('div', undefined, { class: 'sr-only' }, [table]);
  });
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
