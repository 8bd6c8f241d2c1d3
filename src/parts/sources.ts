import { css, html, nothing, type TemplateResult } from 'lit';
import type { Formats } from '../layout/format.js';
import type { Profile, Source } from '../profile/types.js';

/** Said of a source the citing text gives no year for. */
export const NO_DATE = 'no date given';

/** A source's date as the locale writes it, or says that none is given. */
export function sourceDate(source: Pick<Source, 'date'>, f: Formats): string {
  return source.date ? f.date(source.date) : NO_DATE;
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * The source line: each publisher and date once (three BLS pages of one release read as one
 * source), linked to the first of its pages with a URL; every title stays in the link's tooltip
 * and each figure's own source is in the data table.
 */
export function sourceLine(profile: Profile, ids: readonly string[], f: Formats): TemplateResult {
  const groups = new Map<string, Source[]>();
  for (const id of new Set(ids)) {
    const source = profile.sources.find((s) => s.id === id);
    if (!source) continue;
    const key = `${source.publisher}|${source.date}`;
    groups.set(key, [...(groups.get(key) ?? []), source]);
  }
  const items = [...groups.values()].map(([first, ...rest]) => {
    if (!first) return nothing;
    const sources = [first, ...rest];
    const url = sources.find((s) => s.url && isHttpUrl(s.url))?.url;
    const titles = sources.flatMap((s) => (s.title ? [s.title] : [])).join('; ') || nothing;
    const name = url
      ? html`<a href=${url} title=${titles} rel="noopener noreferrer" target="_blank">${first.publisher}</a>`
      : html`<cite title=${titles}>${first.publisher}</cite>`;
    return html`${name}, ${sourceDate(first, f)}`;
  });
  return html`<p part="source" class="source">
    ${items.length > 1 ? 'Sources: ' : 'Source: '}${items.map((item, i) => html`${i ? '; ' : ''}${item}`)}.
  </p>`;
}

export const sourceStyles = css`
  .source {
    margin: calc(var(--_space) * 0.75) 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .source a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .source a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media print {
    .source {
      color: #000;
    }
  }
`;
