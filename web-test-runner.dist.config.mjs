// Tests the built dist/cdn files exactly as emitted: plain JavaScript, no esbuild or other transform.
// Also the embedding tests: a strict Content-Security-Policy page, a zero-network page and
// server-rendered pages without a script.
import { browserLaunchers } from './scripts/browsers.mjs';
import { cspMiddleware } from './test/embed/csp-middleware.mjs';
import { ssrMiddleware } from './test/embed/ssr-middleware.mjs';
import { connectionMiddleware } from './test/dist/connection-middleware.mjs';

export default {
  files: ['test/dist/**/*.test.js', 'test/embed/**/*.test.js'],
  nodeResolve: true,
  middleware: [cspMiddleware, ssrMiddleware, connectionMiddleware],
  browsers: browserLaunchers(),
  // One file at a time per engine (the three engines still run side by side): a second page in the
  // same browser is a background tab whose animation frames stall, and the pages share storage.
  concurrency: 1,
  // Firefox can take over 30 s to open its first page on a loaded 2-core machine.
  browserStartTimeout: 120000,
  // @open-wc/testing brings its own development copy of Lit for fixtures; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
};
