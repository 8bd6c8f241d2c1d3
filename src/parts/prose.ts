import { css, html, type TemplateResult } from 'lit';

/**
 * What the elements of text (lists of questions, pairs, options) share: a subheading, plain lists,
 * rows divided by rules, a rule down a block's start edge (solid, or dashed for its counterpart),
 * quiet secondary text, and native checkboxes and radio buttons in the theme's colours. Designed
 * for print (black on white) and forced colours alike.
 */

/** A title inside the element, under its heading: `id` names it for the list it labels. */
export function subheading(id: string, text: string): TemplateResult {
  return html`<p part="subheading" class="subheading" id=${id}>${text}</p>`;
}

export const proseStyles = css`
  .plain-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .subheading {
    margin: 0.75em 0 0.25em;
    font-weight: 650;
  }

  .quiet {
    color: var(--_muted);
  }

  .small {
    font-size: 0.875em;
  }

  /* A row of a list, divided from the one before by a rule (in --_rule, else the grid colour). */
  .ruled {
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_rule, var(--_grid));
  }

  /* A rule down the start edge: solid in --_lead, or dashed in --_lead-dashed for a counterpart. */
  .lead,
  .lead-dashed {
    padding-inline-start: 0.625em;
    border-inline-start: 3px solid var(--_lead, var(--_accent));
  }

  .lead-dashed {
    border-inline-start: 3px dashed var(--_lead-dashed, var(--_grid));
  }

  input {
    accent-color: var(--_lead, var(--_accent));
    print-color-adjust: exact;
  }

  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media print {
    .quiet {
      color: #000;
    }
    .ruled {
      break-inside: avoid;
      border-color: #999;
    }
    .lead,
    .lead-dashed {
      border-inline-start-color: #000;
    }
  }

  /* Borders and outlines take system colours by themselves; the solid rule stands out as Highlight. */
  @media (forced-colors: active) {
    .lead {
      border-inline-start-color: Highlight;
    }
  }
`;
