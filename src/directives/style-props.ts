import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | undefined>>;

/**
 * `style=${styleProps({ left: '4px', '--_fs': '14px' })}`: like Lit's styleMap, but always through
 * the CSSOM (`style.setProperty`). styleMap writes the `style` attribute on first render, which a
 * strict Content Security Policy (`style-src 'self'`, no 'unsafe-inline') blocks; CSSOM writes are
 * allowed. Names are CSS property names (kebab-case or custom properties).
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('styleProps belongs in a style attribute binding: style=${styleProps({...})}');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (props[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
