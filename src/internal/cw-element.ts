import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleProps } from './style-props.js';
import { Task, TaskStatus } from '@lit/task';
import { CwErrorEvent } from '../events/cw-error.js';
import { defaultProfile } from '../profile/default-profile.js';
import type { Issue, Profile, SectionName, Source } from '../profile/types.js';
import { validateProfile } from '../profile/validate.js';
import { watchColorScheme } from './color-scheme.js';
import { composedParent } from './dom.js';
import { canonicalLocale, formats, type Formats } from './format.js';
import { loadProfile } from './load.js';
import { watchPrint } from './print.js';
import { watchSize } from './viewport.js';
import { tokens, frame } from '../styles/tokens.styles.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** Where an element's data came from, highest priority first. */
export type DataRoute = 'data' | 'json' | 'src' | 'default';

/** What the element shows: a state, or its figures. */
export type View<S> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string; readonly issues: readonly Issue[] }
  | { readonly kind: 'ready'; readonly profile: Profile; readonly section: S };

/** What a layout function gets besides its section. */
export interface LayoutContext {
  /** The element's content width in CSS px. */
  readonly width: number;
  /** The element's computed font size in CSS px, for wrapping labels. */
  readonly fontSize: number;
  readonly formats: Formats;
  readonly profile: Profile;
}

let warnedVersion = false;
/** True under Lit's node build (typed as its browser build's `false`). */
const onServer: boolean = isServer;

