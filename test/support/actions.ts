import type { CSV_COLUMNS } from '../../src/index.js';

/**
 * What the reader actions hand to the browser, caught in a test: the files they download (an
 * `<a download>` clicked with an object URL) and the text they copy (`navigator.clipboard.writeText`).
 */
export interface Caught {
  readonly files: { name: string; blob: Blob }[];
  readonly copied: string[];
  /** Puts everything back. */
  restore(): void;
}

/** Catches downloads and copies in `win` (a frame's window, or this one). `clipboard: 'refuse'` makes every copy fail. */
export function catchActions(win: Window & typeof globalThis = window, clipboard: 'accept' | 'refuse' | 'none' = 'accept'): Caught {
  const files: { name: string; blob: Blob }[] = [];
  const copied: string[] = [];
  const blobs = new Map<string, Blob>();
  const create = win.URL.createObjectURL.bind(win.URL);
  const click = Object.getOwnPropertyDescriptor(win.HTMLElement.prototype, 'click')!;
  win.URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    if (blob instanceof win.Blob) blobs.set(url, blob);
    return url;
  };
  Object.defineProperty(win.HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (this.download && blob) files.push({ name: this.download, blob });
    },
  });
  const writeText = (text: string) => {
    if (clipboard === 'refuse') return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    copied.push(text);
    return Promise.resolve();
  };
  Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: clipboard === 'none' ? undefined : { writeText } });
  return {
    files,
    copied,
    restore() {
      win.URL.createObjectURL = create;
      delete (win.HTMLAnchorElement.prototype as { click?: unknown }).click;
      Object.defineProperty(win.HTMLElement.prototype, 'click', click);
      delete (win.navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

/** RFC 4180, read back: quoted fields with doubled quotes, commas and line breaks inside; CRLF between records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** The rows of a CSV as objects keyed by its header, and the header. */
export function csvRecords(text: string): { header: string[]; rows: CsvRow[] } {
  const [header = [], ...rows] = parseCsv(text);
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])) as CsvRow) };
}
