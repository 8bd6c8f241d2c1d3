// Turns the summarised figures into the Markdown of bench/RESULTS.md (also printed to stdout).

const LIBS = [
  ['ours', 'career-widgets'],
  ['chartjs', 'Chart.js'],
  ['plot', 'Plot'],
  ['lit-alone', 'Lit alone'],
];
const PEERS = LIBS.slice(1);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ratio = (ours, peer) => (ours === undefined || !peer ? 'n/a' : `${(ours / peer).toFixed(2)}×`);

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One comparison row: the figure for each library, then ours ÷ each peer. */
function row(label, values, format) {
  const cell = (key) => (values[key] === undefined ? 'n/a' : format(values[key]));
  return [label, ...LIBS.map(([key]) => cell(key)), ...PEERS.map(([key]) => ratio(values.ours, values[key]))];
}

function comparison(figures) {
  const pick = (get) => Object.fromEntries(LIBS.map(([key]) => [key, get(figures[key])]));
  return table(
    ['figure', ...LIBS.map(([, name]) => name), ...PEERS.map(([, name]) => `ours ÷ ${name}`)],
    [
      row('bundle, minified', pick((f) => f.size.min), kb),
      row('bundle, gzip -9', pick((f) => f.size.gzip), kb),
      row('first render, 1 chart (median)', pick((f) => f.one.median), ms),
      row('100 charts drawn (median)', pick((f) => f.many.median), ms),
      row('… of which the one style and layout pass', pick((f) => f.manyLayout?.median), ms),
      row('JS heap after 100 charts, after GC (median)', pick((f) => f.heap.median), mb),
    ],
  );
}

function ourElements(elements) {
  return table(
    ['element', 'first render (median)', 'p25–p75', 'runs'],
    Object.entries(elements).map(([tag, s]) => [
      `\`<${tag}>\``,
      s.median === undefined ? `failed: ${s.errors[0]}` : ms(s.median),
      s.median === undefined ? '' : `${s.p25.toFixed(1)}–${s.p75.toFixed(1)} ms`,
      String(s.runs),
    ]),
  );
}

function aimsTable(aims) {
  return table(
    ['aim', 'measured', 'met'],
    aims.map((a) => [a.aim, a.measured === undefined ? 'n/a' : `${a.measured.toFixed(2)}×`, a.met ? 'yes' : '**no**']),
  );
}

function activityTable({ ours, floor }) {
  const names = [...new Set([...Object.keys(ours.activity), ...Object.keys(floor.activity)])];
  names.sort((x, y) => (ours.activity[y] ?? 0) - (ours.activity[x] ?? 0));
  const cell = (a, key) => (a[key] === undefined ? '0.0 ms' : ms(a[key]));
  return table(
    ['main thread, navigation start to drawn', 'career-widgets', 'Lit alone'],
    names.map((key) => [key, cell(ours.activity, key), cell(floor.activity, key)]),
  );
}

function profileSection(profile) {
  if (!profile) return '';
  const functions = table(
    ['function', 'source', 'self time per load', 'share of sampled time'],
    profile.ours.top.map((f) => [f.name, f.where, ms(f.selfMs), f.share]),
  );
  return `
## Where our first render goes

${profile.ours.runs} traced loads each of the one-chart pages (tracing slows everything, so compare the
two columns, not these times with the table above). Median per load:

${activityTable(profile)}

Heaviest functions in our loads (V8's sampling profiler, self time; minified frames mapped back
through \`dist/career-widgets.js.map\`; "(program)" is native work outside JS):

${functions}

By origin (self time per load): ${profile.ours.byOrigin}.
`;
}

/** Medians with their interquartile ranges and run counts, as a row of cells. */
const spread = (s, format) => (s.median === undefined ? [`failed: ${s.errors[0]}`, '', '0'] : [format(s.median), `${format(s.p25)}–${format(s.p75)}`, String(s.runs)]);

function slowTable(slow) {
  return table(
    ['element, CPU slowed 4×', 'first render (median)', 'p25–p75', 'runs'],
    Object.entries(slow).map(([tag, s]) => [`\`<${tag}>\``, ...spread(s, ms)]),
  );
}

function lazyTable(lazy) {
  return table(
    ['page', 'first 2 drawn (median)', 'p25–p75', 'runs', 'JS heap (median)'],
    [
      ['30 `<outlook-chart>` down the page, 2 in view', ...spread(lazy.thirty, ms), mb(lazy.thirtyHeap.median ?? 0)],
      ['only those 2', ...spread(lazy.two, ms), mb(lazy.twoHeap.median ?? 0)],
    ],
  );
}

export function markdown({ meta, figures, elements, slow, lazy, aims, profile }) {
  return `# Benchmark results

${meta.date} · ${meta.browser} · ${meta.machine} · Node ${meta.node} · load average at the end ${meta.load}

Medians over ${meta.rounds.one} single-chart loads and ${meta.rounds.many} hundred-chart loads per library
(after one untimed load of each page), round-robin: ${meta.order.join(', ')}, then again.

${comparison(figures)}

First render of each of our elements (same page shape, one element, its default data;
\`<outlook-chart>\` from the rounds above, the others from ${meta.rounds.many} rounds of their own):

${ourElements(elements)}

On a mid-range phone: the same single-element pages with the CPU slowed 4× (DevTools
\`Emulation.setCPUThrottlingRate\`), ${meta.rounds.many} rounds:

${slowTable(slow)}

Lazy drawing: 30 widgets down an article page (each in a 420 px band, so the 800 px viewport holds
two), timed until the first two are drawn, against the page with only those two:

${lazyTable(lazy)}

## Aims of the issue

${aimsTable(aims)}

## How measured

Each load is a fresh browser context (empty cache, its own renderer process) on a page served from
127.0.0.1 with \`cache-control: no-store\`, so no library gets a warm HTTP or code cache. A page is
what a site would write: one \`<script type="module">\` for the bundle and 1 or 100 charts, each in
a 640 px wide slot. On the 100-chart pages the slots are scaled down with a CSS transform so all
are in view: \`<outlook-chart>\` draws only elements near the viewport, and a transform changes no
layout width, so each chart does its full work (painting, not timed, gets cheaper). An inline
probe, the page's first script, watches the document and every shadow root with a
MutationObserver (no polling) until each chart is drawn (its \`svg[role="img"]\` in the shadow
root, Plot's svg in the slot, or Chart.js's constructor returned, which paints the canvas), then
forces one style and layout pass and reads \`performance.now()\`: times are from navigation start,
so they include fetching, compiling and running the bundle. The heap is
\`performance.memory.usedJSHeapSize\` (precise) after CDP \`HeapProfiler.collectGarbage\`. Bundle
sizes are the file as built and \`zlib.gzipSync\` at level 9. The peers draw the same three bars,
values, percent axis and title (Chart.js with a few-line plugin for the value labels); their
bundles are built by esbuild and minified by rollup + terser with the options of
\`rollup.config.mjs\`. \`<outlook-chart>\` draws more than the peers (the workforce line, the source
line, the focusable marks and a screen-reader table), as shipped.
${profileSection(profile)}`;
}
