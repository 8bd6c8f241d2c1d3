// A tiny static server for the benchmark: the repository root on 127.0.0.1, a free port chosen by
// the OS. Every response says no-store, so no run is served from (or fills) the HTTP cache.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Resolves a URL path inside `root`, or undefined when it would leave it. */
function resolvePath(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : undefined;
}

async function handle(root, request, response) {
  const path = resolvePath(root, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const info = path && (await stat(path).catch(() => undefined));
  if (!info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-store',
  });
  createReadStream(path).pipe(response);
}

/** Starts serving `root`; resolves to { origin, close() }. */
export function serve(root) {
  const server = createServer((request, response) => {
    handle(root, request, response).catch((error) => response.destroy(error));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port, so parallel runs and other servers never collide.
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections(); // the browser's keep-alive sockets would hold close() open
            server.close(done);
          }),
      });
    });
  });
}
