import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import type { FigureRecord } from '../../layout/figure.js';
import type { Issue, Profile, SectionName } from '../../profile/types.js';
import { SECTIONS } from '../../profile/validate.js';
import { layoutSources, listedSources, type Reference, type SourceListGeometry } from './source-list.layout.js';
import { sourceListStyles } from './source-list.styles.js';

/** Error messages stay English: they are for the site owner and get pasted into bug reports. */
const ERRORS = {
  unknownSection: (value: string) => `section must be one of ${SECTIONS.join(', ')} (or empty for every source) but is "${value}"`,
} as const;

/**
 * Every source of the profile in full, as a references list: publisher, date, title (linked for
 * http and https addresses), the address, the date retrieved and the source's own note. The
 * element a program page puts at its foot. `section` limits it to the sources one section cites.
 *
 * It reads `occupation` and `sources` only (a mistake in any section cannot stop it); with
 * `section`, it validates that section too, since it lists what that section cites.
 *
 * @tagname source-list
 * @summary Every source of the profile in full, or those one section cites.
 *
 * @attr section - A section of the profile (`outlook`, `salary`, `timeline`, `keyFigures`, `careerPaths`, `workSettings`): list only the sources it cites. Default: every source.
 *
 * @csspart references - The list of sources (also `source`: it is the element's source line).
 * @csspart reference - Each source (a list item).
 *
 * @cssproperty --cw-source-list-link-color - The linked titles. Default: `--cw-color-accent`.
 */
export class SourceList extends CwElement<SectionName, SourceListGeometry> {
  static override styles = [...CwElement.styles, sourceListStyles];

  /** A section whose cited sources alone are listed; every source when empty. */
  @property({ reflect: true }) section?: string;

  protected get sectionName(): SectionName {
    const wanted = this.section?.trim();
    return wanted && (SECTIONS as readonly string[]).includes(wanted) ? (wanted as SectionName) : 'sources';
  }

  protected defaultHeading(): string {
    return this.t.sourceListHeading;
  }

  protected override attributeIssue(): Issue | undefined {
    const wanted = this.section?.trim();
    if (!wanted || wanted === 'sources' || this.sectionName !== 'sources') return undefined;
    return { path: 'section', message: ERRORS.unknownSection(wanted) };
  }

  protected records(content: unknown, profile: Profile): FigureRecord[] {
    const ids = listedSources(profile, this.sectionName, content);
    return profile.sources.filter((s) => ids.includes(s.id)).map((s) => ({ label: s.title ?? s.publisher, source: s.id, note: s.note }));
  }

  protected override reservedRows(): number {
    return 4;
  }

  protected layout(content: unknown, { formats, profile, messages }: LayoutContext): SourceListGeometry {
    return layoutSources(profile, this.sectionName, content, formats, messages);
  }

  protected renderFigures(g: SourceListGeometry, _view: Ready<SectionName>): TemplateResult {
    if (!g.references.length) return html`<p part="source" class="empty">${this.t.sourceListNone}</p>`;
    return html`<ol part="references source" class="references">
      ${repeat(g.references, (r) => r.key, (r) => this.renderReference(r))}
    </ol>`;
  }

  private renderReference(r: Reference) {
    const title = r.title ? html`<cite><bdi>${r.title}</bdi></cite>` : nothing;
    return html`<li part="reference" data-key=${r.key}>
      <bdi>${r.publisher}</bdi>, ${r.date}.
      ${r.title ? html`${r.url ? html`<a href=${r.url} rel="noopener noreferrer" target="_blank">${title}</a>` : title}.` : nothing}
      ${r.retrieved ? html`<span class="retrieved">${this.t.sourceListRetrieved(r.retrieved)}</span>` : nothing}
      ${r.url ? (r.title ? html`<span class="url">${r.url}</span>` : html`<a class="url" href=${r.url} rel="noopener noreferrer" target="_blank">${r.url}</a>`) : nothing}
      ${r.note ? html`<span class="reference-note"><bdi>${r.note}</bdi></span>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-list': SourceList;
  }
}
