// Routes the tests fetch as `src`: a good profile, HTTP errors, non-JSON, a slow and a hanging
// server, a redirect. A koa middleware of the test runner's own dev server on localhost.
import { readFileSync } from 'node:fs';

const profile = readFileSync(new URL('../../data/health-information-technician.json', import.meta.url), 'utf8');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function fixtureServer(context, next) {
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
