// npm run test:consumers: the packed package as a new user gets it. Packs it (`npm pack`, after
// `npm run build`), installs it with the exact versions in test/consumers/package.json into a
// temporary folder, then checks there:
//   - plain TypeScript, React 19 TSX (the README's React and Next.js snippets), Preact and Solid TSX
//     type-check with the generated JSX types, and a Vue SFC with vue-tsc (the README's Vue snippet);
//   - importing the package and each per-element entry in Node throws nothing and defines nothing;
//   - the README's Svelte 5 component compiles and renders on the server;
//   - a Vite production build of a one-element page holds that element's tag and not the others'.
// The README's snippets are the fixtures' text: a snippet that drifts from its fixture fails here.
// KEEP=1 keeps the folder and prints its path.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'test/consumers');
const dir = mkdtempSync(join(tmpdir(), 'cw-consumers-'));
const started = performance.now();
const failures = [];
/** Every element's tag, from the manifest the package ships. */
const TAGS = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName))
  .filter(Boolean);

function run(label, cmd, args) {
  const t0 = performance.now();
  const result = spawnSync(cmd, args, { cwd: dir, stdio: 'inherit' });
  const ms = Math.round(performance.now() - t0);
  if (result.status === 0) console.log(`consumers: ${label} ok (${ms} ms)`);
  else {
    console.error(`consumers: ${label} FAILED (${ms} ms)`);
    failures.push(label);
  }
  return result;
}
const bin = (name) => join(dir, 'node_modules/.bin', name);

/** Runs checks two at a time (CI has two cores), each with its output shown only if it fails. */
async function runAll(checks) {
  const queue = [...checks];
  const worker = async () => {
    for (let check = queue.shift(); check; check = queue.shift()) {
      const [label, cmd, args] = check;
      const t0 = performance.now();
      const child = spawn(cmd, args, { cwd: dir });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const status = await new Promise((resolve) => child.on('close', resolve));
      const ms = Math.round(performance.now() - t0);
      if (status === 0) console.log(`consumers: ${label} ok (${ms} ms)`);
      else {
        process.stderr.write(output);
        console.error(`consumers: ${label} FAILED (${ms} ms)`);
        failures.push(label);
      }
    }
  };
  await Promise.all([worker(), worker()]);
}

try {
  // The README shows these fixtures verbatim (after each file's first comment line).
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const file of ['react/Outlook.tsx', 'react/NextClient.tsx', 'vue/Outlook.vue', 'svelte/Outlook.svelte']) {
    const text = readFileSync(join(fixtures, file), 'utf8').split('\n').slice(1).join('\n').trim();
    if (!readme.includes(text)) failures.push(`README.md shows test/consumers/${file} as it is`);
  }

  cpSync(fixtures, dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const tarball = pack.stdout.trim().split('\n').pop();
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies['career-widgets'] = `file:./${tarball}`;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

  const install = run('npm install (packed career-widgets and the pinned consumers)', 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  if (install.status !== 0) throw new Error('npm install failed');

  await runAll([
    ['Vue 3 SFC (vue-tsc)', bin('vue-tsc'), ['-p', 'tsconfig.vue.json']],
    ['TypeScript and React 19 TSX (tsc, @types/react)', bin('tsc'), ['-p', 'tsconfig.react.json']],
    ['Preact TSX (tsc)', bin('tsc'), ['-p', 'tsconfig.preact.json']],
    ['Solid TSX (tsc)', bin('tsc'), ['-p', 'tsconfig.solid.json']],
    ['Node: import the package and each entry', process.execPath, ['node.mjs']],
    ['Svelte 5: compile, and render on the server', process.execPath, ['svelte.mjs']],
  ]);

  const build = run('Vite build of a one-element page', bin('vite'), ['build', 'vite', '--outDir', '../vite-dist', '--emptyOutDir', '--logLevel', 'warn']);
  if (build.status === 0) {
    const assets = join(dir, 'vite-dist/assets');
    const code = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
    // A tag as a string literal is an element defined; schema descriptions name tags inside `<…>`.
    const has = (tag) => new RegExp(`[\`"']${tag}[\`"']`).test(code);
    if (!has('outlook-chart')) failures.push('the one-element build defines <outlook-chart>');
    for (const tag of TAGS.filter((t) => t !== 'outlook-chart')) if (has(tag)) failures.push(`the one-element build leaves out <${tag}>`);
    for (const event of ['cw-factor-select', 'cw-step-change']) if (code.includes(event)) failures.push(`the one-element build leaves out ${event}`);
    if (!failures.some((f) => f.startsWith('the one-element'))) console.log('consumers: the one-element build holds <outlook-chart> and not the others');
  }
} catch (error) {
  failures.push(error.message);
} finally {
  if (process.env.KEEP) console.log(`consumers: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

console.log(`consumers: ${Math.round((performance.now() - started) / 1000)} s`);
if (failures.length) {
  console.error(`consumers: failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
