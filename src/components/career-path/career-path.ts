import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CwPathSelectEvent } from '../../events/cw-path-select.js';
import { CwElement, type LayoutContext, type Ready } from '../../internal/cw-element.js';
import { figureRecord, type FigureRecord } from '../../layout/figure.js';
import { chartFrame } from '../../parts/chart-frame.js';
import { marks } from '../../parts/marks.js';
import { figureFooter } from '../../parts/footer.js';
import { svgText } from '../../parts/svg-text.js';
import { dataTable, publisherOf } from '../../parts/table.js';
import { tooltip } from '../../parts/tooltip.js';
import type { Box } from '../../layout/grid.js';
import { citedSources } from '../../profile/cited.js';
import type { CareerPaths, Profile } from '../../profile/types.js';
import { layoutCareerPath, type CareerPathGeometry, type PathNode } from './career-path.layout.js';
import { careerPathStyles } from './career-path.styles.js';
import { isolate } from '../../layout/text.js';

/**
 * Where the role leads: the role at the root and a branch to each next role, each saying what the
 * move takes and, only where a source gives one, a figure with its source and caveat. From 480 px
 * wide it is a path diagram, the root beside its branches; below, the root on top and the next
 * roles as a column of cards in order. The paths are one Tab stop moved with the arrow keys at every
 * width; choosing one emits `cw-path-select`.
 *
 * @tagname career-path
 * @summary The advancement paths from the role as a path diagram, with the figures a source gives for each.
 *
 * @csspart root - The role the paths start from.
 * @csspart link - Each branch from the role to a next role.
 * @csspart label - Each next role's name in the drawing.
 * @csspart node - The focusable area over each next role; shows what the role does.
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

  protected defaultHeading(_section: CareerPaths, profile: Profile): string {
    return this.t.careerPathHeading(isolate(profile.occupation));
  }

  protected records(section: CareerPaths): FigureRecord[] {
    return section.paths.flatMap((p) => [
      { label: p.label, value: p.requires, source: p.source, note: p.note },
      ...(p.figures ?? []).map((x) => ({ ...figureRecord(x, this.formats, this.t), label: `${p.label}: ${x.label}` })),
    ]);
  }

  protected override reservedRows(section: CareerPaths): number {
    return section.paths.length * 2;
  }

  protected layout(section: CareerPaths, { width, fontSize, formats, messages, profile, rtl }: LayoutContext): CareerPathGeometry {
    return layoutCareerPath(section, profile, width, fontSize, formats, messages, rtl);
  }

  private readonly select = (index: number): void => {
    const node = this.geometry?.nodes[index];
    if (node) this.dispatchEvent(new CwPathSelectEvent({ id: node.key, index }));
  };

  protected renderFigures(g: CareerPathGeometry, { section, profile }: Ready<'careerPaths'>): TemplateResult {
    const active = this.active === undefined ? undefined : g.nodes[this.active];
    return html`${chartFrame({
        ...g,
        key: g,
        drawing: this.drawing,
        vars: { '--_fs-small': `${String(g.smallSize)}px` },
        onLeave: () => {
          this.show(undefined);
        },
        marks: () => svg`${g.links.map((d) => svg`<path part="link" class="link" d=${d}></path>`)}
          <g part="root">${this.renderBox(g.root.box, 'root-box')}${svgText({ class: 'label' }, g.root.lines, g.root.textX, g.root.y)}</g>
          ${repeat(g.nodes, (n) => n.key, (n) => this.renderNode(n))}`,
        overlay: () => html`${marks(g.nodes, this.active, this.show, this.roving, { part: 'node', onSelect: this.select })}
          ${active ? tooltip(active.box, g.height, html`<strong><bdi>${active.path.label}</bdi></strong><bdi>${active.path.description}</bdi>`) : nothing}`,
      })}
      ${dataTable(
        this.t.careerPathCaption,
        this.t.careerPathColumns,
        g.nodes.map((n) => [n.path.label, n.path.requires ?? '', n.figures.map((f) => f.text).join('; '), n.path.description ?? '', publisherOf(profile, n.path.source)]),
      )}
      ${figureFooter(g.notes, profile, citedSources(section), this.formats, this.t)}`;
  }

  private renderBox(b: Box, kind: string) {
    return svg`<rect class=${kind} x=${b.x + 1} y=${b.y + 1} width=${b.width - 2} height=${b.height - 2} rx="6"></rect>`;
  }

  private renderNode(n: PathNode) {
    return svg`<g class="node" data-key=${n.key}>
      ${this.renderBox(n.box, 'node-box')}
      ${svgText({ part: 'label', class: 'label' }, n.labelLines, n.textX, n.labelY, n.marker)}
      ${svgText({ class: 'sub' }, n.requiresLines, n.textX, n.requiresY)}
      ${n.figures.map((f) => svgText({ class: 'value' }, f.lines, n.textX, f.y, f.marker))}
    </g>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-path': CareerPath;
  }
}
