/**
 * The element as shown, as one standalone SVG: its title, its drawing (cloned, with the colours,
 * strokes and fonts it was painted with written on each shape), the text of everything else in
 * reading order (figures, notes, the source line), on its background. Built with DOM calls and
 * `XMLSerializer`, never parsed from markup, so Trusted Types have nothing to check. A PNG is that
 * SVG drawn at 2× on a canvas.
 */
import { wrapText } from '../layout/text.js';
import { svgElement } from '../internal/dom.js';

const NS = 'http://www.w3.org/2000/svg';
/**
 * Paint and text properties, written on a shape where they differ from its parent's. (Opacity and
 * the stops' colours are not inherited: a shape whose value equalled its parent's non-default one
 * would lose it. No drawing of ours has such a pair.)
 */
const PAINT = ['direction', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'stop-color', 'stop-opacity', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'paint-order'];
/** Controls and what is not shown: never in the image. */
const SKIP = '.sr-only, .tooltip, .measure, [part~="actions"], [part~="controls"], [part~="choice"]';
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A line whose first strong letter is Hebrew, Arabic or another right-to-left script's. */
const RTL = /^[^A-Za-z\u00C0-\u058F]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Writes each shape's computed paint and font on its clone, so the SVG looks alike without the page's styles. */
function inline(from: Element, to: Element, parent?: CSSStyleDeclaration): void {
  const style = getComputedStyle(from);
  for (const p of PAINT) {
    const v = style.getPropertyValue(p);
    if (v !== parent?.getPropertyValue(p)) to.setAttribute(p, v);
  }
  [...from.children].forEach((child, i) => {
    const copy = to.children[i];
    if (copy) inline(child, copy, style);
  });
}

interface Block {
  text: string;
  /** The element whose style the text takes: its nearest ancestor that is not inline. */
  readonly style: Element;
  /** A small drawing in the text (a legend's swatch, a share's bar), drawn before it. */
  icon?: SVGSVGElement;
}

/** The text blocks of `block` in reading order, each with the element whose style it takes. */
function textBlocks(block: Element): Block[] {
  const out: Block[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, (n) =>
    n.parentElement?.closest('svg') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  let current: Block | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const icon = node instanceof SVGSVGElement ? node : undefined;
    const parent = icon ?? node.parentElement;
    if (!parent || (node instanceof Element && !icon) || parent.closest(SKIP) || !parent.getClientRects().length) continue;
    let owner = parent;
    while (owner !== block && owner.parentElement && /^inline|^contents/.test(getComputedStyle(owner).display)) owner = owner.parentElement;
    let text = icon ? '' : (node.textContent ?? '').replace(/\s+/g, ' ');
    // A note's marker: superscript digits, as the figure shows it.
    if (parent.closest('.note-marker')) text = text.trim().replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
    if (current?.style === owner) current.text += text;
    else {
      // A numbered list's item: its number, which the list's marker drew.
      const number = owner instanceof HTMLLIElement && owner.parentElement instanceof HTMLOListElement ? `${String(owner.value)}. ` : '';
      out.push((current = { text: number + text, style: owner }));
    }
    if (icon) current.icon ??= icon;
  }
  for (const b of out) b.text = b.text.trim();
  return out.filter((b) => b.text || b.icon);
}

/** A copy of a drawing of the element at (x, y), painted as shown, without Lit's markers. */
function copyOf(drawing: SVGSVGElement, x: number, y: number): SVGSVGElement {
  const copy = drawing.cloneNode(true) as SVGSVGElement;
  inline(drawing, copy);
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  for (let c = walker.nextNode(); c; c = walker.nextNode()) comments.push(c as ChildNode);
  for (const c of comments) c.remove();
  const box = drawing.getBoundingClientRect();
  for (const [k, v] of Object.entries({ x, y, width: box.width, height: box.height })) copy.setAttribute(k, String(v));
  return copy;
}

/** The standalone SVG of a career-widgets element as shown; undefined before it shows anything. */
export function svgOf(host: Element): SVGSVGElement | undefined {
  const base = host.shadowRoot?.querySelector('.base');
  if (!base) return undefined;
  const css = getComputedStyle(base);
  const pad = parseFloat(css.paddingInlineStart) || 0;
  const width = base.clientWidth;
  const rtl = css.direction === 'rtl';
  /** x of a start edge `dx` in from the start side, for a box `w` wide. */
  const at = (dx: number, w = 0) => (rtl ? width - pad - dx - w : pad + dx);
  const root = svgElement('svg', { xmlns: NS, 'font-family': css.fontFamily });
  root.append(svgElement('rect', { width: '100%', height: '100%', fill: css.backgroundColor }));
  let y = pad;
  for (const block of base.children) {
    if (block.matches(SKIP)) continue;
    const drawing = block.matches('[part~="chart"]') ? block.querySelector<SVGSVGElement>(':scope > svg') : null;
    if (drawing) {
      root.append(copyOf(drawing, pad, y));
      y += drawing.getBoundingClientRect().height + pad / 2;
      continue;
    }
    for (const { text, style, icon } of textBlocks(block)) {
      const s = getComputedStyle(style);
      const size = parseFloat(s.fontSize);
      const line = size * 1.35;
      let indent = 0;
      if (icon) {
        const box = icon.getBoundingClientRect();
        root.append(copyOf(icon, at(0, box.width), y + Math.max(0, (line - box.height) / 2)));
        indent = box.width + size * 0.4;
        if (!text) y += Math.max(line, box.height);
      }
      // Bold text runs wider than the estimate `wrapText` makes for regular text.
      const bold = parseInt(s.fontWeight) >= 600 ? 1.15 : 1;
      for (const words of wrapText(text, width - 2 * pad - indent, size * bold)) {
        y += line;
        // Each line in its own direction (as <bdi> shows profile text), aligned to the element's start side.
        const back = RTL.test(words);
        const t = svgElement('text', {
          x: at(indent),
          y: y - size * 0.3,
          direction: back ? 'rtl' : 'ltr',
          'text-anchor': back === rtl ? 'start' : 'end',
          'font-size': size,
          fill: s.color,
          'font-weight': s.fontWeight,
          'font-style': s.fontStyle,
        });
        t.textContent = words;
        root.append(t);
      }
    }
    y += pad / 2;
  }
  const height = Math.ceil(y + pad / 2);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  return root as SVGSVGElement;
}

export function serialize(svg: SVGSVGElement): string {
  return new XMLSerializer().serializeToString(svg);
}

/**
 * The SVG as a PNG at `scale` × its size, drawn through an image of a `blob:` URL onto a canvas. A
 * page whose Content Security Policy leaves `blob:` out of `img-src` blocks that image: the promise
 * then rejects (it never throws).
 */
export async function pngOf(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([serialize(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Number(svg.getAttribute('width')) * scale;
    canvas.height = Number(svg.getAttribute('height')) * scale;
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))));
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
