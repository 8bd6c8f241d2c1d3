import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { CwPathSelectEvent } from '../../events/cw-path-select.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import { chartFrame } from '../../parts/chart-frame.js';
import { marks } from '../../parts/marks.js';
import { noteMarker, notesList, svgNoteMarker } from '../../parts/notes.js';
import { sourceLine } from '../../parts/sources.js';
import { svgLines } from '../../parts/svg-text.js';
import { dataTable, publisherOf } from '../../parts/table.js';
import { tooltip } from '../../parts/tooltip.js';
import type { CareerPaths, Profile } from '../../profile/types.js';
import { layoutCareerPath, PATH_WORDS, type CareerPathGeometry, type PathNode } from './career-path.layout.js';
import { careerPathStyles } from './career-path.styles.js';

/** The element's own words, in one place for the message catalog (with `PATH_WORDS`). */
const WORDS = {
  heading: (occupation: string) => `Where a ${occupation.toLowerCase()} can go next`,
  list: 'Career paths',
  tableCaption: (from: string) => `Career paths from ${from}`,
  columns: ['Path', 'What it takes', 'What the role does', 'Figures', 'Source', 'Note'],
} as const;

/**
 * Where the role leads: the role at the root and a branch to each next role, each saying what the
 * move takes and, only where a source gives one, a figure with its source and caveat. From 480 px
 * wide it is a path diagram (d3-hierarchy's tree, d3-shape's links); below, an ordered list of
 * cards. The paths are one Tab stop moved with the arrow keys; choosing one emits `cw-path-select`.
 *
 * @tagname career-path
 * @summary The advancement paths from the role as a path diagram, with the figures a source gives for each.
 *
 * @csspart root - The role the paths start from.
 * @csspart link - Each branch from the role to a next role.
 * @csspart label - Each next role's name in the drawing.
 * @csspart node - The focusable area over each next role (a card's button when narrow); shows what the role does.
 * @csspart paths - Narrow: the ordered list of next roles.
 * @csspart tooltip - What the role under the pointer or keyboard focus does.
 * @csspart notes - The numbered caveats.
 *
 * @cssproperty --cw-career-path-node-border-color - Each next role's outline. Default: `--cw-color-grid`.
 * @cssproperty --cw-career-path-root-color - The role's outline. Default: `--cw-color-accent`.
 * @cssproperty --cw-career-path-link-color - The branches. Default: `--cw-color-muted`.
 *
 * @event {CwPathSelectEvent} cw-path-select - A path was chosen (click, Enter or Space); `detail.id` is its id, `detail.index` its position.
 */
export class CareerPath extends CwElement<'careerPaths', CareerPathGeometry> {
  static override styles = [...CwElement.styles, careerPathStyles];

  protected readonly sectionName = 'careerPaths';

  /** Narrow: the cards' buttons are one Tab stop too. */
  private readonly cardKeys = new RovingFocusController(this, '.path-button', { single: true });

  protected defaultHeading(_section: CareerPaths, profile: Profile): string {
    return WORDS.heading(profile.occupation);
  }

  protected override reservedRows(section: CareerPaths): number {
    return section.paths.length * 2;
  }

  protected layout(section: CareerPaths, { width, fontSize, formats, profile }: LayoutContext): CareerPathGeometry {
    return layoutCareerPath(section, profile, width, fontSize, formats);
  }

  private readonly select = (index: number): void => {
    const node = this.geometry?.nodes[index];
    if (node) this.dispatchEvent(new CwPathSelectEvent({ id: node.key, index }));
  };

  protected renderFigures(g: CareerPathGeometry, { section, profile }: Ready<'careerPaths'>): TemplateResult {
    const sources = section.paths.flatMap((p) => [p.source, ...(p.figures ?? []).map((f) => f.source)]);
    return html`${g.narrow ? this.renderCards(g) : this.renderDiagram(g)} ${this.renderTable(g, profile)} ${notesList(g.notes)}
    ${sourceLine(profile, sources, this.formats)}`;
  }

