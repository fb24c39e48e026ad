// Prints raw, gzip and brotli bytes of each CDN file and chunk, and issue 20's budgets met or not;
// fails when a file is over its enforced ceiling. Where the bytes go: npm run size:why.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { CDN_ENTRIES, ON_DEMAND } from './build-cdn.mjs';
import { analyse, partsOf } from './size-why.mjs';

const KB = 1024;
const ALL_IN_ONE = Object.keys(CDN_ENTRIES).filter((name) => name.startsWith('ipt-widgets'));
const CRISIS_HELP = Object.keys(CDN_ENTRIES).filter((name) => name.startsWith('ipt-crisis-help'));

/**
 * Issue 20's budgets, for every language's file: "code" is the file's brotli size minus what its
 * cited content costs inside it (npm run size:why), hydration support included. Reported as met or
 * not met; the ceilings below are what CI enforces until a budget is met, then the budget is.
 */
export const BUDGETS = [
  ...ALL_IN_ONE.map((name) => ({ name, part: 'code', limit: 18 * KB })),
  ...ALL_IN_ONE.map((name) => ({ name, part: 'whole', limit: 32 * KB })),
  ...CRISIS_HELP.map((name) => ({ name, part: 'whole', limit: 10 * KB })),
];

/**
 * The enforced ceilings, brotli kB: each file's measured size plus about 0.1 kB, so nothing grows
 * unnoticed. Lower them with every saving; never raise one quietly: say why in the commit and here.
 * History (ipt-widgets.js, whole file): 35 kB, then 40.5 (issue 14's lines and sources; issue 16's
 * languages), 42.6 (issue 17's hydration support, 1.6 kB in every file), 44.1 (issue 18's quick
 * exit), 48.9 (issue 18's plan, notes, reminder and numbered sources). Issue 20 moved the notes and
 * the calendar file into on-demand chunks (-1.5 kB here) and wrote review dates from the languages'
 * own words (+0.2 kB, for 15-20 ms less main thread): 47.56 kB measured. The overrides validator
 * (1.3-1.7 kB in each file) stays in: a site's own crisis lines must not wait for, or depend on, a
 * second request. A press after a failed chunk load now tries again, by a new address, and a
 * second press of a button while its press is under way is ignored (+0.1-0.15 kB per file).
 * Citations of one or two sources, crisis lines and source entries render as flat templates
 * (+0.1 kB) for 29% fewer DOM nodes in the explainer and 15% less heap per checklist; the
 * explainer's paragraphs, lists and table rows, source entries and crisis lines as one template
 * per run of items (src/shared/flat-list.ts, +0.15 kB; +0.16 kB in the crisis-help files, which
 * had none of it) for 12% fewer nodes in the explainer and 27% fewer comment nodes in the crisis box
 * every widget shows: 48.04 kB. One Intl object per language and each source's address parsed once
 * (+0.05 kB, for about 40% less of our own script in the explainer's CPU profile): 48.07 kB, and
 * every ceiling back to its measured size plus about 0.1 kB (several had reached their size exactly).
 * Listening for other tabs only when it matters, with one switch for it, and a quiz reading the
 * list again when put back on the page (+0.04 kB, for 2-8 ms less at 4x CPU on quiz pages and
 * lists kept in memory): 48.12 kB, code 33.31 kB.
 */
const CEILINGS_KB = {
  'ipt-widgets': { whole: 48.2, code: 33.4 },
  'ipt-explainer': { whole: 33.5 },
  'ipt-problem-area-quiz': { whole: 31.9 },
  'ipt-selfcare-checklist': { whole: 32.3 },
  'ipt-crisis-help': { whole: 16.9 },
  'ipt-provider': { whole: 10.8 },
  // The shared base (language, provider, hydration) is most of it; the element itself is about 1 kB.
  'ipt-quick-exit': { whole: 14.7 },
  // Spanish files carry English too (the fallback and lang="en" widgets): each adds only its own content.
  'ipt-widgets.es': { whole: 58.7, code: 33.4 },
  'ipt-explainer.es': { whole: 44.0 },
  'ipt-problem-area-quiz.es': { whole: 37.1 },
  'ipt-selfcare-checklist.es': { whole: 36.2 },
  'ipt-crisis-help.es': { whole: 18.4 },
  'ipt-quick-exit.es': { whole: 14.8 },
  // Loaded only when a person prints or saves notes or the calendar file.
  'chunks/notes': { whole: 1.5 },
  'chunks/reminder': { whole: 1.2 },
};
/** The enforced whole-file ceiling of dist/cdn/ipt-widgets.js, in bytes. */
const CEILING_BROTLI = CEILINGS_KB['ipt-widgets'].whole * KB;
const MAIN = 'dist/cdn/ipt-widgets.js';
const HYDRATION_MAX_BROTLI = 2 * KB;

