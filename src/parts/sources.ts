import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import { isHttpUrl, sourceDate, sourcesOf } from '../layout/figure.js';
import type { Formats } from '../layout/format.js';
import type { Profile } from '../profile/types.js';

export { isHttpUrl, sourceDate } from '../layout/figure.js';

/**
 * The sources in full: each with its publisher, title (linked where it has an http(s) URL), date,
 * the date it was retrieved where known, and its own note. Profile text is direction-isolated.
 */
export function sourceLine(profile: Profile, ids: readonly string[], f: Formats, t: Messages): TemplateResult {
  const sources = sourcesOf(profile, ids);
  return html`<div part="source" class="source">
    <span class="source-label">${sources.length > 1 ? t.sources : t.source}:</span>
    <ul>
      ${sources.map(
        (s) => html`<li>
          <bdi>${s.publisher}</bdi>,
          ${s.title
            ? s.url && isHttpUrl(s.url)
              ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank"><bdi>${s.title}</bdi></a>, `
              : html`<cite><bdi>${s.title}</bdi></cite>, `
            : nothing}${sourceDate(s, f, t.noDate)}${s.retrieved ? html` (${t.retrieved(f.date(s.retrieved))})` : nothing}.${s.note
            ? html` <span class="source-note"><bdi>${s.note}</bdi></span>`
            : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}

export const sourceStyles = css`
  .source {
    margin: calc(var(--_space) * 0.75) 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.4;
  }

  .source ul {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .source li {
    display: inline;
  }

  .source li + li::before {
    content: ' · ';
  }

  .source cite {
    font-style: italic;
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
