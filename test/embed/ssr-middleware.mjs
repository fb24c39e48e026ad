// Serves `/ssr-page?widgets=<markup>`: a plain page whose widgets the snippet command (and so
// `ipt-widgets/ssr`) pre-rendered. No script tag: the page is what a reader with scripts off sees.
// Rendering runs in a child process so the server's DOM shim never enters the test server.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/ipt-widgets.mjs', import.meta.url));

export async function ssrMiddleware(ctx, next) {
  if (ctx.path !== '/ssr-page') return next();
  const widgets = String(ctx.query.widgets ?? '');
  const markup = execFileSync(process.execPath, [BIN, 'render', widgets, '--no-script'], { encoding: 'utf8' });
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title></head><body>${markup}</body></html>`;
}
