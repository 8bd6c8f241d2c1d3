/**
 * Numbering an element's caveats: each distinct note gets one number, in the order the figures
 * carrying it appear; a figure's marker and its line in the notes list share that number.
 */
export interface NumberedNotes {
  /** The marker number of each figure, in the figures' order; undefined for a figure without a note. */
  readonly markers: readonly (number | undefined)[];
  /** The notes list: each distinct note once, numbered from 1 in order. */
  readonly notes: readonly string[];
}

export function numberNotes(texts: readonly (string | undefined)[]): NumberedNotes {
  const notes: string[] = [];
  const markers = texts.map((text) => {
    if (!text) return undefined;
    let at = notes.indexOf(text);
    if (at < 0) at = notes.push(text) - 1;
    return at + 1;
  });
  return { markers, notes };
}
