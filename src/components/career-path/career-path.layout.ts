/**
 * <career-path> geometry: pure. The role at the root and a branch to each next role, placed by
 * d3-hierarchy's tree layout (each node as tall as its wrapped text) and joined by d3-shape's
 * horizontal links; below the narrow breakpoint, the same nodes as an ordered list of cards.
 */
import { hierarchy, linkHorizontal, tree } from 'd3';
import { figureText, periodText } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
import { baselines, chartGrid, type Box, type ChartGeometry } from '../../layout/grid.js';
import { numberNotes } from '../../layout/notes.js';
import { wrapText } from '../../layout/text.js';
import type { CareerPaths, Profile } from '../../profile/types.js';

/** The element's own words, in one place for the message catalog. */
export const PATH_WORDS = {
  takes: (what: string) => `What it takes: ${what}`,
  summary: (from: string, count: number, labels: readonly string[]) =>
    `Where the role leads: from ${from}, ${String(count)} ${count === 1 ? 'path' : 'paths'}: ${labels.join('; ')}.`,
  aria: (i: number, n: number, label: string) => `Path ${String(i + 1)} of ${String(n)}: ${label}`,
} as const;

/** A figure the source gives for a next role, as one line of words. */
export interface PathFigure {
  readonly key: string;
  /** "29%: Projected employment growth, …, 2023–2033 (U.S. Bureau of Labor Statistics)" */
  readonly text: string;
  readonly source: string;
  readonly marker?: number;
  readonly note?: string;
  readonly lines: readonly string[];
  readonly y: readonly number[];
}

export interface PathNode {
  readonly key: string;
  readonly index: number;
  readonly label: string;
  readonly requires?: string;
  readonly description?: string;
  readonly figures: readonly PathFigure[];
  readonly source: string;
  readonly note?: string;
  readonly marker?: number;
  readonly ariaLabel: string;
  /** Wide: the node's box and its text, line by line. */
  readonly box: Box;
  readonly labelLines: readonly string[];
  readonly labelY: readonly number[];
  readonly requiresLines: readonly string[];
  readonly requiresY: readonly number[];
  readonly textX: number;
}

export interface CareerPathGeometry extends ChartGeometry {
  readonly smallSize: number;
  readonly root: { readonly label: string; readonly box: Box; readonly lines: readonly string[]; readonly y: readonly number[]; readonly textX: number };
  readonly nodes: readonly PathNode[];
  /** One `d` per node: the branch from the root to it. */
  readonly links: readonly string[];
  readonly notes: readonly string[];
}

interface Sized {
  readonly height: number;
  readonly children?: Sized[];
}

