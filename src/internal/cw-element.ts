import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ActionsController } from '../controllers/actions.js';
import { ColorSchemeController } from '../controllers/color-scheme.js';
import { DataSourceController } from '../controllers/data-source.js';
import { LocaleController } from '../controllers/locale.js';
import { RovingFocusController } from '../controllers/roving-focus.js';
import { SizeController } from '../controllers/size.js';
import { styleProps } from '../directives/style-props.js';
import { CwErrorEvent } from '../events/cw-error.js';
import type { Messages } from '../i18n/index.js';
import type { FigureRecord } from '../layout/figure.js';
import type { Formats } from '../layout/format.js';
import { actionStyles, actionsRow } from '../parts/actions.js';
import { chartFrameStyles } from '../parts/chart-frame.js';
import { markStyles } from '../parts/marks.js';
import { notesStyles } from '../parts/notes.js';
import { sourceStyles } from '../parts/sources.js';
import { tableStyles } from '../parts/table.js';
import { tooltipStyles } from '../parts/tooltip.js';
import { viewOf, type View } from '../profile/resolve.js';
import type { Issue, Profile, SectionName } from '../profile/types.js';
import { tokens } from '../styles/tokens.styles.js';
import type { LayoutContext, Ready } from './context.js';
import { elementStyles } from './cw-element.styles.js';
import { defineOnce } from './define.js';

export type Theme = 'light' | 'dark' | 'auto';
export type { View } from '../profile/resolve.js';
export type { LayoutContext, Ready } from './context.js';

/**
 * The base of every career-widgets element: lifecycle wiring only. Its controllers settle the data
 * (`DataSourceController`), the size and lazy drawing (`SizeController`), the colour scheme and the
 * locale; a subclass names its profile section, lays it out (pure, memoised here in `willUpdate`)
 * and renders that geometry with the shared parts.
 *
 * @attr src - URL of a career profile (JSON). A later change refetches; a stale answer never wins.
 * @attr locale - BCP 47 tag for numbers, currency, percents and dates. Default: the nearest `lang`, else `en-US`.
 * @attr theme - `light` (default), `dark`, or `auto` (the page's `color-scheme`, else the system's). Empty means `light`.
 * @attr heading - Replaces the element's title.
 * @attr actions - Reader actions under the figures, any of `data` (CSV with the sources), `image` (SVG and PNG), `citation` and `embed` (copied). Default: none.
 *
 * @event {CwErrorEvent} cw-error - The element entered its error state; `detail.message` names the field.
 * @event {CwActionEvent} cw-action - A reader action is about to run (`detail.kind`, `detail.format`); `preventDefault()` stops it.
 *
 * @csspart base - The element's frame (a `figure`).
 * @csspart heading - The title.
 * @csspart chart - The drawing.
 * @csspart table - The figures as a table (visually hidden, read by screen readers).
 * @csspart source - The source line.
 * @csspart error - The error message (`role="alert"`).
 * @csspart loading - Shown while `src` is fetched (`aria-busy="true"`).
 * @csspart actions - The reader actions' row (below 480 px, its "Share / Download" button and menu).
 *
 * @cssproperty --cw-font-family - Font of all text. Default: inherited from the page.
 * @cssproperty --cw-color-text - Text colour. Default: `light-dark(#1f2328, #e6edf3)`.
 * @cssproperty --cw-color-muted - Secondary text. Default: `light-dark(#57606a, #9da7b3)`.
 * @cssproperty --cw-color-background - Background. Default: `light-dark(#ffffff, #16191d)`.
 * @cssproperty --cw-color-accent - The occupation's own marks. Default: `light-dark(#0b5cad, #8cc4ff)`.
 * @cssproperty --cw-color-compare - Comparison marks. Default: `light-dark(#c45c00, #cf7a2a)`.
 * @cssproperty --cw-color-grid - Grid lines and axes. Default: `light-dark(#d0d7de, #3d444d)`.
 * @cssproperty --cw-radius - Corner radius. Default: `0.375rem`.
 * @cssproperty --cw-space - Padding and gaps. Default: `1rem`.
 */
