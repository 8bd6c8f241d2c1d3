import { noChange, render } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * `${built(deps, () => node)}`: DOM made directly, once, and again only when one of `deps`
 * changes (compared with `===`, so texts by value and a profile by identity). For
 * blocks of text with nothing to update in place (the hidden table, the notes list): a Lit
 * template per row and per cell costs an `importNode`, two comment markers and a part each, and
 * a hundred charts pay that thousands of times; a re-render on hover or focus finds the key
 * unchanged and leaves the block alone.
 */
class BuiltDirective extends Directive {
  private deps?: readonly unknown[];

  render(deps: readonly unknown[], build: () => Node): Node | typeof noChange {
    const last = this.deps;
    if (last?.length === deps.length && deps.every((d, i) => d === last[i])) return noChange;
    this.deps = deps;
    return build();
  }
}

export const built = directive(BuiltDirective);

/**
 * `${once(deps, () => template)}`: a Lit template made and rendered once per `deps`, handed over as plain DOM.
 * For a drawing's rows, which change only with a new layout: the nodes stay in the page, but Lit's
 * bookkeeping for them (the template instance, its parts and markers' records) is let go instead
 * of being kept per row for updates that never come. A new `deps` renders it afresh.
 */
class OnceDirective extends Directive {
  private deps?: readonly unknown[];

  render(deps: readonly unknown[], template: () => unknown): DocumentFragment | typeof noChange {
    const last = this.deps;
    if (last?.length === deps.length && deps.every((d, i) => d === last[i])) return noChange;
    this.deps = deps;
    const scratch = document.createDocumentFragment();
    render(template(), scratch);
    // A fresh fragment, so the one Lit rendered into (and the parts it keeps) can be collected.
    const nodes = document.createDocumentFragment();
    nodes.append(...scratch.childNodes);
    return nodes;
  }
}

export const once = directive(OnceDirective);

/** A key from texts, for `built`: equal exactly when every text is. */
export const keyOf = (texts: readonly (string | readonly string[])[]): string =>
  texts.map((t) => (typeof t === 'string' ? t : t.join('\u0001'))).join('\u0002');
