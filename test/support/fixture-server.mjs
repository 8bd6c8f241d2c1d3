// Routes the tests fetch as `src`: a good profile, HTTP errors, non-JSON, a slow and a hanging
// server, a redirect; and the demo pages under the strict policy `npm start` serves them with. A koa
// middleware of the test runner's own dev server on localhost.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { CSP as DEMO_CSP } from '../../scripts/serve.mjs';

const profile = readFileSync(new URL('../../data/health-information-technician.json', import.meta.url), 'utf8');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** ajv is CommonJS: bundled once into an ES module for the browser tests that compare against it. */
let ajvModule;
async function ajvBundle() {
  ajvModule ??= build({
    stdin: { contents: "export { default } from 'ajv/dist/2020.js';", resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return ajvModule;
}

/** A page under the strict policy the contract promises: it records every violation it sees. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export async function fixtureServer(context, next) {
  // The demo pages, as the tests load them, get the policy `npm start` serves them with.
  if (context.path.startsWith('/demo/') && context.path.endsWith('.html')) {
    await next();
    context.set('Content-Security-Policy', DEMO_CSP);
    return undefined;
  }
  if (!context.path.startsWith('/__cw__/')) return next();
  const route = context.path.slice('/__cw__/'.length);
  const delay = Number(context.query.delay ?? 0);
  if (delay) await sleep(Math.min(delay, 20_000));
  switch (route) {
    case 'profile.json': {
      // ?growth=N serves the guide's profile with another growth figure for the subject.
      const data = JSON.parse(profile);
      if (context.query.growth) data.outlook.projections[0].growthPercent = Number(context.query.growth);
      context.type = 'application/json';
      context.body = JSON.stringify(data);
      return undefined;
    }
    case 'ajv.js':
      context.type = 'text/javascript';
      context.body = await ajvBundle();
      return undefined;
    case 'csp.html': {
      // ?tags=a,b: the elements on the page; ?tt=none: a page whose trusted-types directive allows no policy;
      // ?img=blob: a page that lets images come from blob: URLs (what a PNG export needs).
      const tags = String(context.query.tags ?? 'outlook-chart').split(',').filter((t) => /^[a-z]+-[a-z-]+$/.test(t));
      const policy = context.query.img === 'blob' ? `${CSP}; img-src 'self' blob:` : CSP;
      context.set('Content-Security-Policy', context.query.tt === 'none' ? `${policy}; trusted-types 'none'` : policy);
      context.type = 'text/html';
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/__cw__/csp-listen.js"></script>
${context.query.other ? '<script src="/__cw__/other-version.js"></script>' : ''}
<script type="module" src="/dist/career-widgets.js"></script>
${context.query.twice ? '<script type="module" src="/dist/career-widgets.js?copy=2"></script>' : ''}
</head><body>
${tags.map((t) => `<${t}><p class="fallback">Fallback for ${t}.</p></${t}>`).join('\n')}
</body></html>`;
      return undefined;
    }
    case 'other-version.js':
      // Another copy of the library, of another version, defined <outlook-chart> first.
      context.type = 'text/javascript';
      context.body = `customElements.define('outlook-chart', class extends HTMLElement {
  static version = '0.0.1-other';
  constructor() {
    super();
    const chart = document.createElement('div');
    chart.setAttribute('part', 'chart');
    chart.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    this.attachShadow({ mode: 'open' }).append(chart);
  }
});`;
      return undefined;
    case 'csp-listen.js':
      context.type = 'text/javascript';
      context.body = `window.__violations = [];
window.__warnings = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
addEventListener('error', (e) => window.__errors.push(String(e.message)));
const warn = console.warn.bind(console);
console.warn = (...args) => { window.__warnings.push(args.join(' ')); warn(...args); };
window.__baseline = Object.getOwnPropertyNames(window).concat('__baseline');`;
      return undefined;
    case 'not-json':
      context.type = 'text/html';
      context.body = '<!doctype html><title>Hello</title><p>This is a page, not data.';
      return undefined;
    case 'status':
      context.status = Number(context.query.code ?? 500);
      context.type = 'text/plain';
      context.body = 'error';
      return undefined;
    case 'hang':
      await sleep(12_000);
      context.status = 504;
      return undefined;
    case 'redirect':
      context.redirect('/__cw__/profile.json');
      return undefined;
    default:
      context.status = 404;
      context.body = 'not found';
      return undefined;
  }
}
