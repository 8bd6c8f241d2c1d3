/** The element's parent, or the host of the shadow root it sits in: the composed tree, upwards. */
export function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** An element with its text (set as text, never parsed as markup), attributes and children. */
export function element(
  tag: string,
  text?: string,
  attributes: Readonly<Record<string, string>> = {},
  children: readonly (Node | string)[] = [],
): HTMLElement {
  return fill(document.createElement(tag), text, attributes, children);
}

/** The same for SVG: `svgElement('line', { x1: 0, … })`. */
export function svgElement(
  tag: string,
  attributes: Readonly<Record<string, string | number>> = {},
  text?: string,
  children: readonly Node[] = [],
): SVGElement {
  return fill(document.createElementNS('http://www.w3.org/2000/svg', tag), text, attributes, children);
}

function fill<E extends Element>(node: E, text: string | undefined, attributes: Readonly<Record<string, string | number>>, children: readonly (Node | string)[]): E {
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}
