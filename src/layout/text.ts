/**
 * Text measurement without the DOM, so layouts stay pure. Widths are estimated from per-character
 * advance widths (in em) typical of proportional sans and serif faces, rounded up: a line wrapped by
 * this estimate fits in practice, as in Observable Plot's `lineWidth`.
 */

const NARROW = new Set("iljtfrI.,:;'!|()[]{} ");
const WIDE = new Set('mwMW@%');

/** Advance widths in em, erring wide: DejaVu Sans and Verdana, among the widest common faces. */
function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.98;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch >= 'A' && ch <= 'Z') return 0.74;
  return 0.62;
}

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** Splits `text` into lines no wider than `maxWidth` px; a word longer than a line stands alone. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