  private renderDiagram(g: CareerPathGeometry) {
    const active = this.active === undefined ? undefined : g.nodes[this.active];
    const { root } = g;
    return chartFrame({
      ...g,
      drawing: this.drawing,
      vars: { '--_fs-small': `${String(g.smallSize)}px` },
      onLeave: () => {
        this.show(undefined);
      },
      marks: () => svg`${g.links.map((d) => svg`<path part="link" class="link" d=${d}></path>`)}
        <g part="root" class="root">
          <rect class="root-box" x=${root.box.x + 1} y=${root.box.y + 1} width=${root.box.width - 2} height=${root.box.height - 2} rx="6"></rect>
          <text class="label">${svgLines(root.lines, root.textX, root.y)}</text>
        </g>
        ${repeat(g.nodes, (n) => n.key, (n) => this.renderNode(n))}`,
      overlay: () => html`${marks(g.nodes, this.active, this.show, this.roving, {
          part: 'node',
          describedBy: (i) => `path-${String(i)}`,
          onSelect: this.select,
        })}
        <div hidden>${g.nodes.map((n) => html`<span id="path-${String(n.index)}">${this.describe(n)}</span>`)}</div>
        ${active ? tooltip(active.box, g.height, this.renderNote(active)) : nothing}`,
    });
  }

  private renderNode(n: PathNode) {
    const b = n.box;
    return svg`<g class="node" data-key=${n.key}>
      <rect class="node-box" x=${b.x + 0.5} y=${b.y + 0.5} width=${b.width - 1} height=${b.height - 1} rx="6"></rect>
      <text part="label" class="label">${svgLines(n.labelLines, n.textX, n.labelY)}${svgNoteMarker(n.marker)}</text>
      ${n.requiresLines.length ? svg`<text class="requires">${svgLines(n.requiresLines, n.textX, n.requiresY)}</text>` : nothing}
      ${n.figures.map((f) => svg`<text class="figure" data-key=${f.key}>${svgLines(f.lines, n.textX, f.y)}${svgNoteMarker(f.marker)}</text>`)}
    </g>`;
  }

  /** Narrow: the role, then its paths as an ordered list of cards, each a button to choose it. */
  private renderCards(g: CareerPathGeometry) {
    return html`<p part="root" class="path-root"><bdi>${g.root.label}</bdi></p>
      <ol part="paths" class="path-cards" aria-label=${WORDS.list}>
        ${repeat(
          g.nodes,
          (n) => n.key,
          (n, i) => html`<li class="path-card" data-key=${n.key}>
            <button
              type="button"
              part="node"
              class="path-button"
              tabindex=${this.cardKeys.tabindex(i, g.nodes.length) ?? nothing}
              @focus=${() => {
                this.cardKeys.focused(i);
              }}
              @click=${() => {
                this.select(i);
              }}
              @keydown=${this.cardKeys.keydown}
            >
              <bdi>${n.label}</bdi>${noteMarker(n.marker)}
            </button>
            ${n.requires ? html`<p class="quiet"><bdi>${PATH_WORDS.takes(n.requires)}</bdi></p>` : nothing}
            ${n.figures.map((f) => html`<p class="figure-text"><bdi>${f.text}</bdi>${noteMarker(f.marker)}</p>`)}
            ${n.description ? html`<p><bdi>${n.description}</bdi></p>` : nothing}
          </li>`,
        )}
      </ol>`;
  }

  /** What a screen reader hears after a node's name: what it takes, its figures, what it does. */
  private describe(n: PathNode): string {
    return [n.requires ? PATH_WORDS.takes(n.requires) : '', ...n.figures.map((f) => f.text), n.description ?? ''].filter(Boolean).join('. ');
  }

  private renderNote(n: PathNode) {
    return html`<strong>${n.label}</strong>
      ${n.description ? html`<span>${n.description}</span>` : nothing}
      ${[n.note, ...n.figures.map((f) => f.note)].filter(Boolean).map((note) => html`<span class="quiet">${note}</span>`)}`;
  }

  private renderTable(g: CareerPathGeometry, profile: Profile) {
    return dataTable(
      WORDS.tableCaption(g.root.label),
      WORDS.columns,
      g.nodes.map((n) => [
        n.label,
        n.requires ?? '',
        n.description ?? '',
        n.figures.map((f) => f.text).join('; '),
        publisherOf(profile, n.source),
        [n.note, ...n.figures.map((f) => f.note)].filter(Boolean).join(' '),
      ]),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-path': CareerPath;
  }
}
