// Builds dist/esm/: the same sources as unbundled ES modules, one file per source module, for
// bundlers and servers. `career-widgets/<tag>.js` (src/entries/) defines one element, so an app that
// uses one element bundles only that element, the code it shares and its part of the profile. Lit,
// d3 and valibot stay bare imports: the app's bundler resolves them to the one copy it
// already has, and Node resolves Lit to its `node` build (see package.json "exports").
// dist/career-widgets.js (rollup.config.mjs) stays the self-contained file for script tags.
import { readdirSync, readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import replace from '@rollup/plugin-replace';
import typescript from '@rollup/plugin-typescript';
import { foldLitTemplates, minifyLitCss, stripSchemaDocs } from './rollup.config.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies);

const entries = Object.fromEntries(
  readdirSync(new URL('./src/entries/', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`entries/${file.slice(0, -3)}`, `src/entries/${file}`]),
);

export default {
  input: { index: 'src/index.ts', ...entries },
  output: {
    dir: 'dist/esm',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'src',
    // TypeScript's decorator helper (tslib) becomes one shared module; a folder named node_modules
    // would be left out of the package by npm.
    entryFileNames: (chunk) => (chunk.name.includes('node_modules/') ? `vendor/${chunk.name.split('node_modules/').pop()}.js` : '[name].js'),
  },
  external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
  treeshake: { preset: 'recommended' },
  plugins: [
    replace({ preventAssignment: true, values: { __CW_VERSION__: JSON.stringify(pkg.version) } }),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: './tsconfig.json', noEmit: false, declaration: false, sourceMap: true, include: ['src/**/*.ts'] }),
    minifyLitCss(),
    foldLitTemplates(),
    stripSchemaDocs(),
  ],
  onwarn(warning) {
    throw new Error(warning.message);
  },
};
