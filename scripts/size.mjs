// npm run size: the bundle's minified and gzip bytes against the budget in package.json
// ("sizeBudget.gzip"), and each element's share (the bundle's gzip bytes minus those of a bundle
// built without that element), and what one element imported alone (career-widgets/<tag>.js) adds to
// an app's bundle. Exits 1 over budget: growth past it is a decision, made in a commit
// that raises the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let code;
try {
  code = readFileSync(new URL('../dist/career-widgets.js', import.meta.url));
} catch {
  console.error('dist/career-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
const total = gz(code);
const budget = pkg.sizeBudget.gzip;
console.log(`dist/career-widgets.js: ${code.length} B min (${kb(code.length)}), ${total} B gzip (${kb(total)}); budget ${budget} B gzip`);

/** The registry's elements: tag → [class, module], read from src/registry.ts (one list for all). */
function registryElements() {
  const source = readFileSync(new URL('../src/registry.ts', import.meta.url), 'utf8');
  const modules = new Map([...source.matchAll(/import \{ (\w+) \} from '\.\/(.+)\.js';/g)].map(([, name, path]) => [name, `./src/${path}.ts`]));
  return Object.fromEntries([...source.matchAll(/\{ tag: '([a-z-]+)', element: (\w+)/g)].map(([, tag, name]) => [tag, [name, modules.get(name)]]));
}
const ELEMENTS = registryElements();

/** Builds the bundle from `entry` source in memory and returns its gzip bytes. */
async function gzipOf(entry) {
  const virtual = {
    name: 'size-entry',
    resolveId: (id) => (id === 'size-entry' ? id : null),
    load: (id) => (id === 'size-entry' ? entry : null),
  };
  const bundle = await rollup({ ...config, input: 'size-entry', plugins: [virtual, ...config.plugins] });
  const { output } = await bundle.generate({ format: 'es', sourcemap: true });
  await bundle.close();
  return gz(output[0].code);
}

/** Budgets broken: the whole bundle (sizeBudget.gzip) and each element's share (sizeBudget.elements, else sizeBudget.element). */
const overBudget = [];

if (!process.argv.includes('--no-shares')) {
  const defineAll = (tags) =>
    tags.map((tag) => `import { ${ELEMENTS[tag][0]} } from '${ELEMENTS[tag][1]}'; ${ELEMENTS[tag][0]}.define('${tag}');`).join('\n');
  const tags = Object.keys(ELEMENTS);
  const rows = [];
  const { elements: limits = {}, element: newElement } = pkg.sizeBudget;
  // Both sides built the same way (a virtual entry that defines the elements), so the public API's
  // own exports in src/index.ts are in neither and count against no element.
  const all = await gzipOf(defineAll(tags));
  for (const tag of tags) {
    const without = await gzipOf(defineAll(tags.filter((t) => t !== tag)));
    const share = all - without;
    const limit = limits[tag] ?? newElement;
    rows.push([`<${tag}> (budget ${limit} B)`, share]);
    if (share > limit) overBudget.push(`<${tag}> adds ${share} B gzip, over its ${limit} B`);
  }
  const shared = await gzipOf(
    "import { CwElement } from './src/internal/cw-element.ts'; class Base extends CwElement {} customElements.define('cw-base', Base);",
  );
  rows.push(['shared (Lit, d3-array, valibot, base class, guide profile)', shared]);
  console.log('\nshare of the gzip bytes:');
  for (const [name, bytes] of rows) console.log(`  ${name.padEnd(60)} ${String(bytes).padStart(6)} B`);
}

/**
 * What an app's bundle carries for one element imported alone (`import 'career-widgets/<tag>.js'`):
 * the entry in dist/esm with Lit, d3 and valibot resolved as an app's bundler would, minified.
 */
async function oneElementImports() {
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const entries = Object.keys(ELEMENTS).map((tag) => [`career-widgets/${tag}.js`, `dist/esm/entries/${tag}.js`]);
  entries.push(['describe() alone (career-widgets/describe.js)', 'dist/esm/entries/describe.js']);
  entries.push(['every element (dist/esm/index.js)', 'dist/esm/index.js']);
  console.log('\none-element imports (dist/esm bundled with its dependencies, minified):');
  for (const [name, file] of entries) {
    const bundle = await rollup({
      input: file,
      plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), terser({ ecma: 2022, module: true, format: { comments: false } })],
      onwarn(warning) {
        if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
        throw new Error(warning.message);
      },
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const { code } = output[0];
    console.log(`  ${name.padEnd(60)} ${String(gz(code)).padStart(6)} B gzip (${Buffer.byteLength(code)} B min)`);
  }
}

if (!process.argv.includes('--no-entries')) {
  try {
    readFileSync(new URL('../dist/esm/entries/outlook-chart.js', import.meta.url));
    await oneElementImports();
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    console.error('dist/esm is missing: run `npm run build` first.');
    process.exit(1);
  }
}

if (total > budget) overBudget.unshift(`dist/career-widgets.js is over budget by ${total - budget} B gzip`);
if (overBudget.length) {
  for (const line of overBudget) console.error(line);
  process.exit(1);
}
