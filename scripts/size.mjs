// npm run size: the bundle's minified and gzip bytes against the budget in package.json
// ("sizeBudget.gzip"); exits 1 over budget. Growth past the budget is a decision: raise it in a commit.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../dist/career-widgets.js', import.meta.url);
let code;
try {
  code = readFileSync(file);
} catch {
  console.error('dist/career-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const budget = pkg.sizeBudget.gzip;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/career-widgets.js: ${code.length} B min (${kb(code.length)}), ${gzip} B gzip (${kb(gzip)}); budget ${budget} B gzip`);
if (gzip > budget) {
  console.error(`Over budget by ${gzip - budget} B gzip.`);
  process.exit(1);
}
