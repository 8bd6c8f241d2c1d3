/**
 * Text measurement without the DOM, so layouts stay pure. Widths are estimated from per-character
 * advance widths (in em) typical of proportional sans and serif faces, rounded up: a line wrapped by
 * this estimate fits in practice, as in Observable Plot's `lineWidth`.
 */

const NARROW = new Set("iljtfrI.,:;'!|()[]{} ");
const WIDE = new Set('mwMW@%');

/**
 * Ends a line that breaks inside a word (a word longer than the line): `svgLines` drops it and joins
 * that line to the next without a space. It is a soft hyphen, so even shown it would be invisible.
 */
export const SOFT_BREAK = '\u00ad';

/** Advance widths in em, erring wide: DejaVu Sans and Verdana, among the widest common faces. */
function charWidth(ch: string): number {
  // Soft hyphens and direction controls (U+200E–F, U+202A–E, U+2066–9) take no room.
  if (/[\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(ch)) return 0;
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

/**
 * `text` direction-isolated inside a longer string (U+2068 … U+2069, what `<bdi>` does in HTML): a
 * direction mark in a profile's field never reorders the words written around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * Splits `text` into lines no wider than `maxWidth` px. A word longer than a line breaks between
 * characters, as `overflow-wrap: anywhere` does in HTML; such a line ends in `SOFT_BREAK`.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    // Only a word alone on its line can be too wide: it breaks between characters.
    while (textWidth(line, fontSize) > maxWidth) {
      const chars = Array.from(line);
      let n = 0;
      let width = 0;
      for (const ch of chars) {
        width += charWidth(ch) * fontSize;
        if (n && width > maxWidth) break;
        n++;
      }
      if (n >= chars.length) break;
      lines.push(chars.slice(0, n).join('') + SOFT_BREAK);
      line = chars.slice(n).join('');
    }
  }
  if (line) lines.push(line);
  // An isolate broken across lines closes at the end of one and opens again on the next: each line
  // is drawn isolated on its own, where a stray U+2069 would end that line's isolation early.
  let open = false;
  return lines.map((text) => {
    const own = open ? `\u2068${text}` : text;
    open = own.lastIndexOf('\u2068') > own.lastIndexOf('\u2069');
    return open ? own.replace(/\u00ad?$/, '\u2069$&') : own;
  });
}
