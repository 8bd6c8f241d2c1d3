import { svg, type SVGTemplateResult } from 'lit';
import type { LabelledRow } from '../layout/grid.js';
import { SOFT_BREAK } from '../layout/text.js';
import { svgNoteMarker } from './notes.js';

/**
 * Wrapped lines of one SVG `<text>`, each a `<tspan>` at its own baseline. Every line but the last
 * ends in a space, so the text reads as written when copied, found in the page or read aloud
 * ("Complete associate degree", not "Complete associatedegree"); a line that breaks inside a long
 * word (`SOFT_BREAK`) joins the next without one. Each line is direction-isolated (`.chart tspan`).
 */
export function svgLines(lines: readonly string[], x: number, ys: readonly number[]): SVGTemplateResult[] {
  const last = lines.length - 1;
  return lines.map((line, i) => {
    const text = line.endsWith(SOFT_BREAK) ? line.slice(0, -1) : i < last ? `${line} ` : line;
    return svg`<tspan x=${x} y=${ys[i] ?? 0}>${text}</tspan>`;
  });
}

/** A row's label in the drawing (`part="label"`): its wrapped lines, then its note's marker. */
export function svgLabel(row: LabelledRow): SVGTemplateResult {
  return svg`<text part="label" class="label">${svgLines(row.labelLines, row.labelX, row.labelY)}${svgNoteMarker(row.noteNumber)}</text>`;
}
