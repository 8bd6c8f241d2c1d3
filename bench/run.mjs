// npm run bench: size and speed of dist/career-widgets.js against the same chart drawn with
// Chart.js, Observable Plot and Lit alone, in Debian's headless Chromium. Writes bench/RESULTS.md
// and bench/results/latest.json and prints the table. Not a test: nothing here fails on a figure.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildPeers, bundleBytes, bundlePath, writeGenerated } from './build-peers.mjs';
import { launch, measure } from './measure.mjs';
import { LIBRARIES, writePage } from './pages.mjs';
import { profileFirstRender } from './profile.mjs';
import { markdown } from './report.mjs';
import { serve } from './server.mjs';
import { summarize } from './stats.mjs';

// Enough runs for stable medians while the whole bench stays near 3 minutes on 2 cores.
const ROUNDS_ONE = Number(process.env.BENCH_ROUNDS_ONE ?? 15);
const ROUNDS_MANY = Number(process.env.BENCH_ROUNDS_MANY ?? 7);
const PROFILE_RUNS = Number(process.env.BENCH_PROFILE_RUNS ?? 3);
const MANY = 100;

const COMPARED = ['ours', 'chartjs', 'plot', 'lit-alone'];
// Our other elements have no peers: fewer rounds, after the compared ones.
const OTHERS = ['ours-salary', 'ours-timeline'];

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DIST = here('../dist/career-widgets.js');
const OURS = here('./.build/career-widgets.js');
const started = performance.now();
const log = (...parts) => console.error(`bench ${((performance.now() - started) / 1000).toFixed(0)} s:`, ...parts);

