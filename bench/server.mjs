// Tiny static server on 127.0.0.1: repo files under a few allowed prefixes, plus pages generated
// in memory at run time. No network beyond loopback, so every load is reproducible offline.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
// Only what the pages load; everything else is 404 so a stray request shows up as an error.
const ALLOWED = ['/dist/cdn/', '/demo/', '/bench/', '/node_modules/@shoelace-style/shoelace/cdn/'];

/**
 * Starts the server. `pages` maps a path (`/gen/x.html`) to generated HTML; it may be filled in
 * after start. Responses are compressed like a CDN would (brotli or gzip), so Lighthouse sees
 * realistic transfer sizes.
 */
export async function startServer(root, pages = new Map()) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let body;
      if (pages.has(path)) body = Buffer.from(pages.get(path));
      else if (ALLOWED.some((p) => path.startsWith(p))) {
        const file = resolve(root, '.' + normalize(path));
        if (!file.startsWith(resolve(root))) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
        body = await readFile(file);
      } else throw Object.assign(new Error('not allowed'), { code: 'ENOENT' });
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const accept = String(req.headers['accept-encoding'] ?? '');
      const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      if (enc && body.length > 512) {
        const key = `${enc}:${path}:${body.length}:${hash(body)}`;
        if (!cache.has(key)) {
          cache.set(
            key,
            enc === 'br'
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 }),
          );
        }
        body = cache.get(key);
        headers['content-encoding'] = enc;
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(err.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(String(err.message));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, pages, close: () => new Promise((ok) => server.close(ok)) };
}

// Cheap content hash so a rebuilt file is recompressed, not served stale.
function hash(buf) {
  let h = 0;
  for (let i = 0; i < buf.length; i += 997) h = (h * 31 + buf[i]) | 0;
  return h;
}
