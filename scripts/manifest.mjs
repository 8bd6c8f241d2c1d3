// Writes custom-elements.json from the elements' JSDoc (cem analyze --litelement), with modules in
// path order: the analyzer lists them in the order the file system returns them, which differs
// between machines, and CI checks that the committed manifest is the one the source makes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const { status } = spawnSync(
  new URL('../node_modules/.bin/cem', import.meta.url).pathname,
  [
    'analyze',
    '--litelement',
    '--globs', 'src/components/**/*.ts', 'src/internal/cw-element.ts', 'src/events/*.ts',
    '--exclude', 'src/components/**/*.layout.ts', 'src/components/**/*.styles.ts',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (status !== 0) process.exit(status ?? 1);

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
// `this.dispatchEvent(new CwErrorEvent(…))` is listed once more without a name: every event is
// documented by name through @event, so the nameless copies go.
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
  }
}
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);

// Every element of the registry is documented: a tag without its @tagname JSDoc fails the build.
const registry = readFileSync(new URL('../src/registry.ts', import.meta.url), 'utf8');
const documented = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)));
const missing = [...registry.matchAll(/\{ tag: '([a-z-]+)'/g)].map(([, tag]) => tag).filter((tag) => !documented.has(tag));
// …and has its own entry point, career-widgets/<tag>.js (src/entries/<tag>.ts).
const noEntry = [...registry.matchAll(/\{ tag: '([a-z-]+)'/g)].map(([, tag]) => tag).filter((tag) => !existsSync(new URL(`../src/entries/${tag}.ts`, import.meta.url)));
if (noEntry.length) {
  console.error(`src/entries/ lacks ${noEntry.map((t) => `${t}.ts`).join(', ')}: every element has its own entry point.`);
  process.exit(1);
}
if (missing.length) {
  console.error(`custom-elements.json lacks ${missing.map((t) => `<${t}>`).join(', ')}: give each element's class a @tagname JSDoc tag.`);
  process.exit(1);
}
