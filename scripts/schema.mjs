// npm run schema: writes data/career-profile.schema.json from the one valibot schema in
// src/profile/schema.ts. `--check` exits 1 when the committed file differs (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = new URL('../data/career-profile.schema.json', import.meta.url);

const bundled = await build({
  stdin: {
    contents: [
      "import { toJsonSchema } from '@valibot/to-json-schema';",
      "import { ProfileSchema } from './src/profile/schema.ts';",
      'export default toJsonSchema(ProfileSchema, { target: "draft-2020-12", ignoreActions: ["finite"] });',
    ].join('\n'),
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const url = `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`;
const { default: generated } = await import(url);
// Keywords that say what the document is come first, for a person reading the file.
const { $schema, title, description, ...rest } = generated;
const schema = { $schema, title, description, ...rest };
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== text) {
    console.error('data/career-profile.schema.json is out of date: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('data/career-profile.schema.json matches src/profile/schema.ts');
} else {
  writeFileSync(out, text);
  console.log('wrote data/career-profile.schema.json');
}
