import { aTimeout, waitUntil } from '@open-wc/testing';
import type { CwElement } from '../../src/internal/cw-element.js';
import { defaultProfile } from '../../src/profile/default-profile.js';
import type { Profile, SectionName } from '../../src/profile/types.js';

type AnyCw = CwElement<SectionName, unknown>;

/** The element's shadow root, asserted present. */
export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no shadow root`);
  return root;
}

export function part(el: Element, name: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** True when the element shows its figures: ready, laid out, and its drawing (if it has one) drawn. */
export function isDrawn(el: Element): boolean {
  const root = shadow(el);
  if (!root.querySelector('.base.state-ready') || root.querySelector('.reserve')) return false;
  return !root.querySelector('[part~="chart"]') || root.querySelector('[part~="chart"] > svg') !== null;
}

/** Waits until the element has drawn its figures (or shows a state, when `state` is given). */
export async function drawn(el: AnyCw, state: 'ready' | 'error' | 'loading' = 'ready'): Promise<void> {
  const reached = state === 'ready' ? () => isDrawn(el) : () => shadow(el).querySelector(`[part~="${state}"]`) !== null;
  await waitUntil(reached, `<${el.localName}> never reached ${state}`, { timeout: 5000 });
  await el.updateComplete;
}

/** Visible text of an element's shadow tree, whitespace folded, without the invisible isolates (U+2066–9). */
export function text(el: Element | null | undefined): string {
  return plain(el instanceof HTMLElement ? el.innerText : (el?.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

/** `s` without direction isolates (U+2066–U+2069), which `isolate()` puts around profile text in a sentence. */
export function plain(s: string): string {
  return s.replace(/[\u2066-\u2069]/g, '');
}

/** Paths of the profile's free-text string fields: not ids, references, dates, codes or URLs. */
export function textPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') {
    const key = at[at.length - 1];
    const structural = ['id', 'source', 'date', 'retrieved', 'url', 'currency', 'role', 'bound', 'unit', 'qualifier', '$schema'];
    return typeof key === 'string' && structural.includes(key) ? [] : [at];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textPaths(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textPaths(v, [...at, k]));
  return [];
}

/** A copy of the guide's profile with every free-text field `f(its text, its path)`. */
export function withEveryText(f: (text: string, path: (string | number)[]) => string): Profile {
  const doc = profileCopy();
  for (const path of textPaths(doc)) {
    let node = doc as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    node[last] = f(node[last] as string, path);
  }
  return doc;
}

/** A deep copy of the guide's profile, to change in one test. */
export function profileCopy(): Profile {
  return structuredClone(defaultProfile);
}

/** Two animation frames: enough for a ResizeObserver round and a Lit update. */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  await aTimeout(0);
}

/** Emulates a media type and features (print, forced-colors, prefers-*) in the test's page. */
export async function emulate(media: { media?: '' | 'print' | 'screen'; features?: { name: string; value: string }[] }): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('cw-media', media);
  await frames(2);
}