export function measure(file) {
  const raw = readFileSync(file);
  return {
    file,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Measures every CDN file and chunk: bytes, what content and hydration support cost inside each,
 * each budget met or not, and what is over its enforced ceiling. The bench's report uses it too
 * (`quick`: content split only where code is judged; `parts`: every file's split by category).
 */
export async function sizeReport({ quick = false, parts = false } = {}) {
  const names = [...Object.keys(CDN_ENTRIES), ...Object.keys(ON_DEMAND).map((name) => `chunks/${name}`)];
  const missing = names.map((name) => `dist/cdn/${name}.js`).filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`Missing ${missing.join(', ')}: run npm run build first.`);
  const files = {};
  for (const name of names) {
    const bytes = measure(`dist/cdn/${name}.js`);
    // Chunks hold no content and no Lit: all code. Quick: only files whose code is judged.
    const judged = !quick || CEILINGS_KB[name]?.code || BUDGETS.some((b) => b.name === name && b.part === 'code');
    if (CDN_ENTRIES[name] && !judged) {
      files[name] = { ...bytes, content: null, code: null, hydration: null };
      continue;
    }
    const analysis = CDN_ENTRIES[name] ? await analyse(name) : undefined;
    const content = analysis?.content() ?? 0;
    files[name] = { ...bytes, content, code: bytes.brotli - content, hydration: analysis?.hydration() ?? 0 };
    // With `parts`: Lit, hydration, content, the validator and each element, as npm run size:why shows them.
    if (parts && analysis) files[name].parts = partsOf(analysis);
  }
  const budgets = BUDGETS.map((b) => ({ ...b, file: `dist/cdn/${b.name}.js`, figure: figureOf(files[b.name], b.part), met: figureOf(files[b.name], b.part) <= b.limit }));
  const over = Object.entries(CEILINGS_KB).flatMap(([name, ceilings]) =>
    Object.entries(ceilings)
      .filter(([part, kb]) => !(figureOf(files[name], part) <= kb * KB))
      .map(([part, kb]) => ({ name, file: `dist/cdn/${name}.js`, part, figure: figureOf(files[name], part), ceiling: kb * KB })),
  );
  return { files, budgets, over };
}

const figureOf = (file, part) => (part === 'code' ? file.code : file.brotli);
const kb = (n) => `${(n / KB).toFixed(2)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  let report;
  try {
    report = await sizeReport();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const { files, budgets, over } = report;
  console.table(
    Object.fromEntries(
      Object.values(files).map((r) => [
        r.file,
        {
          raw: kb(r.raw),
          gzip: kb(r.gzip),
          brotli: kb(r.brotli),
          'content (brotli)': kb(r.content),
          'code (brotli)': kb(r.code),
          'hydration (brotli)': kb(r.hydration),
        },
      ]),
    ),
  );
  console.log('Budgets (issue 20):');
  for (const b of budgets) {
    const what = b.part === 'code' ? 'code (brotli minus content)' : 'whole file (brotli)';
    console.log(`  ${b.file} ${what}: ${kb(b.figure)}, budget ${kb(b.limit)}: ${b.met ? 'met' : 'NOT met'}`);
  }
  // Issue 17: Lit's hydration support may add at most 2 kB brotli to any file. (The base class's own
  // adopting code, in src/shared/ipt-element.ts, is counted with the shared code.)
  const heavy = Object.values(files).filter((r) => !(r.hydration <= HYDRATION_MAX_BROTLI));
  for (const r of heavy) console.error(`${r.file}: hydration support costs ${kb(r.hydration)} brotli, over ${kb(HYDRATION_MAX_BROTLI)}.`);
  if (heavy.length) process.exit(1);
  console.log(`Hydration support: at most ${kb(Math.max(...Object.values(files).map((r) => r.hydration)))} brotli in any file (limit ${kb(HYDRATION_MAX_BROTLI)}).`);
  for (const o of over) {
    console.error(`${o.file} ${o.part} is ${kb(o.figure)} brotli, over its enforced ${kb(o.ceiling)} ceiling: something grew. Find it before landing.`);
  }
  if (over.length) process.exit(1);
  console.log(`Every file is within its enforced ceilings (${MAIN}: ${kb(CEILING_BROTLI)} whole, ${kb(CEILINGS_KB['ipt-widgets'].code * KB)} code).`);
}
