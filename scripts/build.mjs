// npm run build: the bundle, the unbundled modules, their type declarations, the custom elements
// manifest and the JSX and Vue types generated from it.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const step = (label, cmd, args) => {
  const started = performance.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(status ?? 1);
  }
  console.log(`build: ${label} (${Math.round(performance.now() - started)} ms)`);
};

// Only the declarations and the unbundled modules are cleared: rollup overwrites the bundle in
// place, so a page served from dist/ (the demo) never finds it missing mid-build.
rmSync(new URL('../dist/types', import.meta.url), { recursive: true, force: true });
rmSync(new URL('../dist/esm', import.meta.url), { recursive: true, force: true });
step('dist/career-widgets.js', bin('rollup'), ['-c', '--silent']);
step('dist/esm (unbundled modules, per-element entries)', bin('rollup'), ['-c', 'rollup.modules.config.mjs', '--silent']);
step('dist/types', bin('tsc'), ['-p', 'tsconfig.build.json']);
step('custom-elements.json', process.execPath, [new URL('./manifest.mjs', import.meta.url).pathname]);
step('dist/types: JSX and Vue types', process.execPath, [new URL('./framework-types.mjs', import.meta.url).pathname]);
