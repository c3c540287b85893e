// A small static file server for the demo page and the browser tests: each URL prefix maps to
// one directory, nothing outside those directories is served, and .wasm goes out as
// application/wasm so browsers can compile it while it streams.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function fileFor(routes, urlPath) {
  for (const [prefix, dir] of routes) {
    if (!urlPath.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(urlPath.slice(prefix.length)));
    if (relative.startsWith('..') || relative.includes(`${sep}..${sep}`)) return undefined;
    let path = join(dir, relative);
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      return { path, body: await readFile(path) };
    } catch {
      // Not under this prefix; a later route may have it.
    }
  }
  return undefined;
}

/** Serves `routes` ([urlPrefix, directory] pairs, longest prefix first) on localhost. */
export function serve(routes, port = 0) {
  const server = createServer(async (request, response) => {
    const urlPath = new URL(request.url, 'http://localhost').pathname;
    const file = await fileFor(routes, urlPath).catch(() => undefined);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file.path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(file.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}
