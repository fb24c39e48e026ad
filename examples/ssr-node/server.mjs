// A plain Node HTTP server that sends a page with server-rendered widgets: readable at once, and
// without JavaScript; the module script then makes them interactive.
//   npm run build && node examples/ssr-node/server.mjs   ->   http://127.0.0.1:8080/
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
// In an app: import { renderToString, moduleScript } from 'ipt-widgets/ssr';
import { renderToString, moduleScript } from '../../dist/ssr/index.js';

const CDN = new URL('../../dist/cdn/', import.meta.url);
// The script, and the chunks it loads when a person prints or saves notes or the calendar file.
const SCRIPTS = new Set(['/ipt-widgets.es.js', '/chunks/notes.js', '/chunks/reminder.js']);

/** The page for one request: English, or Spanish for ?lang=es; the region from ?region=. */
export function handler(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (SCRIPTS.has(url.pathname)) {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(readFileSync(new URL(`.${url.pathname}`, CDN)));
    return;
  }
  const lang = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
  const region = url.searchParams.get('region') ?? 'us';
  // renderToString escapes values and keeps only the widgets' own attributes.
  const widgets = renderToString([
    { tag: 'ipt-crisis-help', attributes: { region, 'heading-level': '2' } },
    { tag: 'ipt-explainer', attributes: { region, 'heading-level': '2', layout: 'expanded' } },
  ]);
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>IPT</title></head>
  <body>
    ${widgets}
    ${moduleScript('/ipt-widgets.es.js')}
  </body>
</html>`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8080);
  createServer(handler).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
}
