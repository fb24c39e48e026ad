// A connection a test can cut: /connection/<page>/<file> serves dist/cdn/<file>, except the chunks
// while that page has cut it (GET /connection/<page>/off, then /on). Each page names its own
// connection, so the three engines running side by side never cut each other's.
const cut = new Set();

export async function connectionMiddleware(ctx, next) {
  const match = /^\/connection\/([\w-]+)\/(.+)$/.exec(ctx.path);
  if (!match) return next();
  const [, page, file] = match;
  if (file === 'off' || file === 'on') {
    if (file === 'off') cut.add(page);
    else cut.delete(page);
    ctx.body = file;
    return undefined;
  }
  if (cut.has(page) && file.startsWith('chunks/')) {
    ctx.status = 503;
    ctx.body = 'offline';
    return undefined;
  }
  ctx.url = `/dist/cdn/${file}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
  return next();
}
