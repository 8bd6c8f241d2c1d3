/* global document */
// Observable Plot: bars, their value labels and a percent x axis, appended to every `.chart` slot.
import { barX, plot, ruleX, text } from '@observablehq/plot';
import { percent, ROWS, TITLE, WIDTH } from './data.js';

function draw(slot) {
  slot.append(
    plot({
      title: TITLE,
      width: WIDTH,
      marginLeft: 320,
      marginRight: 40,
      x: { label: 'Growth', tickFormat: percent, grid: true, nice: true },
      y: { label: null, domain: ROWS.map((r) => r.label) },
      marks: [
        barX(ROWS, { x: 'value', y: 'label', fill: (r, i) => (i === 0 ? '#0b5cad' : '#a84c00') }),
        text(ROWS, { x: 'value', y: 'label', text: (r) => percent(r.value), textAnchor: 'start', dx: 4 }),
        ruleX([0]),
      ],
    }),
  );
}

for (const slot of document.querySelectorAll('.chart')) draw(slot);
