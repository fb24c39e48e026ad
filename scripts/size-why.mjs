// Where the brotli bytes of dist/cdn/ipt-widgets.js go, by category, so the 20 kB budget can be judged.
// Builds in memory like build-cdn.mjs and only reports: it never fails on size (npm run size does that).
// `analyse(name)` is also what npm run size uses for each file's content share.
import { dirname, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';
import { CDN_ENTRIES, cdnBuildOptions } from './build-cdn.mjs';
/** The target for ipt-widgets.js (every element, Lit and the English content): not met yet. */
export const TARGET_BROTLI = 20 * 1024;

// First match wins, so the validator's src/context/overrides.ts is claimed before Shared's src/context.
const CATEGORIES = [
  // Lit's hydration support (adopting server-rendered markup) and the lit-html internals it alone
  // uses; issue 17 allows it 2 kB in each file. Listed before Lit so it claims those internals.
  [
    'Hydration (@lit-labs/ssr-client, lit-html/private-ssr-support)',
    /(^|\/)node_modules\/(@lit-labs\/ssr-client\/|lit-html\/(development\/)?private-ssr-support\.js$)|^src\/hydrate-support\.ts$/,
  ],
  [
    'Lit (lit, lit-html, lit-element, @lit/reactive-element)',
    /(^|\/)node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
  ],
  ['@lit/context', /(^|\/)node_modules\/@lit\/context\//],
  ['Content: English text (src/content/en/*)', /^src\/content\/en\//],
  ['Content: Spanish text (src/content/es/*)', /^src\/content\/es\//],
  ['Content: bibliography (src/content/sources.ts)', /^src\/content\/sources\.ts$/],
  [
    'Content validator (src/content/validate.ts, src/context/overrides.ts)',
    /^src\/(content\/validate|context\/overrides)\.ts$/,
  ],
  ['src/explainer', /^src\/explainer\//],
  ['src/quiz', /^src\/quiz\//],
  ['src/checklist', /^src\/checklist\//],
  ['src/crisis-help', /^src\/crisis-help\//],
  ['src/provider', /^src\/provider\//],
  ['src/quick-exit', /^src\/quick-exit\//],
  [
    'Shared (src/shared, src/styles, src/controllers, src/context, ids, language registry, entries, bundler helpers)',
    /^(src\/(shared|styles|controllers|context|locales|cdn)\/|src\/(define|version|index)\.ts$|src\/content\/(ids|locales|source-href)\.ts$|\0|\(unmapped)/,
  ],
];
const OTHER = 'Other';
const HYDRATION = CATEGORIES[0][0];
const LIT = CATEGORIES[1][0];
const LIT_CONTEXT = CATEGORIES[2][0];
const CONTENT = [CATEGORIES[3][0], CATEGORIES[4][0], CATEGORIES[5][0]];
// Bytes the source map gives no module (helpers, the export list, generated constructors): counted in Shared.
const UNMAPPED = '(unmapped: bundler helpers, export list, generated code)';

const brotli = (text) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
const categoryOf = (id) => CATEGORIES.find(([, test]) => test.test(id))?.[0] ?? OTHER;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return fields;
}

/**
 * Which source each character of the minified code came from (index into map.sources, -1 for none).
 * The minifier runs on the whole chunk after modules are rendered, so chunk.modules[id].code is
 * pre-minify text; the source map is what splits the real minified bytes by module.
 */
function ownerOfEachChar(code, map) {
  const owner = new Int32Array(code.length).fill(-1);
  let source = 0;
  let current = -1;
  let lineStart = 0;
  const lines = code.split('\n');
  map.mappings.split(';').forEach((line, i) => {
    const lineLength = lines[i]?.length ?? 0;
    let column = 0;
    let from = 0;
    for (const segment of line ? line.split(',') : []) {
      const fields = decodeVlq(segment);
      column += fields[0];
      // Text before a line's first mapping (a multi-line css`` template) continues the previous mapping.
      owner.fill(current, lineStart + from, lineStart + column);
      if (fields.length > 1) source += fields[1];
      current = fields.length > 1 ? source : -1;
      from = column;
    }
    owner.fill(current, lineStart + from, lineStart + lineLength + 1);
    lineStart += lineLength + 1;
  });
  return owner;
}

/** Builds one CDN file in memory and splits its minified code into runs of one module each. */
export async function analyse(name) {
  const options = cdnBuildOptions(name, CDN_ENTRIES[name]);
  // Hidden map: we need it, but the code must stay byte-identical to the real file (no sourceMappingURL comment).
  const result = await build({ ...options, build: { ...options.build, write: false, sourcemap: 'hidden' } });
  const chunks = [result]
    .flat()
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`Expected one chunk for ${name}, got ${chunks.length}.`);
  const [chunk] = chunks;
  const { code, map } = chunk;
  const root = process.cwd();
  const mapDir = dirname(resolve(root, options.build.outDir, chunk.fileName));
  const ids = map.sources.map((s) => relative(root, resolve(mapDir, s)));
  const owner = ownerOfEachChar(code, map);
  const runs = [];
  for (let start = 0, i = 1; i <= code.length; i++) {
    if (i < code.length && owner[i] === owner[start]) continue;
    const id = owner[start] === -1 ? UNMAPPED : ids[owner[start]];
    runs.push({ id, category: categoryOf(id), text: code.slice(start, i) });
    start = i;
  }
  const join = (keep) =>
    runs
      .filter(keep)
      .map((r) => r.text)
      .join('');
  const total = brotli(code);
  /** What the real file saves without these categories (brotli shares one window, so not a sum). */
  const incremental = (labels) => total - brotli(join((r) => !labels.includes(r.category)));
  return {
    options,
    chunk,
    code,
    ids,
    runs,
    join,
    total,
    incremental,
    content: () => incremental(CONTENT),
    hydration: () => incremental([HYDRATION]),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  const { options, chunk, code, ids, runs, join, total, incremental } = await analyse(Object.keys(CDN_ENTRIES)[0]);
  const order = [...CATEGORIES.map(([label]) => label), OTHER];
  const modulesIn = (label) => new Set(runs.filter((r) => r.category === label).map((r) => r.id));
  const rows = {};
  for (const label of order) {
    const text = join((r) => r.category === label);
    if (!text && label === OTHER) continue;
    rows[label] = {
      modules: modulesIn(label).size,
      'raw (min)': kb(Buffer.byteLength(text)),
      'brotli alone': kb(brotli(text)),
      'brotli incremental': kb(incremental([label])),
    };
  }

  console.table(rows);
  console.log('"alone" compresses a category by itself; "incremental" is what the real file saves without it.');
  console.log('Brotli shares one window across the file, so incremental is the fair cost; the columns do not add up.');
  const other = modulesIn(OTHER);
  if (other.size) console.log(`Other: ${[...other].join(', ')}`);
  // A module with rendered code but no mapped bytes is hidden in the unmapped bytes; name it.
  const root = process.cwd();
  const mapped = new Set(ids.map((id) => resolve(root, id)));
  const unmappedModules = chunk.moduleIds.filter((id) => chunk.modules[id].renderedLength > 0 && !mapped.has(id));
  const unmappedBytes = Buffer.byteLength(join((r) => r.id === UNMAPPED));
  console.log(
    `Unmapped ${unmappedBytes} B counted in Shared` +
      (unmappedModules.length ? `, includes ${unmappedModules.map((id) => JSON.stringify(id)).join(', ')}` : ''),
  );

  console.log(`\n${options.build.outDir}/${chunk.fileName}: ${kb(Buffer.byteLength(code))} raw, ${kb(total)} brotli.`);
  console.log(`Target: ${kb(TARGET_BROTLI)} brotli.`);
  // Removed together, not summed, for the same shared-window reason.
  const fixed = incremental([LIT, LIT_CONTEXT, ...CONTENT]);
  console.log(
    `target minus Lit and content = ${kb(TARGET_BROTLI - fixed)} left for all element code` +
      ` (Lit, @lit/context, English text and bibliography cost ${kb(fixed)} together;` +
      ` everything else costs ${kb(total - fixed)} today).`,
  );
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
