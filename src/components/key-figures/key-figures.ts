import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import { figureRecord, type FigureRecord } from '../../layout/figure.js';
import { noteMarker } from '../../parts/notes.js';
import { figureFooter } from '../../parts/footer.js';
import type { Issue, KeyFigures as KeyFiguresSection, Profile } from '../../profile/types.js';
import { layoutKeyFigures, pickFigures, unknownFigures, type KeyFiguresGeometry } from './key-figures.layout.js';
import { keyFiguresStyles } from './key-figures.styles.js';
import { isolate } from '../../layout/text.js';

/** Error messages stay English: they are for the site owner and get pasted into bug reports. */
const ERRORS = {
  unknown: (ids: readonly string[], known: readonly string[]) =>
    `figures names ${ids.map((id) => `"${id}"`).join(', ')}, which ${ids.length === 1 ? 'is' : 'are'} not in keyFigures.figures (${known.join(', ')})`,
} as const;

/**
 * The guide's headline figures as a row of stat cards that wraps to a column when narrow. Each card
 * shows its value (a real number the locale writes, qualified "about" where the source is
 * approximate), a one-line label, its source, and a marker tying it to its caveat in the notes list.
 *
 * @tagname key-figures
 * @summary The headline figures as stat cards, each with its label, source and caveat.
 *
 * @attr figures - Ids of the figures to show, in order, separated by spaces (`figures="growth median"`). Default: all, in the profile's order. An unknown id is an error naming it.
 *
 * @csspart figures - The list of cards.
 * @csspart figure - Each card (a list item).
 * @csspart value - A card's figure.
 * @csspart label - A card's label.
 * @csspart card-source - A card's source: publisher and date.
 * @csspart notes - The numbered caveats under the cards.
 *
 * @cssproperty --cw-key-figures-value-color - The figures. Default: `--cw-color-accent`.
 * @cssproperty --cw-key-figures-card-border-color - Each card's border. Default: `--cw-color-grid`.
 * @cssproperty --cw-key-figures-card-min-width - The narrowest a card gets before the row wraps. Default: `10rem`.
 */
export class KeyFigures extends CwElement<'keyFigures', KeyFiguresGeometry> {
  static override styles = [...CwElement.styles, keyFiguresStyles];

  protected readonly sectionName = 'keyFigures';

  /** Ids of the figures to show, in order; all of them when empty. */
  @property({ reflect: true }) figures?: string;

  protected defaultHeading(_section: KeyFiguresSection, profile: Profile): string {
    return this.t.keyFiguresHeading(isolate(profile.occupation));
  }

  protected override layoutInputs(): readonly unknown[] {
    return [this.figures];
  }

  protected override attributeIssue(section: KeyFiguresSection): Issue | undefined {
    const unknown = unknownFigures(section, this.figures);
    if (!unknown.length) return undefined;
    return { path: 'figures', message: ERRORS.unknown(unknown, section.figures.map((f) => f.id)) };
  }

  protected records(section: KeyFiguresSection): FigureRecord[] {
    return pickFigures(section, this.figures).map((x) => figureRecord(x, this.formats, this.t));
  }

  protected override reservedRows(section: KeyFiguresSection): number {
    return Math.ceil(section.figures.length / 2) * 2 + 1;
  }

  protected layout(section: KeyFiguresSection, { width, formats, messages, profile }: LayoutContext): KeyFiguresGeometry {
    return layoutKeyFigures(section, profile, width, formats, this.figures, messages);
  }

  protected renderFigures(g: KeyFiguresGeometry, { profile }: Ready<'keyFigures'>): TemplateResult {
    return html`<ul part="figures" class="cards" aria-label=${this.t.keyFiguresList}>
        ${repeat(
          g.cards,
          (c) => c.key,
          (c) => html`<li part="figure" class="card" data-key=${c.key}>
            <p part="value" class="value">${c.valueText}${noteMarker(c.marker)}</p>
            <p part="label" class="label"><bdi>${c.label}</bdi></p>
            ${c.period ? html`<p class="period">${c.period}</p>` : nothing}
            ${c.descriptor ? html`<p class="descriptor"><bdi>${c.descriptor}</bdi></p>` : nothing}
            <p part="card-source" class="card-source"><bdi>${c.sourceText}</bdi></p>
          </li>`,
        )}
      </ul>
      ${figureFooter(g.notes, profile, g.cards.map((c) => c.source), this.formats, this.t)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'key-figures': KeyFigures;
  }
}
