// Writes the framework type declarations from custom-elements.json (npm run build runs it after the
// manifest), as Web Awesome does: JSX types for React 19, Preact and Solid from @wc-toolkit/jsx-types,
// Vue's GlobalComponents from custom-element-vuejs-integration. A user opts in with one line:
// `/// <reference types="career-widgets/jsx" />` (or `/vue`).
//
// dist/types/jsx.d.ts   the elements in the JSX namespaces of react (19), preact, solid-js (with its
//                        attr:, prop: and on: names), @stencil/core, hono/jsx, @builder.io/qwik and
//                        the global JSX; `--cw-*` properties in their CSSProperties
// dist/types/vue.d.ts   Vue's GlobalComponents, for vue-tsc and Volar
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = new URL('..', import.meta.url);
const outdir = new URL('dist/types/', root).pathname;
// The package's types, relative to outdir: every element class and event is exported there.
const entry = './src/index.js';

const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

/**
 * The manifest as the generators read it. Both assume `CustomEvent<Detail>` events and import every
 * export of an element's module; ours are typed Event subclasses (`CwErrorEvent`) and the base
 * class's module exports a helper the package does not. So each event's type becomes an inline
 * `import("…")` of the package entry (an import both generators leave as written), and only the
 * element classes are imported.
 */
function forGenerators(eventType) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    const elements = new Set((module.declarations ?? []).filter((d) => d.customElement).map((d) => d.name));
    if (module.exports) module.exports = module.exports.filter((e) => elements.has(e.declaration?.name));
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        if (event.type?.text) event.type = { text: eventType(event.type.text) };
      }
    }
  }
  return copy;
}

const quiet = (fn) => {
  const log = console.log;
  console.log = () => {};
  try {
    return fn();
  } finally {
    console.log = log;
  }
};

quiet(() =>
  generateJsxTypes(forGenerators((name) => `import("${entry}").${name}`), {
    outdir,
    fileName: 'jsx.d.ts',
    globalTypePath: entry,
    // Handlers get the element's own event class, target typed as the element.
    stronglyTypedEvents: true,
  }),
);

quiet(() =>
  // This generator wraps the type in CustomEvent<…>, so it is given the event's detail.
  generateVuejsTypes(forGenerators((name) => `import("${entry}").${name}["detail"]`), {
    outdir,
    fileName: 'vue.d.ts',
    globalTypePath: entry,
    hideLogs: true,
  }),
);

/** Fails the build when a generator's output lacks what a fix below expects (a new version may have fixed it). */
function patch(file, from, to) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`framework-types: ${file} has no ${JSON.stringify(from)}: check the generator's output.`);
  writeFileSync(file, text.replaceAll(from, to));
}

// vue-tsc types `@cw-error="…"` from a prop named onCwError; the generator writes "oncw-error".
const camel = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const eventNames = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name))));
for (const name of eventNames) patch(`${outdir}vue.d.ts`, `"on${name}"?:`, `on${camel(name)}?:`);

// The generated `ref` is Solid's (an element or a callback); React's and Preact's useRef objects
// are added.
patch(
  `${outdir}jsx.d.ts`,
  'ref?: (T | ((e: T) => void)) | undefined;',
  'ref?: T | ((e: T) => void) | { current: T | null } | null | undefined;',
);
