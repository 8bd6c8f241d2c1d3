import { svg, type SVGTemplateResult } from 'lit';

/**
 * Wrapped lines of one SVG `<text>`, each a `<tspan>` at its own baseline. Every line but the last
 * ends in a space, so the text reads as written when copied, found in the page or read aloud
 * ("Complete associate degree", not "Complete associatedegree").
 */
export function svgLines(lines: readonly string[], x: number, ys: readonly number[]): SVGTemplateResult[] {
  const last = lines.length - 1;
  return lines.map((line, i) => svg`<tspan x=${x} y=${ys[i] ?? 0}>${i < last ? `${line} ` : line}</tspan>`);
}
