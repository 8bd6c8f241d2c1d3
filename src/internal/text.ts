/**
 * Text measurement without the DOM, so layouts stay pure. Widths are estimated from per-character
 * advance widths (in em) typical of proportional sans and serif faces, rounded up: a line wrapped by
 * this estimate fits in practice, as in Observable Plot's `lineWidth`.
 */

const NARROW = new Set("iljtfrI.,:;'!|()[]{} ");
const WIDE = new Set('mwMW@%');

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.32;
  if (WIDE.has(ch)) return 0.92;
  if (ch >= '0' && ch <= '9') return 0.58;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  return 0.56;
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
