// Builds the self-contained, minified files for <script type="module"> embeds: Lit inside.
// dist/cdn/ipt-widgets.js registers every element; dist/cdn/ipt-<element>.js registers one. Each
// has a `.es.js` twin that also carries Spanish; the English files never carry another language.
// Code a person reaches only by pressing a button (ON_DEMAND) is built once into dist/cdn/chunks/,
// each chunk self-contained, and every file imports it from there when it is needed.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
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

/**
 * The modules of src/shared/on-demand.ts, by chunk name. A chunk imports nothing: a chunk that
 * imported its entry back by a different address (WordPress adds `?ver=`) would load Lit twice.
 */
export const ON_DEMAND = {
  notes: 'src/shared/appointment-summary.ts',
  reminder: 'src/checklist/reminder.ts',
};

/**
 * The address each file imports a chunk by: beside itself, with the package version, so a browser
 * never pairs a cached chunk of one release with a file of another (WordPress versions only the file).
 */
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const chunkAddress = (name) => `./chunks/${name}.js?v=${VERSION}`;

/** Turns each dynamic import of an ON_DEMAND module into an import of its chunk, beside the file. */
function onDemandChunks() {
  const chunkOf = new Map(Object.entries(ON_DEMAND).map(([name, src]) => [resolve(src), chunkAddress(name)]));
  return {
    name: 'ipt-on-demand-chunks',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const chunk = resolved && chunkOf.get(resolved.id);
      return chunk ? { id: chunk, external: true } : null;
    },
  };
}

/** Vite options for one CDN file; `npm run size:why` builds with the same ones. */
export function cdnBuildOptions(name, entry) {
  return {
    configFile: false,
    logLevel: 'warn',
    // Lit's own plugin strips whitespace from html`` and css`` templates; the JS minifier cannot.
    plugins: [minifyHTML({ failOnError: true }), onDemandChunks()],
    // src/shared/on-demand.ts imports a chunk again by these, with `&attempt=n`, after a failed load.
    define: { IPT_CHUNK_ADDRESSES: JSON.stringify(Object.fromEntries(Object.keys(ON_DEMAND).map((n) => [n, chunkAddress(n)]))) },
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

/** Fails the build when a file would fetch anything but its own on-demand chunks. */
function checkImports(results) {
  const allowed = new Set(Object.keys(ON_DEMAND).map(chunkAddress));
  for (const chunk of [results].flat().flatMap((r) => r.output).filter((o) => o.type === 'chunk')) {
    const bad = [...chunk.imports, ...chunk.dynamicImports.filter((id) => !allowed.has(id))];
    if (bad.length) throw new Error(`dist/cdn/${chunk.fileName} imports ${bad.join(', ')}: CDN files must be self-contained.`);
  }
}

async function buildAll() {
  rmSync('dist/cdn/chunks', { recursive: true, force: true });
  for (const [name, entry] of Object.entries(CDN_ENTRIES)) checkImports(await build(cdnBuildOptions(name, entry)));
  for (const [name, entry] of Object.entries(ON_DEMAND)) {
    const options = cdnBuildOptions(`chunks/${name}`, entry);
    checkImports(await build({ ...options, plugins: [] }));
  }
  console.log(
    `CDN files written: ${Object.keys(CDN_ENTRIES)
      .map((n) => `dist/cdn/${n}.js`)
      .join(', ')}; on demand: ${Object.keys(ON_DEMAND)
      .map((n) => `dist/cdn/chunks/${n}.js`)
      .join(', ')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();