export abstract class CwElement<K extends SectionName, G> extends LitElement {
  static override styles = [tokens, elementStyles, chartFrameStyles, markStyles, tooltipStyles, tableStyles, notesStyles, sourceStyles, actionStyles];

  /** The version of the copy of career-widgets that defined this element. */
  static readonly version: string = __CW_VERSION__;

  /** How long a `src` server may take before the element shows its error state, in ms. */
  static fetchTimeout = 10_000;

  /** Defines `tag` with this class unless the tag exists (see `defineOnce`); on a server, nothing. */
  static define(tag: string): void {
    defineOnce(tag, this as unknown as CustomElementConstructor & { readonly version: string });
  }

  /** A career profile object. Wins over every other data route. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a career profile, fetched when no `data` or JSON child is given. */
  @property({ reflect: true }) src?: string;

  /** BCP 47 locale for numbers and dates. */
  @property({ reflect: true }) locale?: string;

  /** `light`, `dark` or `auto`; empty means `light`. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Replaces the element's title. */
  @property({ reflect: true }) heading?: string;

  /** Reader actions: any of `data`, `image`, `citation`, `embed`, separated by spaces. */
  @property({ reflect: true }) actions?: string;

  /** The section of the profile this element reads. */
  protected abstract readonly sectionName: K;

  /** The title shown when no `heading` is set. */
  protected abstract defaultHeading(section: NonNullable<Profile[K]>, profile: Profile): string;

  /** Pure geometry for `section` at the context's width: d3 math only, no DOM. */
  protected abstract layout(section: NonNullable<Profile[K]>, context: LayoutContext): G;

  /** The element's figures, drawn from the geometry `layout` returned. */
  protected abstract renderFigures(geometry: G, view: Ready<K>): TemplateResult;

  /** The element's figures (or items) as the CSV of the `data` action gives them, each with its source. */
  protected abstract records(section: NonNullable<Profile[K]>, profile: Profile): FigureRecord[];

  /** The element's own attributes its layout reads (`figures`, say): a change lays it out again. */
  protected layoutInputs(): readonly unknown[] {
    return [];
  }

  /** A problem with the element's own attributes against its section (an unknown id, say), if any. */
  protected attributeIssue(_section: NonNullable<Profile[K]>, _profile: Profile): Issue | undefined {
    return undefined;
  }

  /** How many rows of figures to reserve height for before the width is known. */
  protected reservedRows(_section: NonNullable<Profile[K]>): number {
    return 4;
  }

  protected readonly size = new SizeController(this);
  private readonly scheme = new ColorSchemeController(this);
  private readonly locales = new LocaleController(this);
  private readonly source = new DataSourceController(this, () => this.sectionName, () => (this.constructor as typeof CwElement).fetchTimeout);
  /** The focusable marks over the drawing: one Tab stop, arrow keys between them, Escape hides the note. */
  protected readonly roving = new RovingFocusController(this, '.mark', { single: true, onEscape: () => this.dismiss() });
  /** The reader actions (`actions`): they write from the ready view, the data's route and the element's records. */
  private readonly acts = new ActionsController(this, () => {
    const { view } = this;
    if (view.kind !== 'ready') return undefined;
    return { ...view, name: this.sectionName, route: this.source.route, records: this.records(view.section, view.profile), t: this.t, f: this.formats };
  });

  protected view: View<NonNullable<Profile[K]>> = { kind: 'loading' };
  protected geometry?: G;
  private layoutKey: readonly unknown[] = [];
  private lastError?: string;

  /** Index of the figure whose note is shown (its mark hovered, focused or clicked), if any. */
  @state() protected active?: number;

  protected get formats(): Formats {
    return this.locales.formats;
  }

  /** The element's words, in its language (`lang`, else the nearest ancestor's, else English). */
  protected get t(): Messages {
    return this.locales.messages;
  }

