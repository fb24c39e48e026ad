// Unit and element tests from TypeScript sources, in every engine found (scripts/browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browserLaunchers } from './scripts/browsers.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/dist/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: browserLaunchers(),
  concurrency: 2,
  // Lit's development build is used for its extra warnings; its banner is noise in every test.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
