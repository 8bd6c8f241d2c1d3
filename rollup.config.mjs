// Builds dist/career-widgets.js: one self-contained, minified ES module (Lit, the d3 parts in use,
// valibot and the guide's profile inlined) with its source map beside it.
import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Minifies the CSS inside Lit's css`` templates in our own sources (terser leaves template text
 * alone): comments go, and runs of white space fold to one space or none beside punctuation.
 * Our styles have no strings in which white space matters beyond one space.
 */
export function minifyLitCss() {
  const fold = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      // After TypeScript: @rollup/plugin-typescript compiles from disk and ignores earlier transforms.
      if (!id.includes("/src/") || !/css ?`/.test(code)) return null;
      return { code: code.replace(/css ?`([^`]*)`/g, (_, body) => `css\`${fold(body)}\``), map: null };
    },
  };
}

/**
 * Drops the schema's documentation from the bundle: `v.description(…)` and `v.title(…)` inside a
 * `v.pipe(…)` of src/profile/schema.ts and src/profile/schema/ only feed the published JSON Schema (npm run schema), never
 * validation, yet they are about 3 KB of text. They are blanked out with spaces, so every line and
 * column stays where it was and the source map stays true.
 */
/**
 * Folds the indentation inside our html`` and svg`` templates: a newline and the spaces after it
 * become one space, which HTML and SVG render the same (none of our templates uses white-space:
 * pre). Expressions are left alone; the source map follows through magic-string.
 */
export function foldLitTemplates() {
  return {
    name: 'fold-lit-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/(html|svg) ?`/.test(code)) return null;
      const out = new MagicString(code);
      walkAst(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || !['html', 'svg'].includes(node.tag.name)) return;
        for (const quasi of node.quasi.quasis) {
          const text = code.slice(quasi.start, quasi.end);
          for (const match of text.matchAll(/\n[ \t]*/g)) out.overwrite(quasi.start + match.index, quasi.start + match.index + match[0].length, ' ');
        }
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/** Visits every node of an ESTree tree. */
function walkAst(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walkAst(child, visit));
    else if (value && typeof value === 'object') walkAst(value, visit);
  }
}

export function stripSchemaDocs() {
  const isV = (node, name) =>
    node?.type === 'MemberExpression' && node.object.type === 'Identifier' && node.object.name === 'v' && node.property.name === name;
  return {
    name: 'strip-schema-docs',
    transform(code, id) {
      if (!/\/src\/profile\/schema(\.ts|\/[\w-]+\.ts)$/.test(id)) return null;
      const cuts = [];
      walkAst(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || !isV(node.callee, 'pipe')) return;
        node.arguments.forEach((arg, i) => {
          if (i > 0 && arg.type === 'CallExpression' && (isV(arg.callee, 'description') || isV(arg.callee, 'title'))) {
            cuts.push([node.arguments[i - 1].end, arg.end]);
          }
        });
      });
      let out = code;
      for (const [from, to] of cuts) out = out.slice(0, from) + out.slice(from, to).replace(/[^\n]/g, ' ') + out.slice(to);
      return { code: out, map: null };
    },
  };
}

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/career-widgets.js',
    format: 'es',
    sourcemap: true,
    inlineDynamicImports: true,
  },
  // d3's packages and Lit are side-effect free except where they say otherwise in package.json.
  treeshake: { preset: 'recommended' },
  plugins: [
    replace({ preventAssignment: true, values: { __CW_VERSION__: JSON.stringify(pkg.version) } }),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: './tsconfig.json', noEmit: false, declaration: false, sourceMap: true, include: ['src/**/*.ts'] }),
    minifyLitCss(),
    foldLitTemplates(),
    stripSchemaDocs(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
  onwarn(warning) {
    // A circular import inside d3-interpolate is known and harmless; anything else fails the build.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    throw new Error(warning.message);
  },
};
