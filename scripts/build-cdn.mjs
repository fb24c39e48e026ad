// Builds the self-contained, minified files for <script type="module"> embeds: Lit inside, no chunks.
// dist/cdn/ipt-widgets.js registers every element; dist/cdn/ipt-<element>.js registers one. Each
// has a `.es.js` twin that also carries Spanish; the English files never carry another language.
import { build } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export const CDN_ENTRIES = {
  'ipt-widgets': 'src/index.ts',
  'ipt-explainer': 'src/explainer/define.ts',
  'ipt-problem-area-quiz': 'src/quiz/define.ts',
  'ipt-selfcare-checklist': 'src/checklist/define.ts',
  'ipt-crisis-help': 'src/crisis-help/define.ts',
  'ipt-provider': 'src/provider/define.ts',
  'ipt-quick-exit': 'src/quick-exit/define.ts',
  'ipt-widgets.es': 'src/cdn/ipt-widgets.es.ts',
  'ipt-explainer.es': 'src/cdn/ipt-explainer.es.ts',
  'ipt-problem-area-quiz.es': 'src/cdn/ipt-problem-area-quiz.es.ts',
  'ipt-selfcare-checklist.es': 'src/cdn/ipt-selfcare-checklist.es.ts',
  'ipt-crisis-help.es': 'src/cdn/ipt-crisis-help.es.ts',
  'ipt-quick-exit.es': 'src/cdn/ipt-quick-exit.es.ts',
};

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();

/** Vite options for one CDN file; `npm run size:why` builds with the same ones. */
export function cdnBuildOptions(name, entry) {
  return {
    configFile: false,
    logLevel: 'warn',
    // Lit's own plugin strips whitespace from html`` and css`` templates; the JS minifier cannot.
    plugins: [minifyHTML({ failOnError: true })],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      // Terser with three passes ends about 1-4% smaller after brotli than the bundler's own minifier.
      minify: 'terser',
      terserOptions: { ecma: 2020, module: true, compress: { passes: 3 } },
      // Terser is slow on purpose (three passes); the bundler's note about slow plugins is noise here.
      rolldownOptions: { output: { codeSplitting: false }, checks: { pluginTimings: false } },
    },
  };
}

async function buildAll() {
  for (const [name, entry] of Object.entries(CDN_ENTRIES)) await build(cdnBuildOptions(name, entry));
  console.log(
    `CDN files written: ${Object.keys(CDN_ENTRIES)
      .map((n) => `dist/cdn/${n}.js`)
      .join(', ')}`,
  );
}
