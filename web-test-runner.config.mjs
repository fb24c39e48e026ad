// Unit and element tests from TypeScript sources, in every engine found (scripts/browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browserLaunchers } from './scripts/browsers.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { printPagesPlugin } from './scripts/print-pages-plugin.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/dist/**', '!test/node/**'], // test/node/ runs in Node (npm run test:node)
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), forcedColorsPlugin(), printPagesPlugin()],
  browsers: browserLaunchers(),
  // One file at a time per engine (the three engines still run side by side): a second page in the
  // same browser is a background tab whose animation frames stall, and the pages share storage.
  concurrency: 1,
  // Firefox can take over 30 s to open its first page on a loaded 2-core machine.
  browserStartTimeout: 120000,
  // Lit's development build is used for its extra warnings; its banner is noise in every test.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
