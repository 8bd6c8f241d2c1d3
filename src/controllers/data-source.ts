import type { ReactiveController, ReactiveElement } from 'lit';
import { defaultProfile } from '../profile/default-profile.js';
import { loadJson } from '../profile/load.js';
import { chooseRoute, parseJsonChild, type DataRoute } from '../profile/resolve.js';
import type { SectionName, ValidationResult } from '../profile/types.js';
import { validateSection } from '../profile/validate.js';

const BUILT_IN: ValidationResult = { ok: true, profile: defaultProfile };

/**
 * The element's data, by the contract's routes: the `data` property, a JSON child (watched), `src`
 * (fetched with a timeout; a newer `src` aborts the older request, so a stale answer never wins),
 * else the built-in profile, each validated for the element's own section.
 *
 * Moved while loading: a removal that lasts past the next frame ends the request; an element
 * re-inserted before then (React, Vue, carousels, CMS editors) keeps it, and one re-inserted later
 * loads again.
 */
export class DataSourceController implements ReactiveController {
  /** The validated profile or the problems found; undefined while `src` loads. */
  result?: ValidationResult;
  route: DataRoute = 'default';

  private json?: string;
  private inputs?: readonly [unknown, string | undefined, string | undefined, SectionName];
  private request?: AbortController;
  private parked?: number;
  private childObserver?: MutationObserver;

  constructor(
    private readonly host: ReactiveElement,
    private readonly section: () => SectionName,
    private readonly timeout: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.parked !== undefined) cancelAnimationFrame(this.parked);
    this.parked = undefined;
    this.readChild();
    this.childObserver ??= new MutationObserver(() => {
      if (this.readChild()) this.host.requestUpdate();
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A request that a lasting removal ended starts again.
    if (this.route === 'src' && !this.result && !this.request) {
      this.inputs = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    if (!this.request) return;
    this.parked = requestAnimationFrame(() => {
      this.parked = undefined;
      if (!this.host.isConnected) this.abort();
    });
  }

  /** In `willUpdate`: settles the data again when `data`, the JSON child, `src` or the section read changed. */
  sync(data: unknown, src: string | undefined): void {
    const json = this.json;
    const was = this.inputs;
    const section = this.section();
    if (was && was[0] === data && was[1] === json && was[2] === src && was[3] === section) return;
    this.inputs = [data, json, src, section];
    this.route = chooseRoute(data, json, src);
    if (this.route !== 'src') this.abort();
    if (this.route === 'data') this.result = validateSection(data, this.section());
    else if (this.route === 'json') this.result = parseJsonChild(json ?? '', this.section());
    else if (this.route === 'default') this.result = BUILT_IN;
    else if (src) this.load(src);
  }

  private load(src: string): void {
    this.abort();
    this.result = undefined;
    const request = new AbortController();
    this.request = request;
    loadJson(src, request.signal, this.timeout()).then(
      (loaded) => {
        if (this.request !== request) return;
        this.request = undefined;
        this.result = loaded.ok ? validateSection(loaded.json, this.section()) : loaded;
        this.host.requestUpdate();
      },
      () => {
        // Aborted: a newer src, another route or a lasting removal wants no answer from it.
      },
    );
  }

  private abort(): void {
    this.request?.abort();
    this.request = undefined;
  }

  /** Reads the JSON child's text; true when it changed. */
  private readChild(): boolean {
    const text = this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (text === this.json) return false;
    this.json = text;
    return true;
  }
}
