import { css } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { built } from '../directives/built.js';
import { element } from '../internal/dom.js';
import type { Messages } from '../i18n/index.js';
import { isHttpUrl, sourceDate, sourcesOf } from '../layout/figure.js';
import type { Formats } from '../layout/format.js';
import type { Profile, Source } from '../profile/types.js';



/** One source in full, as DOM: profile text direction-isolated and set as text. */
function sourceItem(s: Source, f: Formats, t: Messages): HTMLElement {
  const title = s.title ? (s.url && isHttpUrl(s.url) ? link(s.url, s.title) : element('cite', undefined, {}, [element('bdi', s.title)])) : undefined;
  const date = `${sourceDate(s, f, t.noDate)}${s.retrieved ? ` (${t.retrieved(f.date(s.retrieved))})` : ''}.`;
  return element('li', undefined, {}, [
    element('bdi', s.publisher),
    ', ',
    ...(title ? [title, ', '] : []),
    date,
    ...(s.note ? [' ', element('span', undefined, { class: 'source-note' }, [element('bdi', s.note)])] : []),
  ]);
}

function link(url: string, title: string): HTMLElement {
  return element('a', undefined, { href: url, rel: 'noopener noreferrer', target: '_blank' }, [element('bdi', title)]);
}

/**
 * The sources in full: each with its publisher, title (linked where it has an http(s) URL), date,
 * the date it was retrieved where known, and its own note. Profile text is direction-isolated.
 * Made with DOM calls once per profile, sources and language (see `built`).
 */
export function sourceLine(profile: Profile, ids: readonly string[], f: Formats, t: Messages): DirectiveResult {
  return built([profile, ids.join('\u0001'), f, t], () => {
    const sources = sourcesOf(profile, ids);
    return element('div', undefined, { part: 'source', class: 'source' }, [
      element('span', `${sources.length > 1 ? t.sources : t.source}:`, { class: 'source-label' }),
      ' ',
      element('ul', undefined, {}, sources.map((s) => sourceItem(s, f, t))),
    ]);
  });
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
