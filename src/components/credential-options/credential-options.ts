import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import type { FigureRecord } from '../../layout/figure.js';
import { proseStyles, subheading } from '../../parts/prose.js';
import { sourceLine } from '../../parts/sources.js';
import type { Education } from '../../profile/types.js';
import { layoutEducation, type EducationGeometry } from './credential-options.layout.js';
import { credentialOptionsStyles } from './credential-options.styles.js';

/**
 * The education and credential options, each with who it is best for and what to check before
 * enrolling: a table when wide, cards when narrow. Beside them, the credentials the profile names,
 * each with what its source says of it. No duration or cost is shown (the profile has none); the
 * element says to verify exam costs. A program page marks the option it offers with `highlight`.
 *
 * @tagname credential-options
 * @summary Education routes and credentials: who each suits and what to check, as a table or cards.
 *
 * @attr highlight - The `id` of the option this program offers (e.g. `associate-degree`); it says so.
 *
 * @csspart options - The options table (480 px and wider).
 * @csspart cards - The options as cards (below 480 px).
 * @csspart card - Each option's card (`class="card highlight"` for the option offered).
 * @csspart offered - The words that say the program offers this option.
 * @csspart subheading - The title over the credentials.
 * @csspart credentials - The credentials, each with what the source says of it.
 * @csspart costs - The line saying no costs are shown and exam costs should be verified.
 *
 * @cssproperty --cw-credential-options-highlight-color - The rule of the option offered. Default: `--cw-color-accent`.
 * @cssproperty --cw-credential-options-rule-color - Rules and card borders. Default: `--cw-color-grid`.
 */
export class CredentialOptions extends CwElement<'education', EducationGeometry> {
  static override styles = [...CwElement.styles, proseStyles, credentialOptionsStyles];

  protected readonly sectionName = 'education';

  /** The `id` of the option this program offers. */
  @property({ reflect: true }) highlight?: string;

  protected defaultHeading(education: Education): string {
    return education.title ?? this.t.credentialsHeading;
  }

  protected layout(education: Education, { width }: LayoutContext): EducationGeometry {
    return layoutEducation(education, width);
  }

  protected records(education: Education): FigureRecord[] {
    return [
      ...education.options.map((o) => ({ label: o.option, value: o.bestFor, source: o.source, note: o.check })),
      ...(education.credentials ?? []).map((c) => ({ label: c.name, value: c.text, source: c.source })),
    ];
  }

  protected renderFigures(g: EducationGeometry, { profile }: Ready<'education'>): TemplateResult {
    const offered = (id: string) => (id === this.highlight?.trim() ? html`<span part="offered" class="offered">${this.t.credentialOffered}</span>` : nothing);
    const hl = (id: string) => (id === this.highlight?.trim() ? 'highlight' : '');
    const options = g.narrow
      ? html`<ul part="cards" class="cards plain-list" aria-labelledby="heading">
          ${repeat(
            g.options,
            (o) => o.id,
            (o) => html`<li part="card" class="card ${hl(o.id)}" data-id=${o.id}>
              <p class="option"><bdi>${o.option}</bdi></p>
              ${offered(o.id)}
              <dl>
                <dt class="quiet small">${this.t.credentialBestFor}</dt>
                <dd><bdi>${o.bestFor}</bdi></dd>
                <dt class="quiet small">${this.t.credentialCheck}</dt>
                <dd><bdi>${o.check}</bdi></dd>
              </dl>
            </li>`,
          )}
        </ul>`
      : html`<table part="options" class="options" aria-labelledby="heading">
          <thead>
            <tr class="quiet small">
              <th scope="col">${this.t.credentialOption}</th>
              <th scope="col">${this.t.credentialBestFor}</th>
              <th scope="col">${this.t.credentialCheck}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              g.options,
              (o) => o.id,
              (o) => html`<tr class=${hl(o.id)} data-id=${o.id}>
                <th scope="row" class="option"><bdi>${o.option}</bdi>${offered(o.id)}</th>
                <td><bdi>${o.bestFor}</bdi></td>
                <td><bdi>${o.check}</bdi></td>
              </tr>`,
            )}
          </tbody>
        </table>`;
    return html`${options}
      ${g.credentials.length
        ? html`${subheading('credentials-heading', this.t.credentialsList)}
            <dl part="credentials" class="credentials">
              ${g.credentials.map((c) => html`<dt><bdi>${c.name}</bdi></dt><dd><bdi>${c.text}</bdi></dd>`)}
            </dl>`
        : nothing}
      <p part="costs" class="costs quiet small">${this.t.credentialCosts}</p>
      ${sourceLine(profile, g.sourceIds, this.formats, this.t)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credential-options': CredentialOptions;
  }
}
