import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { once } from '../directives/built.js';
import { svgElement } from '../internal/dom.js';
import { styleProps, type StyleProps } from '../directives/style-props.js';
import type { Tick } from '../layout/axis.js';

export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  /** Label text size, px: the drawing's `--_fs`. */
  readonly fontSize: number;
  /** One sentence of the figures: the svg's accessible name. */
  readonly summary: string;
  /** False while the element is far from the viewport: only the drawing's exact height is kept. */
  readonly drawing: boolean;
  /** Private custom properties for the drawing's rules (`--_fs-small`, say). */
  readonly vars?: StyleProps;
  /** The memoised layout the drawing comes from: the drawing is rendered once per key. */
  readonly key: unknown;
  /** Inside the svg: `<defs>`, axis and marks, all from the layout (hover and focus change only the overlay). */
  readonly marks: () => unknown;
  /** Over the svg, in HTML: the focusable marks and the tooltip. */
  readonly overlay?: () => unknown;
  readonly onLeave?: () => void;
}

/**
 * The drawing every chart shares: a `div part="chart"` of the geometry's exact height, holding an
 * `<svg role="img">` named by its summary, with HTML laid over it (inside an image nothing may be
 * focusable). Far below the fold only the height is kept, so nothing jumps when it draws. The
 * drawing changes only with a new layout, so it is rendered once per layout (`once`) and Lit keeps
 * no parts for it; the overlay (marks, tooltip) is what hover and focus update.
 */
export function chartFrame(f: ChartFrame): TemplateResult {
  return html`<div
    part="chart"
    class="chart"
    style=${styleProps({ 'block-size': f.drawing ? undefined : `${String(f.height)}px`, '--_fs': `${String(f.fontSize)}px`, ...f.vars })}
    @pointerleave=${f.onLeave}
  >
    ${f.drawing
      ? html`<svg role="img" aria-label=${f.summary} width=${f.width} height=${f.height} viewBox="0 0 ${f.width} ${f.height}">
            ${once([f.key], f.marks)}
          </svg>
          ${f.overlay?.() ?? nothing}`
      : nothing}
  </div>`;
}

/** A diagonal hatch fill, `#<id>`: lines in `--_hatch-color` on the background. It prints in black and white. */
export function hatch(id: string, size = 6): SVGTemplateResult {
  return svg`<pattern id=${id} width=${size} height=${size} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="hatch-bg" width=${size} height=${size}></rect>
    <line class="hatch-line" x1="0" y1="0" x2="0" y2=${size}></line>
  </pattern>`;
}

/** What an axis draws: tick labels at `tickY`, grid rules, and optionally a baseline with tick marks. */
export interface AxisMarks {
  readonly ticks: readonly Tick[];
  /** The tick labels' baseline. */
  readonly tickY: number;
  /** Grid rules, each in runs that stop short of text (`clearRuns`). */
  readonly grid: readonly { readonly x: number; readonly runs: readonly { y1: number; y2: number }[] }[];
  /** A line along the plot's bottom with a short mark at each tick (a month axis). */
  readonly baseline?: { readonly x1: number; readonly x2: number; readonly y: number };
}

/**
 * The axis group (`part="axis"`): grid rules, baseline and tick labels, made with DOM calls, not a
 * template per line and label (most of a drawing's nodes). For the drawing, which `chartFrame`
 * renders once per layout.
 */
export function axis(a: AxisMarks): SVGElement {
  const lines = a.grid.flatMap((r) => r.runs.map((run) => svgElement('line', { class: 'grid', x1: r.x, x2: r.x, y1: run.y1, y2: run.y2 })));
  const b = a.baseline;
  if (b) {
    lines.push(svgElement('line', { class: 'baseline', x1: b.x1, x2: b.x2, y1: b.y + 0.5, y2: b.y + 0.5 }));
    for (const t of a.ticks) lines.push(svgElement('line', { class: 'baseline', x1: t.x, x2: t.x, y1: b.y, y2: b.y + 4 }));
  }
  const labels = a.ticks.map((t) => svgElement('text', { class: 'tick', x: t.x, y: a.tickY, 'text-anchor': t.anchor }, t.text));
  return svgElement('g', { part: 'axis', class: 'axis' }, undefined, [...lines, ...labels]);
}

/** Vertical rules at `x`, one line per run (the runs come from `clearRuns`, so no rule crosses text). */
export function rules(kind: string, x: number, runs: readonly { y1: number; y2: number }[]): SVGTemplateResult[] {
  return runs.map((r) => svg`<line class=${kind} x1=${x} x2=${x} y1=${r.y1} y2=${r.y2}></line>`);
}

export const chartFrameStyles = css`
  .chart {
    position: relative;
  }

  .chart > svg {
    display: block;
    max-inline-size: 100%;
    overflow: visible;
    font-family: inherit;
  }

  .label,
  .value {
    fill: var(--_text);
    font-size: var(--_fs);
  }

  /* Each line of profile text (svgLines) isolated as <bdi> is, its direction from its own letters. */
  tspan {
    unicode-bidi: plaintext;
  }

  .tick {
    fill: var(--_muted);
    font-size: calc(var(--_fs) * 0.92);
    font-variant-numeric: tabular-nums;
  }

  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }

  .hatch-bg {
    fill: var(--_background);
  }

  .hatch-line {
    stroke: var(--_hatch-color, var(--_compare));
    stroke-width: 2;
  }

  @media print {
    /* The page may be narrower than the screen the figures were laid out for: scale, never clip. */
    svg {
      inline-size: 100%;
      block-size: auto;
    }
    .label,
    .value,
    .tick {
      fill: #000;
    }
    .grid {
      stroke: #999;
    }
    .hatch-bg {
      fill: #fff;
    }
    .hatch-line {
      stroke: #000;
      opacity: 1;
    }
  }

  @media (forced-colors: active) {
    .label,
    .value,
    .tick {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .hatch-bg {
      fill: Canvas;
    }
    .hatch-line {
      stroke: CanvasText;
      opacity: 1;
    }
  }
`;
