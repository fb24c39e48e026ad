// Unit and element tests from TypeScript sources, in every engine found (scripts/browsers.mjs).
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browserLaunchers } from './scripts/browsers.mjs';

// The readability test's syllable counter depends on two UMD (CommonJS) files; serve them as modules.
// normalize-strings requires its JSON from inside a closure, so that JSON is inlined.
const UMD_AS_MODULE = {
  '/node_modules/pluralize/pluralize.js': () => 'undefined',
  '/node_modules/normalize-strings/index.js': () =>
    readFileSync(new URL('./node_modules/normalize-strings/charmap.json', import.meta.url), 'utf8'),
};
const umdAsModule = {
  name: 'umd-as-module',
  transform(context) {
    const match = Object.keys(UMD_AS_MODULE).find((suffix) => context.path.endsWith(suffix));
    if (!match) return undefined;
    const body = String(context.body).replace("typeof window !== 'undefined' ? window : this", 'globalThis');
    return {
      body: `const module = { exports: {} }; const exports = module.exports; const require = () => (${UMD_AS_MODULE[match]()});
${body}
export default module.exports;`,
    };
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/dist/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    umdAsModule,
  ],
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
