// Where does a first render's time go? Loads a page under a Chromium trace (the DevTools
// Performance panel's categories plus V8's sampling profiler), cuts it to navigation start ..
// the probe's "bench:drawn" mark, and sums main-thread time by activity and by JS function.
// A trace rather than CDP's Profiler: it is browser-wide, so it survives the renderer swap of a
// fresh context's first navigation. Minified frames are mapped back through the bundle's map.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { measure } from './measure.mjs';
import { median } from './stats.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

// Trace event names (self time) grouped roughly as the Performance panel groups them; a task's own
// self time (scheduling, IPC) is "other".
const ACTIVITY = [
  [/WindowProxy|CreateContext|DeserializeContext|ContextCreated|InstallConditionalFeatures/, 'set up the page\'s JS context'],
  [/v8\.compile|compileModule|produceCache|CompileCode|ParseOnBackground/i, 'parse and compile JS'],
  [/GC|garbage/i, 'garbage collection'],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
  [/^Layout$|IntersectionObserver/, 'layout'],
  [/Paint|Layerize|^Commit$|UpdateLayer/, 'paint'],
  [/^ParseHTML$|Preload/, 'parse HTML'],
  [/FunctionCall|EvaluateScript|evaluateModule|^v8\.(run|callFunction|callAsConstructor|newInstance)$|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|Interrupt|StackGuard/, 'run JS'],
];
const activityOf = (name) => ACTIVITY.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';

/** The renderer main thread that loaded `pageUrl`, and the window navigation start .. drawn. */
function findWindow(events, pageUrl) {
  const drawn = events.find((e) => e.name === 'bench:drawn');
  if (!drawn) throw new Error(`no bench:drawn mark in the trace of ${pageUrl}`);
  const start = events.find(
    (e) => e.name === 'navigationStart' && e.pid === drawn.pid && e.args?.data?.documentLoaderURL === pageUrl,
  );
  if (!start) throw new Error(`no navigationStart for ${pageUrl} in the trace`);
  return { pid: drawn.pid, tid: drawn.tid, from: start.ts, to: drawn.ts };
}

/**
 * Self time (µs) of every complete event on one thread within the window, by activity. Events are
 * clipped to the window: the task that draws the chart is still running when the probe fires.
 */
function activities(events, w) {
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === w.pid && e.tid === w.tid && e.ts < w.to && e.ts + (e.dur ?? 0) > w.from)
    .map((e) => {
      const start = Math.max(e.ts, w.from);
      return { name: e.name, start, end: Math.min(e.ts + (e.dur ?? 0), w.to) };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const self = new Map();
  const stack = [];
  let busy = 0;
  for (const slice of slices) {
    while (stack.length && stack.at(-1).end <= slice.start) stack.pop();
    const parent = stack.at(-1);
    const length = slice.end - slice.start;
    if (parent) self.set(parent, self.get(parent) - length);
    else busy += length;
    self.set(slice, length);
    stack.push(slice);
  }
  const totals = { idle: w.to - w.from - busy };
  for (const [e, us] of self) totals[activityOf(e.name)] = (totals[activityOf(e.name)] ?? 0) + us;
  return totals;
}

/**
 * V8's samples on the window's renderer: [{ frame, us }], each sample's self time. A Profile event
 * gives a start time; its ProfileChunks add call-tree nodes and samples, each with a delta in µs
 * from the previous sample.
 */
function timedSamples(events, w) {
  const clock = new Map();
  const frames = new Map();
  const timed = [];
  for (const e of events) {
    if (e.pid !== w.pid) continue;
    if (e.name === 'Profile') clock.set(e.id, e.args.data.startTime);
    if (e.name !== 'ProfileChunk') continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) frames.set(`${e.id}:${node.id}`, node.callFrame);
    (cpuProfile.samples ?? []).forEach((node, i) => {
      const ts = (clock.get(e.id) ?? 0) + (timeDeltas[i] ?? 0);
      clock.set(e.id, ts);
      timed.push({ key: `${e.id}:${node}`, ts });
    });
  }
  const inWindow = timed.filter((s) => s.ts >= w.from && s.ts <= w.to).sort((a, b) => a.ts - b.ts);
  // A sample stands for the time until the next one (capped, where the profiler paused).
  return inWindow.map((s, i) => ({ frame: frames.get(s.key), us: Math.min((inWindow[i + 1]?.ts ?? s.ts) - s.ts, 2000) }));
}

