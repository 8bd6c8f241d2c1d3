import { isServer } from 'lit';

let warnedVersion = false;
/** True under Lit's node build (typed as its browser build's `false`). */
const onServer: boolean = isServer;

/**
 * Defines `tag` with `element` unless the tag exists. A tag defined by another copy of
 * career-widgets is left alone; if that copy is another version, one warning says so (once per
 * page). On a server (Lit's `node` build, where `customElements` is Lit's shim) it defines nothing.
 */
export function defineOnce(tag: string, element: CustomElementConstructor & { readonly version: string }): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry || onServer) return;
  const existing: (CustomElementConstructor & { version?: unknown }) | undefined = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  if (existing.version !== element.version && !warnedVersion) {
    warnedVersion = true;
    const other = typeof existing.version === 'string' ? `version ${existing.version}` : 'another script';
    console.warn(`career-widgets ${element.version}: <${tag}> is already defined by ${other}; the elements defined first are kept.`);
  }
}