function bundleSize(path) {
  const code = bundleBytes(path);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

function sizes() {
  const paths = { ours: OURS, ...Object.fromEntries(COMPARED.slice(1).map((peer) => [peer, bundlePath(peer)])) };
  return Object.fromEntries(Object.entries(paths).map(([key, path]) => [key, bundleSize(path)]));
}

/**
 * Round-robin over `order`: one load of each page, then the next round, so drift in the machine's
 * speed (other processes, thermal) spreads over every library alike.
 */
async function rounds(browser, origin, order, count, total, options = {}) {
  const urls = Object.fromEntries(order.map((key) => [key, origin + writePage(key, count, options.page)]));
  const runs = Object.fromEntries(order.map((key) => [key, []]));
  for (let round = 1; round <= total; round++) {
    for (const key of order) {
      const result = await measure(browser, urls[key], options);
      if (result.error && round === 1) log(`${key} ×${count}: ${result.error}`);
      runs[key].push(result);
    }
    log(`${order.join(', ')} ×${count}: round ${round}/${total}`);
  }
  return runs;
}

/** One untimed load of every page first: the browser's own first-use costs fall on no library. */
async function warmUp(browser, origin) {
  for (const key of [...COMPARED, ...OTHERS]) await measure(browser, origin + writePage(key, 1));
  log('warm-up done');
}

/** The registry's elements after the first three: each may add 1.7 KB to the bundle aim. */
const NEW_ELEMENTS = [...readFileSync(here('../src/registry.ts'), 'utf8').matchAll(/\{ tag: '/g)].length - 3;
const BUNDLE_AIM = (24 + 2 + 1.7 * NEW_ELEMENTS) * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function aims(figures, lazy) {
  const ours = figures.ours;
  const vs = (get, peer) => {
    const a = get(ours);
    const b = get(figures[peer]);
    return a === undefined || b === undefined ? undefined : a / b;
  };
  const aim = (text, measured, limit) => ({ aim: text, measured, limit, met: measured !== undefined && measured <= limit });
  const better = (a, b) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
  const bestPeerOne = better(figures.chartjs.one.median, figures.plot.one.median);
  return [
    aim('first render ≤ 0.9× the better of Chart.js and Plot', ours.one.median / bestPeerOne, 0.9),
    aim('first render ≤ 1.5× Lit alone', vs((f) => f.one.median, 'lit-alone'), 1.5),
    aim('100 charts ≤ 0.9× Plot', vs((f) => f.many.median, 'plot'), 0.9),
    aim('100 charts ≤ 2× Lit alone', vs((f) => f.many.median, 'lit-alone'), 2),
    aim('JS heap after 100 charts ≤ Plot\'s', vs((f) => f.heap.median, 'plot'), 1),
    // 24 KB for the first three elements with the shared code and profile, 2 KB for notes,
    // languages and reader actions, 1.7 KB for each element after those three.
    aim(
      `bundle gzip ≤ ${kb(BUNDLE_AIM)} (24 KB for three elements, shared code and profile; + 2 KB for notes, languages and actions; + 1.7 KB for each of ${NEW_ELEMENTS} more)`,
      ours.size.gzip / BUNDLE_AIM,
      1,
    ),
    aim('30 widgets, 2 in view, ≤ 1.3× the page with only those 2', lazy.thirty.median / lazy.two.median, 1.3),
  ];
}

/** Where first-render time goes, for ours and for the floor (traced loads, not the timed ones). */
async function profiles(browser, origin) {
  log(`profiling first render (${PROFILE_RUNS} traced loads each)`);
  const bundleUrl = `${origin}${LIBRARIES.ours.script}`;
  return {
    ours: await profileFirstRender(browser, origin + writePage('ours', 1), PROFILE_RUNS, { bundleUrl, mapFile: `${OURS}.map` }),
    floor: await profileFirstRender(browser, origin + writePage('lit-alone', 1), PROFILE_RUNS),
  };
}

async function machine(browser) {
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    browser: `Chromium ${browser.version()} (headless)`,
    machine: `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM`,
    node: process.version,
    rounds: { one: ROUNDS_ONE, many: ROUNDS_MANY, profile: PROFILE_RUNS },
    order: COMPARED.map((key) => LIBRARIES[key].name),
  };
}

/**
 * Copies the bundle (and its source map, for the profile) into bench/.build/ and measures the copy,
 * so a rebuild of dist/ while the bench runs cannot change the bundle between runs.
 */
function snapshotOurs() {
  if (!existsSync(DIST)) throw new Error('dist/career-widgets.js is missing: run `npm run build` first.');
  mkdirSync(here('./.build'), { recursive: true });
  writeGenerated(OURS, readFileSync(DIST, 'utf8'));
  if (existsSync(`${DIST}.map`)) copyFileSync(`${DIST}.map`, `${OURS}.map`);
}

async function main() {
  snapshotOurs();
  const built = await buildPeers();
  log(built.length ? `built ${built.join(', ')} into bench/.build/` : 'peer bundles up to date');

  const server = await serve(here('..'));
  const browser = await launch();
  try {
    const meta = await machine(browser);
    log(`${meta.browser}, ${meta.machine}`);
    await warmUp(browser, server.origin);
    const one = await rounds(browser, server.origin, COMPARED, 1, ROUNDS_ONE);
    const others = await rounds(browser, server.origin, OTHERS, 1, ROUNDS_MANY);
    const many = await rounds(browser, server.origin, COMPARED, MANY, ROUNDS_MANY, { heap: true });
    const throttled = await rounds(browser, server.origin, ['ours', ...OTHERS], 1, ROUNDS_MANY, { throttle: 4 });
    // 30 widgets down an article, 2 in view, against the page with only those 2.
    const thirty = await rounds(browser, server.origin, ['ours'], 30, ROUNDS_MANY, { heap: true, page: { inFlow: true, waitFor: 2 } });
    const two = await rounds(browser, server.origin, ['ours'], 2, ROUNDS_MANY, { heap: true, page: { inFlow: true, waitFor: 2 } });
    const profile = PROFILE_RUNS > 0 ? await profiles(browser, server.origin) : undefined;
    meta.load = loadavg().map((n) => n.toFixed(1)).join(' ');

    const size = sizes();
    const figures = Object.fromEntries(
      COMPARED.map((key) => [
        key,
        {
          size: size[key],
          one: summarize(one[key], 'drawnMs'),
          // When the bundle had arrived (ms from navigation start): the rest of "one" is running it.
          fetched: summarize(one[key], 'bundleFetchedMs'),
          many: summarize(many[key], 'drawnMs'),
          // The hundred charts' time split at the probe's one forced style and layout pass.
          manyLayout: summarize(
            many[key].map((r) => (r.error ? r : { layoutMs: r.drawnMs - r.scriptDoneMs })),
            'layoutMs',
          ),
          heap: summarize(many[key], 'heap'),
        },
      ]),
    );
    const elements = {
      'outlook-chart': figures.ours.one,
      'salary-factors': summarize(others['ours-salary'], 'drawnMs'),
      'timeline-steps': summarize(others['ours-timeline'], 'drawnMs'),
    };
    const slow = {
      'outlook-chart': summarize(throttled.ours, 'drawnMs'),
      'salary-factors': summarize(throttled['ours-salary'], 'drawnMs'),
      'timeline-steps': summarize(throttled['ours-timeline'], 'drawnMs'),
    };
    const lazy = {
      thirty: summarize(thirty.ours, 'drawnMs'),
      two: summarize(two.ours, 'drawnMs'),
      thirtyHeap: summarize(thirty.ours, 'heap'),
      twoHeap: summarize(two.ours, 'heap'),
    };
    const results = {
      meta,
      figures,
      elements,
      slow,
      lazy,
      aims: aims(figures, lazy),
      profile,
      raw: { one, others, many, throttled, thirty, two },
    };

    mkdirSync(here('./results'), { recursive: true });
    writeFileSync(here('./results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    const text = markdown(results);
    writeFileSync(here('./RESULTS.md'), text);
    console.log(text);
    log('wrote bench/RESULTS.md and bench/results/latest.json');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