export function layoutCareerPath(section: CareerPaths, profile: Profile, width: number, fontSize: number, f: Formats): CareerPathGeometry {
  const { narrow, fs, small, lineHeight } = chartGrid(width, fontSize);
  const smallLine = Math.round(small * 1.35);
  const pad = Math.round(fs * 0.6);
  const gap = Math.round(fs * 0.75);
  const rootWidth = narrow ? width : Math.round(Math.min(Math.max(width * 0.26, 120), 220));
  const linkGap = narrow ? 0 : Math.max(28, Math.round(width * 0.06));
  const nodeX = narrow ? 0 : rootWidth + linkGap;
  const nodeWidth = width - nodeX;
  const wrap = nodeWidth - pad * 2;

  const { markers, notes } = numberNotes(section.paths.flatMap((p) => [p.note, ...(p.figures ?? []).map((x) => x.note)]));
  let at = 0;
  const n = section.paths.length;
  // First each node's text and height; the tree then places them.
  const drafts = section.paths.map((p, index) => {
    const marker = markers[at++];
    const labelLines = wrapText(p.label, wrap, fs * 1.06);
    const requires = p.requires ? PATH_WORDS.takes(p.requires) : undefined;
    const requiresLines = requires ? wrapText(requires, wrap, small) : [];
    const figures = (p.figures ?? []).map((fig) => {
      const publisher = profile.sources.find((s) => s.id === fig.source)?.publisher ?? fig.source;
      const period = periodText(fig);
      const text = `${figureText(fig, f)}: ${fig.label}${period ? `, ${period}` : ''} (${publisher})`;
      const figMarker = markers[at++];
      return { fig, text, marker: figMarker, lines: wrapText(text, wrap - fs, small) };
    });
    const textHeight =
      labelLines.length * lineHeight + requiresLines.length * smallLine + figures.reduce((h, x) => h + x.lines.length * smallLine + Math.round(small * 0.3), 0);
    return { p, index, marker, labelLines, requiresLines, figures, height: textHeight + pad * 2 };
  });

  const rootLines = wrapText(profile.occupation, rootWidth - pad * 2, fs * 1.06);
  const rootHeight = rootLines.length * lineHeight + pad * 2;
  const data: Sized = { height: rootHeight, children: drafts.map((d) => ({ height: d.height })) };
  // nodeSize [1, 1]: separation is in px, so nodes as tall as their text never overlap.
  const placed = tree<Sized>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.height + b.data.height) / 2 + gap)(hierarchy(data));
  const leaves = placed.children ?? [];
  const top = Math.min(placed.x - rootHeight / 2, ...leaves.map((l) => l.x - l.data.height / 2));
  const centre = (x: number) => x - top;

  let y = 0;
  const nodes = drafts.map((d, i): PathNode => {
    // Narrow: cards one under another, in the paths' order.
    const boxTop = narrow ? y : Math.round(centre(leaves[i]?.x ?? 0) - d.height / 2);
    y = boxTop + d.height + gap;
    const labelY = baselines(boxTop + pad, d.labelLines.length, lineHeight);
    const requiresTop = boxTop + pad + d.labelLines.length * lineHeight;
    const requiresY = baselines(requiresTop, d.requiresLines.length, smallLine);
    let figTop = requiresTop + d.requiresLines.length * smallLine + Math.round(small * 0.3);
    const figures = d.figures.map((x, k): PathFigure => {
      const yy = baselines(figTop, x.lines.length, smallLine);
      figTop += x.lines.length * smallLine + Math.round(small * 0.3);
      return {
        key: x.fig.id || String(k),
        text: x.text,
        source: x.fig.source,
        ...(x.marker === undefined ? {} : { marker: x.marker }),
        ...(x.fig.note ? { note: x.fig.note } : {}),
        lines: x.lines,
        y: yy,
      };
    });
    return {
      key: d.p.id,
      index: d.index,
      label: d.p.label,
      ...(d.p.requires ? { requires: d.p.requires } : {}),
      ...(d.p.description ? { description: d.p.description } : {}),
      figures,
      source: d.p.source,
      ...(d.p.note ? { note: d.p.note } : {}),
      ...(d.marker === undefined ? {} : { marker: d.marker }),
      ariaLabel: PATH_WORDS.aria(i, n, d.p.label),
      box: { x: nodeX, y: boxTop, width: nodeWidth, height: d.height },
      labelLines: d.labelLines,
      labelY,
      requiresLines: d.requiresLines,
      requiresY,
      textX: nodeX + pad,
    };
  });

  const rootTop = Math.round(centre(placed.x) - rootHeight / 2);
  const root = {
    label: profile.occupation,
    box: { x: 0, y: rootTop, width: rootWidth, height: rootHeight },
    lines: rootLines,
    y: baselines(rootTop + pad, rootLines.length, lineHeight),
    textX: pad,
  };
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const links = narrow
    ? []
    : nodes.map((node) => link({ source: [rootWidth, rootTop + rootHeight / 2], target: [nodeX, node.box.y + node.box.height / 2] }) ?? '');
  const height = Math.max(rootTop + rootHeight, ...nodes.map((node) => node.box.y + node.box.height));

  return {
    width,
    height: Math.ceil(height),
    narrow,
    fontSize: fs,
    smallSize: small,
    plot: { left: nodeX, right: width, top: 0, bottom: height },
    summary: PATH_WORDS.summary(profile.occupation, n, nodes.map((node) => node.label)),
    root,
    nodes,
    links,
    notes,
  };
}
