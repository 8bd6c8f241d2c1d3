import { css, html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { built, keyOf } from '../directives/built.js';
import { element } from '../internal/dom.js';

/**
 * A figure's caveat marker in HTML: a superscript number that survives black-and-white print, tied
 * to its line in the notes list. Hidden from screen readers, which read the note with the figure.
 */
export function noteMarker(n: number | undefined): TemplateResult | typeof nothing {
  return n === undefined ? nothing : html`<sup class="note-marker" aria-hidden="true">${n}</sup>`;
}

/**
 * The notes list under the figures, above the source line: every caveat in sight without
 * pointing at anything, on screen and in print. Small, muted and wrapping.
 */
export function notesList(notes: readonly string[], label: string): DirectiveResult | typeof nothing {
  if (!notes.length) return nothing;
  return built([keyOf([label, notes])], () =>
    element(
      'ol',
      undefined,
      { part: 'notes', class: 'notes', 'aria-label': label },
      notes.map((note, i) => element('li', undefined, { value: String(i + 1) }, [element('bdi', note)])),
    ),
  );
}

export const notesStyles = css`
  .note-marker {
    font-size: 0.75em;
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }

  tspan.note-marker {
    fill: var(--_muted);
  }

  .notes {
    margin: calc(var(--_space) * 0.75) 0 0;
    padding-inline-start: 1.5em;
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.4;
  }

  .notes li + li {
    margin-block-start: 0.25em;
  }

  .notes li::marker {
    font-variant-numeric: tabular-nums;
  }

  @media print {
    .notes {
      color: #000;
    }
    tspan.note-marker {
      fill: #000;
    }
  }

  @media (forced-colors: active) {
    tspan.note-marker {
      fill: CanvasText;
    }
  }
`;
