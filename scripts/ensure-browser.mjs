// Makes sure the tests have a browser: an installed Chrome/Chromium, or Debian's chromium installed
// with apt-get where this user may. Nothing here downloads a browser build of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser-path.mjs';

const found = findBrowser();
if (found) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no browser is there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chrome or Chromium found: installing Debian\'s chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']) && findBrowser()) {
    process.exit(0);
  }
  console.error('apt-get could not install chromium.');
  process.exit(1);
}

console.error(
  [
    'The tests need Chrome or Chromium, and none was found.',
    'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: Google Chrome),',
    'or point CHROME_PATH at its executable, then run `npm test` again.',
  ].join('\n'),
);
process.exit(1);
