/**
 * The reader actions' writers, for a site's own buttons and for the embed builder: each takes a
 * career-widgets element that shows its figures, and gives undefined for anything else.
 */
import { citationOf } from './cite.js';
import { csvOf } from './csv.js';
import { embedOf, type EmbedOptions } from './embed.js';

export { embedHtml, type EmbedParts } from './embed.js';
import { pngOf, serialize, svgOf } from './image.js';
import { snapshotOf } from './snapshot.js';

export { CSV_COLUMNS } from './csv.js';
export type { EmbedOptions } from './embed.js';
export type { FigureRecord } from './snapshot.js';

/** The element's figures as CSV (UTF-8 with BOM, RFC 4180), each row with its source's publisher, title, dates and URL. */
export function figuresCsv(element: Element): string | undefined {
  const s = snapshotOf(element);
  return s && csvOf(s);
}

/** The element as shown, as a standalone SVG document: title, figures, notes, source line. */
export function standaloneSvg(element: Element): string | undefined {
  const svg = snapshotOf(element) && svgOf(element);
  return svg && serialize(svg);
}

/** That SVG as a PNG at `scale` × its size; rejects where the page's CSP `img-src` leaves out `blob:`. */
export async function standalonePng(element: Element, scale = 2): Promise<Blob | undefined> {
  const svg = snapshotOf(element) && svgOf(element);
  return svg && pngOf(svg, scale);
}

/** A citation of the element's sources, one a line: publisher, title, date, retrieved, URL. */
export function citationText(element: Element): string | undefined {
  const s = snapshotOf(element);
  return s && citationOf(s);
}

/** The HTML that shows the element on another page: the script, the element, its data when not the built-in. */
export function embedSnippet(element: Element, options?: EmbedOptions): string | undefined {
  const s = snapshotOf(element);
  return s && embedOf(element, s, options);
}
