/**
 * <career-path> geometry: pure. The role at the root and a branch to each next role: the next roles
 * stacked, each as tall as its wrapped text, the root centred on them, joined by horizontal
 * Bézier links; below the narrow breakpoint, the root on top and the same nodes as a column of
 * cards in order under it, each joined by an elbow.
 *
 * Not d3-hierarchy's tree and d3-shape's linkHorizontal: for a tree one level deep they compute
 * exactly this (children a separation apart, the parent at their midpoint, a cubic link with its
 * control points at mid-x), and cost about 6 KB gzip (d3-hierarchy's node class 1.6 KB, tree
 * 0.7 KB, d3-shape's link with d3-path 3.9 KB) against this element's 1.7 KB budget. A profile
 * with deeper paths would be the moment to bring d3-hierarchy in.
 */
import { en, type Messages } from '../../i18n/en.js';
import { figureWords, publisherOf } from '../../layout/figure.js';
import type { Formats } from '../../layout/format.js';
import { baselines, chartGrid, type Box, type ChartGeometry } from '../../layout/grid.js';
import { numberNotes } from '../../layout/notes.js';
import { mirror } from '../../layout/mirror.js';
import { isolate, wrapText } from '../../layout/text.js';
import type { CareerPath, CareerPaths, Figure, Profile } from '../../profile/types.js';

/** A figure the source gives for a next role, as one line of words, wrapped. */
export interface PathFigure {
  /** "29%: Projected employment growth, …, 2023–2033 (U.S. Bureau of Labor Statistics)" */
  readonly text: string;
  readonly figure: Figure;
  readonly marker?: number;
  readonly lines: readonly string[];
  readonly y: readonly number[];
}

