// Serves the embed test pages with the Content-Security-Policy a strict host site would send.
// Add `cspMiddleware` to a test-runner config's `middleware` array (see wtr-embed.config.mjs).

/** A strict site: only its own scripts and styles, Trusted Types enforced, Lit's policy allowed. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The strict policy with every fetch that is not a script or a style of the page's own refused. */
export const NO_NETWORK_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'none'",
  "img-src 'none'",
  "font-src 'none'",
  "media-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Page path -> policy. */
export const EMBED_PAGES = {
  '/test/embed/csp-page.html': STRICT_CSP,
  '/test/embed/all-elements.html': NO_NETWORK_CSP,
};

/** Koa middleware for @web/test-runner: adds the policy (and no caching) to the embed test pages. */
export async function cspMiddleware(ctx, next) {
  await next();
  const policy = EMBED_PAGES[ctx.path];
  if (policy) {
    ctx.set('Content-Security-Policy', policy);
    ctx.set('Cache-Control', 'no-store');
  }
}
