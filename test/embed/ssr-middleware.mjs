// Serves `/ssr-page?widgets=<markup>`: a plain page whose widgets the snippet command (and so
// `ipt-widgets/ssr`) pre-rendered. It loads no widget script: the page is what a reader with
// scripts off sees. `&csp=hashes` sends a strict policy whose style-src is `npx ipt-widgets csp`;
// `&csp=none` the same policy without the hashes (the control). Either way the page's first script
// is the violation recorder. Rendering runs in a child process so the server's DOM shim never enters
// the test server.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/ipt-widgets.mjs', import.meta.url));
const cli = (...args) => execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

let styleSrc;
const policy = (mode) => {
  styleSrc ??= cli('csp').trim();
  return [
    "default-src 'self'",
    "script-src 'self'",
    mode === 'hashes' ? styleSrc : "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
};

export async function ssrMiddleware(ctx, next) {
  if (ctx.path !== '/ssr-page') return next();
  const markup = cli('render', String(ctx.query.widgets ?? ''), '--no-script');
  const csp = ctx.query.csp;
  if (csp === 'hashes' || csp === 'none') ctx.set('Content-Security-Policy', policy(csp));
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title>
<script src="/test/embed/record-violations.js"></script></head><body>${markup}</body></html>`;
}
