// Before and after: two builds of the bundle on the bench's own pages, loaded in turn (A, B, A, B…)
// so the machine's drift falls on both. How each change to speed was kept or dropped:
//
//   cp dist/career-widgets.js /tmp/before.js   # then change, npm run build
//   node bench/ab.mjs /tmp/before.js dist/career-widgets.js [charts=100] [rounds=7]
//
// Prints, per build, the medians of: ms until all charts are drawn, of which the one style and
// layout pass, and the JS heap after a full garbage collection.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, measure } from './measure.mjs';
import { LIBRARIES, writePage } from './pages.mjs';
import { serve } from './server.mjs';
import { median } from './stats.mjs';

const [before, after, charts = '100', rounds = '7'] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node bench/ab.mjs <before.js> <after.js> [charts] [rounds]');
  process.exit(2);
}
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
mkdirSync(here('./.build'), { recursive: true });
const builds = { before, after };
for (const [key, file] of Object.entries(builds)) {
  copyFileSync(file, here(`./.build/ab-${key}.js`));
  LIBRARIES[`ab-${key}`] = { ...LIBRARIES.ours, name: key, script: `/bench/.build/ab-${key}.js` };
}

const server = await serve(here('..'));
const browser = await launch();
try {
  const runs = { before: [], after: [] };
  for (let round = 0; round < Number(rounds); round++) {
    for (const key of Object.keys(builds)) {
      const result = await measure(browser, server.origin + writePage(`ab-${key}`, Number(charts)), { heap: true });
      if (!result.error) runs[key].push(result);
    }
  }
  for (const [key, list] of Object.entries(runs)) {
    const drawn = median(list.map((r) => r.drawnMs));
    const layout = median(list.map((r) => r.drawnMs - r.scriptDoneMs));
    const heap = median(list.map((r) => r.heap)) / 1024 / 1024;
    console.log(`${key.padEnd(7)} drawn ${drawn.toFixed(1)} ms, layout pass ${layout.toFixed(1)} ms, heap ${heap.toFixed(2)} MB (${list.length} loads)`);
  }
} finally {
  await browser.close();
  await server.close();
}
