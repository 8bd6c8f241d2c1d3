// Tests run in an installed Chrome/Chromium (CHROME_PATH, else the usual places): never a downloaded one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserArgs, findBrowser } from './scripts/browser-path.mjs';
import { fixtureServer } from './test/support/fixture-server.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chrome or Chromium found: run `node scripts/ensure-browser.mjs` or set CHROME_PATH.');
}
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The dev server's esbuild drops import attributes, so `import x from './a.json' with { type: 'json' }`
 * would reach the browser without them. Such imports are served as JavaScript modules instead;
 * a plain fetch of the same file still gets JSON.
 */
function jsonModules() {
  return {
    name: 'json-modules',
    transformImport({ source }) {
      return source.endsWith('.json') ? `${source}?as-module` : undefined;
    },
    serve(context) {
      if (!context.path.endsWith('.json') || !context.URL.searchParams.has('as-module')) return undefined;
      const file = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
      return { body: `export default ${readFileSync(file, 'utf8')};`, type: 'js' };
    },
  };
}

/**
 * `emulateMedia` from @web/test-runner-commands cannot emulate forced colours under puppeteer; this
 * command sets any media type and features through the DevTools protocol.
 * Payload: { media?: 'print' | 'screen' | '', features?: [{ name, value }] }.
 */
function mediaCommand() {
  // Emulation lasts as long as the DevTools session that set it: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'cw-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cw-media') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        media: payload.media ?? '',
        features: payload.features ?? [],
      });
      return true;
    },
  };
}

/** Ends the run with one plain line, `N passed, N failed, N skipped`, for CI logs to read. */
function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) counts[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that could not even load counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 8000 } },
  testsFinishTimeout: 120_000,
  reporters: [defaultReporter(), countsReporter()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: browserArgs() } })],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
      define: { __CW_VERSION__: JSON.stringify(version) },
    }),
    jsonModules(),
    mediaCommand(),
  ],
  middleware: [fixtureServer],
};