/**
 * The base of every career-widgets element: which data wins, the loading and error states, locale,
 * theme and the container's width. A subclass names its profile section, lays it out (pure d3 math,
 * in `willUpdate`) and renders that geometry.
 *
 * @attr src - URL of a career profile (JSON). A later change refetches; a stale answer never wins.
 * @attr locale - BCP 47 tag for numbers, currency, percents and dates. Default: the nearest `lang`, else `en-US`.
 * @attr theme - `light` (default), `dark`, or `auto` (the page's `color-scheme`, else the system's).
 * @attr heading - Replaces the element's title.
 *
 * @event {CwErrorEvent} cw-error - The element entered its error state; `detail.message` names the field.
 *
 * @csspart base - The element's frame (a `figure`).
 * @csspart heading - The title.
 * @csspart description - The line under the title.
 * @csspart chart - The drawing.
 * @csspart table - The figures as a table (visually hidden, read by screen readers).
 * @csspart source - The source line.
 * @csspart error - The error message (`role="alert"`).
 * @csspart loading - Shown while `src` is fetched (`aria-busy="true"`).
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
  static override styles = [tokens, frame];

  /** The version of the copy of career-widgets that defined this element. */
  static readonly version: string = __CW_VERSION__;

  /** How long a `src` server may take before the element shows its error state, in ms. */
  static fetchTimeout = 10_000;

  /**
   * Defines `tag` with this class unless the tag exists. A tag defined by another copy of
   * career-widgets is left alone; if that copy is another version, one warning says so. On a
   * server (Lit's `node` build, where `customElements` is Lit's shim) it defines nothing.
   */
  static define(tag: string): void {
    const registry = globalThis.customElements as CustomElementRegistry | undefined;
    if (!registry || onServer) return;
    const existing: (CustomElementConstructor & { version?: unknown }) | undefined = registry.get(tag);
    if (!existing) {
      registry.define(tag, this as unknown as CustomElementConstructor);
      return;
    }
    if (existing.version !== this.version && !warnedVersion) {
      warnedVersion = true;
      const other = typeof existing.version === 'string' ? `version ${existing.version}` : 'another script';
      console.warn(
        `career-widgets ${this.version}: <${tag}> is already defined by ${other}; the elements defined first are kept.`,
      );
    }
  }

  /** A career profile object. Wins over every other data route. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a career profile, fetched when no `data` or JSON child is given. */
  @property({ reflect: true }) src?: string;

  /** BCP 47 locale for numbers and dates. */
  @property({ reflect: true }) locale?: string;

  /** `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Replaces the element's title. */
  @property({ reflect: true }) heading?: string;

  /** The section of the profile this element reads. */
  protected abstract readonly sectionName: K;

  /** The title shown when no `heading` is set. */
  protected abstract defaultHeading(section: NonNullable<Profile[K]>, profile: Profile): string;

  /** Pure geometry for `section` at the context's width: d3 math only, no DOM. */
  protected abstract layout(section: NonNullable<Profile[K]>, context: LayoutContext): G;

  /** The element's figures, drawn from the geometry `layout` returned. */
  protected abstract renderFigures(geometry: G, view: View<NonNullable<Profile[K]>> & { kind: 'ready' }): TemplateResult;

  /** How many rows of figures to reserve height for before the width is known. */
  protected reservedRows(_section: NonNullable<Profile[K]>): number {
    return 4;
  }

  /** The text of a `<script type="application/json">` child, if any. */
  @state() private jsonText?: string;
  /** True when `theme="auto"` and the page sets no color-scheme of its own. */
  @state() private followSystem = false;

  protected view: View<NonNullable<Profile[K]>> = { kind: 'loading' };
  protected geometry?: G;
  protected formats: Formats = formats('en-US');

  private route: DataRoute = 'default';
  private syncResult?: ReturnType<typeof validateProfile>;
  private lastError?: string;
  private layoutKey: unknown[] = [];
  private childObserver?: MutationObserver;
  private unwatchScheme?: () => void;
  private unwatchPrint?: () => void;
  private unwatchSize?: () => void;

  /**
   * The width figures may use: that of a zero-height sentinel inside the frame. Observing it rather
   * than the host means drawing the figures (which changes the host's height) never re-triggers the
   * observer, and padding is already taken off. Undefined until measured.
   */
  @state() private width?: number;
  /** The host's computed font size in px, read with the width (labels wrap by it). */
  @state() private fontSize = 16;
  /**
   * False while the element is far below the fold: its drawing waits (lazy rendering). Its text
   * (description, table, source line) and the chart's exact height are rendered meanwhile, so
   * nothing jumps when it draws and screen readers read it wherever it is.
   */
  @state() private near = false;

  /** Index of the figure whose note is shown (its mark hovered, focused or clicked), if any. */
  @state() protected active?: number;

  protected show(index?: number): void {
    this.active = index;
  }

  /** Escape hides a shown note without moving the pointer or focus (WCAG 1.4.13). */
  protected readonly dismissNote = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.active !== undefined) {
      this.active = undefined;
      event.stopPropagation();
    }
  };

  /** Whether the figures are drawn now, or only their place is kept (far below the fold). */
  protected get drawing(): boolean {
    return this.near;
  }

  private readonly fetcher = new Task(this, {
    autoRun: false,
    task: ([src], { signal }: { signal: AbortSignal }) =>
      loadProfile(src as string, signal, (this.constructor as typeof CwElement).fetchTimeout),
  });

  protected override firstUpdated(): void {
    this.watchSize();
  }

  private watchSize(): void {
    const sentinel = this.renderRoot.querySelector('.measure');
    if (!sentinel || this.unwatchSize) return;
    this.unwatchSize = watchSize(this, sentinel, (width, near, fontSize) => {
      this.width = width;
      this.fontSize = fontSize;
      if (near) this.near = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readJsonChild();
    this.childObserver ??= new MutationObserver(() => this.readJsonChild());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.updateSchemeWatch();
    this.unwatchPrint ??= watchPrint(this);
    // Moved elsewhere in the page: watch again (the first time, firstUpdated does it).
    if (this.hasUpdated) this.watchSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchPrint?.();
    this.unwatchPrint = undefined;
    this.unwatchSize?.();
    this.unwatchSize = undefined;
    this.childObserver?.disconnect();
    this.unwatchScheme?.();
    this.unwatchScheme = undefined;
    this.fetcher.abort();
  }

  /** Printing draws every element, even one never scrolled near. Lit updates before the print layout. */
  beforePrint(): void {
    this.near = true;
  }

  private readJsonChild(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.jsonText = script?.textContent ?? undefined;
  }

  private updateSchemeWatch(): void {
    if (this.theme === 'auto' && this.isConnected) {
      this.unwatchScheme ??= watchColorScheme(this, (follow) => {
        this.followSystem = follow;
      });
    } else {
      this.unwatchScheme?.();
      this.unwatchScheme = undefined;
      this.followSystem = false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) this.updateSchemeWatch();
    if (!this.hasUpdated || changed.has('data') || changed.has('src') || changed.has('jsonText')) this.resolveData();
    this.view = this.computeView();
    this.updateGeometry();
  }

  /** Picks the data route in the contract's order and settles every route but `src` right away. */
  private resolveData(): void {
    const previous = this.route;
    this.syncResult = undefined;
    if (this.data !== undefined && this.data !== null) {
      this.route = 'data';
      this.syncResult = validateProfile(this.data);
    } else if (this.jsonText !== undefined) {
      this.route = 'json';
      this.syncResult = parseJsonChild(this.jsonText);
    } else if (this.src) {
      this.route = 'src';
      void this.fetcher.run([this.src]);
    } else {
      this.route = 'default';
      this.syncResult = { ok: true, profile: defaultProfile };
    }
    if (previous === 'src' && this.route !== 'src') this.fetcher.abort();
  }

  private computeView(): View<NonNullable<Profile[K]>> {
    const attributeIssue = this.checkAttributes();
    if (attributeIssue) return { kind: 'error', message: attributeIssue.message, issues: [attributeIssue] };

    let result = this.syncResult;
    if (this.route === 'src') {
      const status = this.fetcher.status;
      if (status === TaskStatus.COMPLETE && this.fetcher.value) result = this.fetcher.value;
      else if (status === TaskStatus.ERROR) {
        const issue = { path: 'src', message: `src could not be loaded: ${String(this.fetcher.error)}` };
        result = { ok: false, issues: [issue] };
      } else return { kind: 'loading' };
    }
    if (!result) return { kind: 'loading' };
    if (!result.ok) return { kind: 'error', message: summarize(result.issues), issues: result.issues };

    const section = result.profile[this.sectionName];
    if (!section) {
      const issue = {
        path: this.sectionName,
        message: `${this.sectionName} is missing: <${this.localName}> needs the profile's "${this.sectionName}" section.`,
      };
      return { kind: 'error', message: issue.message, issues: [issue] };
    }
    return { kind: 'ready', profile: result.profile, section };
  }

  /** Odd attribute values get the error state too, naming the attribute. */
  private checkAttributes(): Issue | undefined {
    if (!THEMES.includes(this.theme)) {
      return { path: 'theme', message: `theme must be "light", "dark" or "auto" but is "${this.theme}"` };
    }
    let locale = 'en-US';
    const own = this.locale?.trim();
    const wanted = own ? own : nearestLang(this);
    if (wanted) {
      try {
        locale = canonicalLocale(wanted);
      } catch {
        const where = own ? 'locale' : 'lang';
        return { path: where, message: `${where} must be a BCP 47 language tag such as "en-US" or "de-DE" but is "${wanted}"` };
      }
    }
    this.formats = formats(locale);
    return undefined;
  }

  /** Lays the section out again only when its inputs changed: scales are never rebuilt in render(). */
  private updateGeometry(): void {
    const view = this.view;
    const width = this.width;
    if (view.kind !== 'ready' || width === undefined || width <= 0) {
      this.geometry = undefined;
      this.layoutKey = [];
      return;
    }
    const fontSize = this.fontSize;
    const key = [view.section, view.profile, width, fontSize, this.formats];
    if (this.geometry !== undefined && key.every((k, i) => k === this.layoutKey[i])) return;
    this.layoutKey = key;
    this.geometry = this.layout(view.section, { width, fontSize, formats: this.formats, profile: view.profile });
  }

  protected override updated(): void {
    const view = this.view;
    if (view.kind === 'error') {
      if (view.message !== this.lastError) {
        this.lastError = view.message;
        this.dispatchEvent(new CwErrorEvent({ message: view.message, issues: view.issues }));
      }
    } else {
      this.lastError = undefined;
    }
  }

  protected override render(): TemplateResult {
    const view = this.view;
    const own = this.heading?.trim();
    const heading = own ? own : view.kind === 'ready' ? this.defaultHeading(view.section, view.profile) : undefined;
    let body: TemplateResult;
    if (view.kind === 'loading') {
      body = html`<div part="loading" class="loading" aria-busy="true" role="status">Loading figures…</div>`;
    } else if (view.kind === 'error') {
      body = html`<p part="error" class="error" role="alert">${view.message}</p>`;
    } else if (this.geometry === undefined) {
      const rows = String(this.reservedRows(view.section));
      body = html`<div part="chart" class="chart reserve" style=${styleProps({ '--_rows': rows })}></div>`;
    } else {
      body = this.renderFigures(this.geometry, view);
    }
    return html`<figure
      part="base"
      class=${classMap({ base: true, 'follow-system': this.followSystem, [`state-${view.kind}`]: true })}
      aria-labelledby=${heading ? 'heading' : nothing}
    >
      ${heading ? html`<figcaption part="heading" class="heading" id="heading">${heading}</figcaption>` : nothing}
      <div class="measure" aria-hidden="true"></div>
      ${body}
    </figure>`;
  }

  /**
   * The source line: each publisher and date once (three BLS pages of one release read as one
   * source), linked to the first of its pages with a URL; every title stays in the link's tooltip
   * and each figure's own source is in the data table.
   */
  protected renderSources(profile: Profile, ids: readonly string[]): TemplateResult {
    const groups = new Map<string, Source[]>();
    for (const id of new Set(ids)) {
      const source = profile.sources.find((s) => s.id === id);
      if (!source) continue;
      const key = `${source.publisher}|${source.date}`;
      groups.set(key, [...(groups.get(key) ?? []), source]);
    }
    const f = this.formats;
    const items = [...groups.values()].map(([first, ...rest]) => {
      if (!first) return nothing;
      const sources = [first, ...rest];
      const url = sources.find((s) => s.url && isHttpUrl(s.url))?.url;
      const titles = sources.map((s) => s.title).join('; ');
      const name = url
        ? html`<a href=${url} title=${titles} rel="noopener noreferrer" target="_blank">${first.publisher}</a>`
        : html`<cite title=${titles}>${first.publisher}</cite>`;
      return html`${name}, ${f.date(first.date)}`;
    });
    return html`<p part="source" class="source">
      ${items.length > 1 ? 'Sources: ' : 'Source: '}${items.map((item, i) => html`${i ? '; ' : ''}${item}`)}.
    </p>`;
  }

  /** Dispatches a typed event from the element. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}

function parseJsonChild(text: string): ReturnType<typeof validateProfile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `The <script type="application/json"> child is not valid JSON: ${reason}` }] };
  }
  return validateProfile(parsed);
}

/** One line a site owner can act on: the first problems, and how many more there are. */
function summarize(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 3).map((i) => i.message);
  const more = issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? ` (and ${String(more)} more ${more === 1 ? 'problem' : 'problems'})` : ''}`;
}

/** The nearest `lang` attribute, looking through shadow roots to their hosts. */
function nearestLang(start: Element): string | undefined {
  for (let node: Element | null = start; node; node = composedParent(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
