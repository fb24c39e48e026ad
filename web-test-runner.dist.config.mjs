// Tests the built dist/cdn files exactly as emitted: plain JavaScript, no esbuild or other transform.
import { browserLaunchers } from './scripts/browsers.mjs';

export default {
  files: ['test/dist/**/*.test.js'],
  nodeResolve: true,
  browsers: browserLaunchers(),
  concurrency: 2,
  // @open-wc/testing brings its own development copy of Lit for fixtures; its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