/** "src/internal/format.ts:38" for a frame of our bundle, else its own name and file. */
function describe(frame, map, bundleUrl, pageUrl) {
  if (!frame) return { name: '(unknown)', where: '', origin: '(unknown)' };
  const name = frame.functionName || '(anonymous)';
  // The probe's own time is the one forced style and layout pass it makes once all are drawn.
  if (frame.url === pageUrl) return { name: `bench probe: ${name}`, where: 'style and layout it forces', origin: 'bench probe' };
  if (frame.url !== bundleUrl || !map) {
    const origin = frame.url ? new URL(frame.url).pathname : name.startsWith('(') ? name : '(native)';
    return { name, where: frame.url ? origin : 'native', origin };
  }
  // Line 0 of the served copy is the lint banner, which the map does not know about; a frame
  // there is the module's top level.
  if (frame.lineNumber < 1) return { name: '(module top level)', where: 'career-widgets.js', origin: 'module top level' };
  const entry = map.findEntry(frame.lineNumber - 1, frame.columnNumber);
  const source = (entry.originalSource ?? '').replace(/^(\.\.\/)+/, '');
  const origin = source.startsWith('node_modules/') ? source.split('/').slice(1, source.includes('/@') ? 3 : 2).join('/') : source.split('/').slice(0, 2).join('/');
  return { name: entry.name ?? name, where: `${source}:${entry.originalLine + 1}`, origin };
}

function addTo(totals, key, us) {
  totals.set(key, (totals.get(key) ?? 0) + us);
}

/**
 * Loads `pageUrl` `runs` times under a trace; returns median ms per activity and the heaviest
 * functions by self time (mean per load), frames of `bundleUrl` mapped through `mapFile`.
 */
export async function profileFirstRender(browser, pageUrl, runs, { bundleUrl, mapFile } = {}) {
  const map = mapFile && new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  const perActivity = [];
  const functions = new Map();
  const origins = new Map();
  for (let run = 0; run < runs; run++) {
    const result = await measure(browser, pageUrl, {
      setup: (_context, page) => browser.startTracing(page, { categories: CATEGORIES }),
      teardown: async () => JSON.parse(await browser.stopTracing()).traceEvents,
    });
    if (result.error) {
      await browser.stopTracing().catch(() => undefined); // a trace left running blocks the next
      throw new Error(`profile of ${pageUrl}: ${result.error}`);
    }
    const events = result.instruments;
    const w = findWindow(events, pageUrl);
    perActivity.push(activities(events, w));
    for (const { frame, us } of timedSamples(events, w)) {
      const d = describe(frame, map, bundleUrl, pageUrl);
      if (d.name === '(idle)') continue;
      addTo(functions, `${d.name}\t${d.where}`, us / runs);
      addTo(origins, d.origin, us / runs);
    }
  }
  const ms = (us) => us / 1000;
  const activityNames = [...new Set(perActivity.flatMap(Object.keys))];
  const activity = Object.fromEntries(activityNames.map((k) => [k, ms(median(perActivity.map((a) => a[k] ?? 0)))]));
  const busy = [...functions.values()].reduce((a, b) => a + b, 0);
  const top = [...functions]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([key, us]) => {
      const [name, where] = key.split('\t');
      return { name, where, selfMs: ms(us), share: `${((us / busy) * 100).toFixed(0)} %` };
    });
  const byOrigin = [...origins].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return {
    runs,
    activity,
    categories: Object.entries(activity).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', '),
    top,
    byOrigin: byOrigin.map(([k, us]) => `${k} ${ms(us).toFixed(1)} ms`).join(', '),
  };
}
