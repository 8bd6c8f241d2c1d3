// One measurement = one fresh browser context (its own empty cache, cookies and renderer), one page
// load, the probe's figures, and optionally the JS heap after a full garbage collection.
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/browser-path.mjs';

const PAGE_TIMEOUT_MS = 30_000;

// The flags the issue asks for. Playwright adds its own automation flags and a fresh temporary
// --user-data-dir (deleted on close); it refuses a --user-data-dir of ours with launch().
const ARGS = [
  '--no-sandbox', // we run as root, where Chromium's sandbox cannot start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Unquantised performance.memory: by default it is rounded to hide cross-origin sizes.
  '--enable-precise-memory-info',
];

/** Launches Debian's Chromium (or $CHROME_PATH); never a downloaded browser. */
export async function launch() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s chromium or set CHROME_PATH.');
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${PAGE_TIMEOUT_MS} ms`)), PAGE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The used JS heap after a full GC, in bytes. */
async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => globalThis.performance.memory.usedJSHeapSize);
}

/**
 * Loads `url` in a fresh context and resolves to the probe's result ({ drawnMs, scriptStart,
 * bundleFetchedMs }, ms since navigation start) plus `heap` when asked, or to { error }.
 * `throttle` slows the CPU that many times. `setup(context, page)` may attach instruments before navigation; `teardown` collects them.
 */
export async function measure(browser, url, { heap = false, throttle, setup, teardown } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // A mid-range phone: the CPU slowed `throttle` times through the DevTools protocol.
    if (throttle) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const instruments = await setup?.(context, page);
    await page.goto(url);
    const result = await withTimeout(page.evaluate(() => globalThis.__benchDone), url);
    if (heap) result.heap = await heapAfterGc(context, page);
    if (teardown) result.instruments = await teardown(instruments);
    return result;
  } catch (error) {
    // A page error (say, an element mid-edit that throws) explains a timeout better than the timeout.
    return { error: errors[0] ?? error.message };
  } finally {
    await context.close();
  }
}
