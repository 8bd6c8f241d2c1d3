import { svgElement } from '../internal/dom.js';
import type { LabelledRow } from '../layout/grid.js';
import { SOFT_BREAK } from '../layout/text.js';

/**
 * One SVG `<text>` of wrapped lines, each a `<tspan>` at its own baseline, then the note's marker
 * if it has one. Every line but the last ends in a space, so the text reads as written when
 * copied, found in the page or read aloud ("Complete associate degree", not "Complete
 * associatedegree"); a line that breaks inside a long word (`SOFT_BREAK`) joins the next without
 * one. Each line is direction-isolated (`.chart tspan`). Made with DOM calls, not a template per
 * line, for the drawing, which `chartFrame` renders once per layout.
 */
export function svgText(
  attributes: Readonly<Record<string, string>>,
  lines: readonly string[],
  x: number,
  ys: readonly number[],
  note?: number,
): SVGElement {
  const last = lines.length - 1;
  const spans = lines.map((line, i) => {
    const text = line.endsWith(SOFT_BREAK) ? line.slice(0, -1) : i < last ? `${line} ` : line;
    return svgElement('tspan', { x, y: ys[i] ?? 0 }, text);
  });
  if (note !== undefined) {
    // The marker is raised, and the empty tspan after it brings the baseline back down.
    spans.push(
      svgElement('tspan', { class: 'note-marker', dy: '-0.45em', 'aria-hidden': 'true' }, `\u2009${String(note)}`),
      svgElement('tspan', { dy: '0.45em' }),
    );
  }
  return svgElement('text', attributes, undefined, spans);
}

/** A row's label in the drawing (`part="label"`): its wrapped lines, then its note's marker. */
export function svgLabel(row: LabelledRow): SVGElement {
  return svgText({ part: 'label', class: 'label' }, row.labelLines, row.labelX, row.labelY, row.noteNumber);
}
