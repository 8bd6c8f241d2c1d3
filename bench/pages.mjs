// Writes the bench pages into bench/.build/pages/: one per library and chart count. Each is what a
// site would write: one module script tag and N placeholders, plus the probe inlined first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const probe = readFileSync(here('./probe.js'), 'utf8');

/** The copy of dist/career-widgets.js taken when the bench starts (see run.mjs). */
const OURS = '/bench/.build/career-widgets.js';

/**
 * The libraries measured. `script` is served from the repository root; `slot` is one chart's
 * markup, always inside a 640 px wide `.slot`; `selector` and `kind` tell the probe what to wait for.
 */
export const LIBRARIES = {
  ours: { name: 'career-widgets', script: OURS, selector: 'outlook-chart', kind: 'shadow-svg', slot: '<outlook-chart></outlook-chart>' },
  'ours-salary': { name: '<salary-factors>', script: OURS, selector: 'salary-factors', kind: 'shadow-svg', slot: '<salary-factors></salary-factors>' },
  'ours-timeline': { name: '<timeline-steps>', script: OURS, selector: 'timeline-steps', kind: 'shadow-svg', slot: '<timeline-steps></timeline-steps>' },
  // Chart.js sizes its canvas to a positioned container, so that container needs a height.
  chartjs: { name: 'Chart.js', script: '/bench/.build/chartjs.js', selector: '.chart', kind: 'drawn-attribute', slot: '<div class="chart" style="position: relative; height: 220px"></div>' },
  plot: { name: 'Plot', script: '/bench/.build/plot.js', selector: '.chart', kind: 'light-svg', slot: '<div class="chart"></div>' },
  'lit-alone': { name: 'Lit alone', script: '/bench/.build/lit-alone.js', selector: 'lit-outlook', kind: 'shadow-svg', slot: '<lit-outlook></lit-outlook>' },
};

const STYLE = `body { margin: 0; font: 16px system-ui, sans-serif; }
.slot { width: 640px; margin: 8px; }
/* In-flow pages: each chart in a 420 px band, so an 800 px viewport holds two of them. */
.flow .slot { height: 420px; overflow: hidden; }
.all-in-view { transform: scale(0.02); transform-origin: 0 0; }`;

function html(library, count, { waitFor = count, inFlow = false } = {}) {
  const { name, script, selector, kind, slot } = LIBRARIES[library];
  let slots = Array.from({ length: count }, () => `<div class="slot">${slot}</div>`).join('\n');
  // <outlook-chart> draws only elements within about a screen of the viewport (the rest when they
  // scroll near). To time "all N drawn", every chart must be in view: the slots are scaled down
  // (100 slots under 500 px each fit in 1000 px). A transform changes no layout width, so each
  // chart does the same work as at full size; only painting, which is not timed, gets cheaper.
  // `inFlow` pages keep the charts at full size down the page, as an article would.
  if (count > 1 && !inFlow) slots = `<div class="all-in-view">\n${slots}\n</div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>bench: ${name} ×${count}</title>
<style>${STYLE}</style>
<script data-selector="${selector}" data-kind="${kind}" data-count="${waitFor}">${probe}</script>
<script type="module" src="${script}"></script>
</head>
<body${inFlow ? ' class="flow"' : ''}>
${slots}
</body>
</html>
`;
}

/**
 * Writes the page for `library` with `count` charts; returns its URL path. With `inFlow`, the charts
 * stand at full size down the page and the probe waits for the first `waitFor` of them: the
 * 30-widget page with 2 in view.
 */
export function writePage(library, count, options = {}) {
  const dir = here('./.build/pages');
  mkdirSync(dir, { recursive: true });
  const file = `${library}-${count}${options.inFlow ? '-flow' : ''}.html`;
  writeFileSync(`${dir}/${file}`, html(library, count, options));
  return `/bench/.build/pages/${file}`;
}
