// Where the brotli bytes of each CDN file go: Lit, hydration, content, the validator and each element,
// so issue 20's budgets can be judged. Builds in memory like build-cdn.mjs and only reports: it never
// fails on size (npm run size does that).
// `analyse(name)` is also what npm run size uses for each file's content share.
import { dirname, relative, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';
import { CDN_ENTRIES, cdnBuildOptions } from './build-cdn.mjs';

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
 * Each generated line's segments as [column, source, line, column] in column order; a segment that
 * maps to no source (bundler-made code) is [column, -1, -1, -1]. Also used by bench/profile.mjs.
 */
export function segmentsByLine(mappings) {
  let source = 0;
  let line = 0;
  let column = 0;
  return mappings.split(';').map((text) => {
    let generated = 0;
    return (text ? text.split(',') : []).map((segment) => {
      const f = decodeVlq(segment);
      generated += f[0];
      if (f.length < 4) return [generated, -1, -1, -1];
      source += f[1];
      line += f[2];
      column += f[3];
      return [generated, source, line, column];
    });
  });
}

/**
 * Which source each character of the minified code came from (index into map.sources, -1 for none).
 * The minifier runs on the whole chunk after modules are rendered, so chunk.modules[id].code is
 * pre-minify text; the source map is what splits the real minified bytes by module.
 */
function ownerOfEachChar(code, map) {
  const owner = new Int32Array(code.length).fill(-1);
  let current = -1;
  let lineStart = 0;
  const lines = code.split('\n');
  segmentsByLine(map.mappings).forEach((segments, i) => {
    const lineLength = lines[i]?.length ?? 0;
    let from = 0;
    for (const [column, source] of segments) {
      // Text before a line's first mapping (a multi-line css`` template) continues the previous mapping.
      owner.fill(current, lineStart + from, lineStart + column);
      current = source;
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

/** Category names without their module lists, as the tables show them ("Lit", "src/quiz"). */
export const PART_NAMES = [...CATEGORIES.map(([label]) => label), OTHER].map((label) => label.replace(/ \(.*\)$/, ''));

/** What each category costs inside the file (incremental brotli bytes), null where it has none. */
export function partsOf({ runs, incremental }) {
  return Object.fromEntries(
    [...CATEGORIES.map(([label]) => label), OTHER].map((label, i) => [
      PART_NAMES[i],
      runs.some((r) => r.category === label) ? incremental([label]) : null,
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  // `npm run size:why -- ipt-widgets ipt-crisis-help` for some files; every CDN file by default.
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CDN_ENTRIES);
  const unknown = names.filter((name) => !CDN_ENTRIES[name]);
  if (unknown.length) {
    console.error(`size:why takes CDN file names: ${Object.keys(CDN_ENTRIES).join(', ')}`);
    process.exit(2);
  }
  const table = Object.fromEntries(PART_NAMES.map((part) => [part, {}]));
  const totals = {};
  const others = new Set();
  for (const name of names) {
    const analysis = await analyse(name);
    for (const [part, bytes] of Object.entries(partsOf(analysis))) table[part][name] = bytes == null ? '' : kb(bytes);
    for (const r of analysis.runs) if (r.category === OTHER) others.add(r.id);
    const content = analysis.content();
    totals[name] = { brotli: kb(analysis.total), content: kb(content), code: kb(analysis.total - content) };
  }
  console.log('Brotli kB each part costs inside each file ("incremental": what the file saves without it):');
  console.table(table);
  console.table(totals);
  console.log('Brotli shares one window across a file, so the parts do not add up to the total.');
  console.log(`Categories: ${[...CATEGORIES.map(([label]) => label), OTHER].join('; ')}.`);
  if (others.size) console.log(`Other: ${[...others].join(', ')}`);
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
