// npm start: serves the repository on localhost (the demo loads dist/ as a site would) and prints
// the address. PORT picks the port (default 8000, the next free one if taken).
//
// It serves as a decent static host would, so what the demo measures (Lighthouse, by eye) is what a
// site gets: text compressed with Node's own zlib (brotli, else gzip, as the browser accepts), and
// validators (ETag, Last-Modified) with `cache-control: no-cache`, so a reload costs a 304 and never
// a stale file after `npm run build` (the file names carry no hash, so a max-age would serve an old
// bundle). Every response keeps the strict Content Security Policy the contract promises sites.
//
// Other scripts import `serve()` to get the same server on a free port (scripts/lighthouse.mjs).
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types worth compressing: text. (PNG is compressed already.) */
const compressible = new Set(['.html', '.js', '.mjs', '.map', '.json', '.css', '.svg', '.md', '.txt']);

// The demo runs under the strict policy the contract promises sites they can use.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/**
 * Compressed bodies, kept per file and encoding until the file changes (its size or mtime), so each
 * is compressed once: brotli at quality 11 takes ~0.5 s for the bundle, too slow to repeat per request.
 * @type {Map<string, { key: string, body: Buffer }>}
 */
const compressed = new Map();

function encode(path, stat, encoding) {
  const key = `${stat.size}-${stat.mtimeMs}`;
  const cacheKey = `${encoding}:${path}`;
  const hit = compressed.get(cacheKey);
  if (hit?.key === key) return hit.body;
  const raw = readFileSync(path);
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : gzipSync(raw, { level: 9 });
  compressed.set(cacheKey, { key, body });
  return body;
}

/** The encoding to use: brotli if accepted, else gzip, else none (q=0 refuses one). */
function pickEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const item of acceptEncoding.split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

/**
 * A request handler serving the files under `root` (a directory path ending in the separator).
 * @param {string} root
 */
export function createHandler(root) {
  return (request, response) => respond(root, request, response);
}

/** Serves the repository: the demo and dist/, as `npm start` does. */
export const handler = createHandler(repoRoot);

function respond(root, request, response) {
  const baseHeaders = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...baseHeaders, allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed');
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(url.pathname)));
  } catch {
    response.writeHead(400, { ...baseHeaders, 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  if (!path.startsWith(root) || path.split(sep).includes('node_modules')) {
    response.writeHead(403, { ...baseHeaders, 'content-type': 'text/plain' }).end('forbidden');
    return;
  }
  let stat;
  try {
    stat = statSync(path);
    if (stat.isDirectory()) {
      path = join(path, 'index.html');
      stat = statSync(path);
    }
  } catch {
    response.writeHead(404, { ...baseHeaders, 'content-type': 'text/plain' }).end('not found');
    return;
  }

  const extension = extname(path);
  const encoding = compressible.has(extension) ? pickEncoding(request.headers['accept-encoding']) : undefined;
  // One ETag per representation: the compressed body differs from the plain one.
  const etag = `"${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
  const headers = {
    ...baseHeaders,
    'content-type': types[extension] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    etag,
    'last-modified': stat.mtime.toUTCString(),
    ...(compressible.has(extension) ? { vary: 'Accept-Encoding' } : {}),
  };

  const inm = request.headers['if-none-match'];
  const ims = request.headers['if-modified-since'];
  const fresh = inm
    ? inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
    : ims !== undefined && Math.trunc(stat.mtimeMs / 1000) <= Math.trunc(Date.parse(ims) / 1000);
  if (fresh) {
    response.writeHead(304, headers).end();
    return;
  }

  const body = encoding ? encode(path, stat, encoding) : readFileSync(path);
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = String(body.length);
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the server on `port` (0: any free port; a taken port moves on to the next, up to `tries`
 * times) on 127.0.0.1, serving `root` (default: the repository). Resolves to the server, its port,
 * its origin and a `close()` that resolves when closed.
 * @param {{ port?: number, tries?: number, root?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, port: number, origin: string, close: () => Promise<void> }>}
 */
export function serve({ port = 0, tries = 10, root = repoRoot } = {}) {
  const dir = root.endsWith(sep) ? root : root + sep;
  return new Promise((resolve, reject) => {
    const server = createServer(createHandler(dir));
    server.once('error', (error) => {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE' && port !== 0 && tries > 0) {
        resolve(serve({ port: port + 1, tries: tries - 1, root: dir }));
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        port: actual,
        origin: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { port } = await serve({ port: Number(process.env.PORT ?? 8000) });
  const base = `http://localhost:${port}/demo`;
  console.log(`career-widgets demo: ${base}/
  embed builder:     ${base}/builder.html
  theme editor:      ${base}/theming.html`);
}