  /** Whether the figures are drawn now, or only their place is kept (far below the fold). */
  protected get drawing(): boolean {
    return this.size.near;
  }

  /** Shows the note of figure `index`, or none. */
  protected readonly show = (index?: number): void => {
    this.active = index;
  };

  /** Escape hides a shown note without moving the pointer or focus (WCAG 1.4.13). */
  private dismiss(): boolean {
    if (this.active === undefined) return false;
    this.active = undefined;
    return true;
  }

  /** A far element renders nothing until its idle moment (lazy drawing's first step). */
  protected override shouldUpdate(): boolean {
    return !this.size.deferred;
  }

  protected override willUpdate(): void {
    this.scheme.set(this.theme);
    this.source.sync(this.data, this.src);
    const issue = this.checkAttributes();
    const view = viewOf(this.source.result, this.sectionName, this.localName);
    const problem = issue ?? (view.kind === 'ready' ? this.attributeIssue(view.section, view.profile) : undefined);
    this.view = problem ? { kind: 'error', message: problem.message, issues: [problem] } : view;
    this.updateGeometry();
  }

  /** Odd attribute values get the error state too, naming the attribute. */
  private checkAttributes(): Issue | undefined {
    const theme: string = this.theme;
    if (theme && theme !== 'light' && theme !== 'dark' && theme !== 'auto') {
      return { path: 'theme', message: `theme must be "light", "dark" or "auto" but is "${theme}"` };
    }
    return this.acts.parse(this.actions) ?? this.locales.resolve(this.locale);
  }

  /** Lays the section out again only when its inputs changed: scales are never rebuilt in render(). */
  private updateGeometry(): void {
    const { view } = this;
    const { width, fontSize, rtl, ready } = this.size;
    if (view.kind !== 'ready' || width === undefined || width <= 0 || !ready) {
      this.geometry = undefined;
      this.layoutKey = [];
      return;
    }
    const key = [view.section, view.profile, width, fontSize, rtl, this.formats, this.t, ...this.layoutInputs()];
    if (this.geometry !== undefined && key.every((k, i) => k === this.layoutKey[i])) return;
    this.layoutKey = key;
    this.geometry = this.layout(view.section, { width, fontSize, rtl, formats: this.formats, messages: this.t, profile: view.profile });
  }

  protected override updated(): void {
    const { view } = this;
    if (view.kind !== 'error') {
      this.lastError = undefined;
    } else if (view.message !== this.lastError) {
      this.lastError = view.message;
      this.dispatchEvent(new CwErrorEvent({ message: view.message, issues: view.issues }));
    }
  }

  protected override render(): TemplateResult {
    const { view } = this;
    const own = this.heading?.trim();
    const heading = own ? own : view.kind === 'ready' ? this.defaultHeading(view.section, view.profile) : undefined;
    let body: TemplateResult;
    if (view.kind === 'loading') {
      body = html`<div part="loading" class="loading" aria-busy="true" role="status">${this.t.loading}</div>`;
    } else if (view.kind === 'error') {
      body = html`<p part="error" class="error" role="alert">${view.message}</p>`;
    } else if (this.geometry === undefined) {
      const rows = String(this.reservedRows(view.section));
      body = html`<div part="chart" class="chart reserve" style=${styleProps({ '--_rows': rows })}></div>`;
    } else {
      body = html`${this.renderFigures(this.geometry, view)}${actionsRow(this.acts, this.size.width, this.t)}`;
    }
    return html`<figure
      part="base"
      class=${classMap({ base: true, 'follow-system': this.scheme.followSystem, [`state-${view.kind}`]: true })}
      aria-labelledby=${heading ? 'heading' : nothing}
    >
      ${heading ? html`<figcaption part="heading" class="heading" id="heading">${heading}</figcaption>` : nothing}
      <div class="measure" aria-hidden="true"></div>
      ${body}
    </figure>`;
  }
}