export interface PathNode {
  readonly key: string;
  /** The path as the profile gives it: label, requires, description, source, note. */
  readonly path: CareerPath;
  readonly figures: readonly PathFigure[];
  readonly marker?: number;
  /** Its name, then what it takes, its figures and what it does: all a screen reader hears of it. */
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

/**
 * Every path and the figures the source gives for it in one sentence, width-free: the svg's
 * accessible name, and what `describe()` writes for <career-path>.
 */
export function careerPathSummary(section: CareerPaths, f: Formats, t: Messages, profile: Profile): string {
  const paths = section.paths.map((p) => (p.figures?.length ? `${p.label} (${p.figures.map((x) => figureWords(x, f, t)).join('; ')})` : p.label));
  return t.careerPathSummary(profile.occupation, paths.join('; '));
}

export function layoutCareerPath(
  section: CareerPaths,
  profile: Profile,
  width: number,
  fontSize: number,
  f: Formats,
  t: Messages = en,
  rtl = false,
): CareerPathGeometry {
  const { narrow, fs, small, lineHeight } = chartGrid(width, fontSize);
  // Laid out left to right; right to left, every x is mirrored: the root on the right.
  const m = mirror(width, rtl);
  const smallLine = Math.round(small * 1.35);
  const pad = Math.round(fs * 0.6);
  const gap = Math.round(fs * 0.75);
  const rootWidth = narrow ? width : Math.round(Math.min(Math.max(width * 0.26, 120), 220));
  // Narrow: the cards indented under the root, an elbow to each from the root's edge.
  const linkGap = narrow ? Math.round(fs * 1.25) : Math.max(28, Math.round(width * 0.06));
  const nodeX = narrow ? linkGap : rootWidth + linkGap;
  const nodeWidth = width - nodeX;
  const wrap = nodeWidth - pad * 2;

  const { markers, notes } = numberNotes(section.paths.flatMap((p) => [p.note, ...(p.figures ?? []).map((x) => x.note)]));
  let at = 0;
  const n = section.paths.length;
  // First each node's text and height; the tree then places them.
  const drafts = section.paths.map((p) => {
    const marker = markers[at++];
    const labelLines = wrapText(p.label, wrap, fs * 1.06);
    const takes = p.requires ? t.careerPathTakes(isolate(p.requires)) : undefined;
    const requiresLines = takes ? wrapText(takes, wrap, small) : [];
    const figures = (p.figures ?? []).map((fig) => {
      // The profile's words isolated: a direction mark in one never reorders the rest of the line.
      const text = `${figureWords(fig, f, t, isolate)} (${isolate(publisherOf(profile, fig.source))})`;
      const figMarker = markers[at++];
      return { fig, text, marker: figMarker, lines: wrapText(text, wrap - fs, fs) };
    });
    const textHeight =
      labelLines.length * lineHeight + requiresLines.length * smallLine + figures.reduce((h, x) => h + x.lines.length * lineHeight + Math.round(small * 0.3), 0);
    return { p, marker, takes, labelLines, requiresLines, figures, height: textHeight + pad * 2 };
  });

  const rootLines = wrapText(profile.occupation, rootWidth - pad * 2, fs * 1.06);
  const rootHeight = rootLines.length * lineHeight + pad * 2;
  // The tree, one level deep: the next roles a gap apart, the root centred on the first and last;
  // narrow, the root on top and the next roles one under another below it.
  let stacked = narrow ? rootHeight + gap : 0;
  const centres = drafts.map((d) => {
    const c = stacked + d.height / 2;
    stacked += d.height + gap;
    return c;
  });
  const rootCentre = narrow ? rootHeight / 2 : ((centres[0] ?? 0) + (centres.at(-1) ?? 0)) / 2;
  const top = Math.min(0, rootCentre - rootHeight / 2);

  const nodes = drafts.map((d, i): PathNode => {
    const boxTop = Math.round((centres[i] ?? 0) - top - d.height / 2);
    const requiresTop = boxTop + pad + d.labelLines.length * lineHeight;
    let figTop = requiresTop + d.requiresLines.length * smallLine + Math.round(small * 0.3);
    const figures = d.figures.map((x): PathFigure => {
      const at = figTop;
      figTop += x.lines.length * lineHeight + Math.round(small * 0.3);
      return { text: x.text, figure: x.fig, marker: x.marker, lines: x.lines, y: baselines(at, x.lines.length, lineHeight) };
    });
    return {
      key: d.p.id,
      path: d.p,
      figures,
      marker: d.marker,
      ariaLabel: [t.careerPathOf(i + 1, n, d.p.label), d.takes, ...figures.map((x) => x.text), d.p.description].filter(Boolean).join('. '),
      box: m.box({ x: nodeX, y: boxTop, width: nodeWidth, height: d.height }),
      labelLines: d.labelLines,
      labelY: baselines(boxTop + pad, d.labelLines.length, lineHeight),
      requiresLines: d.requiresLines,
      requiresY: baselines(requiresTop, d.requiresLines.length, smallLine),
      textX: m.x(nodeX + pad),
    };
  });

  const rootTop = Math.round(rootCentre - top - rootHeight / 2);
  const root = {
    label: profile.occupation,
    box: m.box({ x: 0, y: rootTop, width: rootWidth, height: rootHeight }),
    lines: rootLines,
    y: baselines(rootTop + pad, rootLines.length, lineHeight),
    textX: m.x(pad),
  };
  const links = nodes.map((node) => {
    const mid = node.box.y + node.box.height / 2;
    // Wide: a cubic Bézier with its control points at mid-x, as d3-shape's linkHorizontal draws it.
    const c = m.x((rootWidth + nodeX) / 2);
    const from = rootTop + rootHeight / 2;
    const end = m.x(nodeX);
    return narrow ? `M${[m.x(linkGap / 2), rootHeight].join()}V${String(mid)}H${String(end)}` : `M${[m.x(rootWidth), from].join()}C${[c, from, c, mid, end, mid].join()}`;
  });
  const height = Math.max(rootTop + rootHeight, ...nodes.map((node) => node.box.y + node.box.height));

  return {
    width,
    height: Math.ceil(height),
    narrow,
    fontSize: fs,
    smallSize: small,
    plot: { ...m.edges(nodeX, width), top: 0, bottom: height },
    summary: careerPathSummary(section, f, t, profile),
    root,
    nodes,
    links,
    notes,
  };
}
