/** How a figure reads: loosely where its source gives it loosely. Pure; no DOM. */

export interface Loose {
  readonly approximate?: boolean | undefined;
  readonly qualifier?: string | undefined;
}

/**
 * "about $47,000", "around $75,670": a figure the source gives loosely reads that way everywhere
 * (label, table, summary, tooltip). The source's own word wins over the generic `about`.
 */
export function approx(text: string, figure: Loose, about = 'about'): string {
  const word = figure.qualifier ?? (figure.approximate ? about : undefined);
  return word ? `${word} ${text}` : text;
}
