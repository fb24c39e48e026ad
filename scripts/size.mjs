// Prints raw, gzip and brotli bytes of each CDN file; fails when the all-in-one file is over budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { CDN_ENTRIES } from './build-cdn.mjs';

export const BUDGET_BROTLI = 20 * 1024;
const MAIN = 'dist/cdn/ipt-widgets.js';

export function measure(file) {
  const raw = readFileSync(file);
  return {
    file,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = Object.keys(CDN_ENTRIES).map((name) => `dist/cdn/${name}.js`);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`Missing ${missing.join(', ')}: run npm run build first.`);
    process.exit(1);
  }
  const rows = files.map(measure);
  const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
  console.table(Object.fromEntries(rows.map((r) => [r.file, { raw: kb(r.raw), gzip: kb(r.gzip), brotli: kb(r.brotli) }])));
  const main = rows.find((r) => r.file === MAIN);
  const verdict = main.brotli <= BUDGET_BROTLI ? 'within' : 'OVER';
  console.log(`${MAIN}: ${kb(main.brotli)} brotli, ${verdict} the ${kb(BUDGET_BROTLI)} budget.`);
  if (main.brotli > BUDGET_BROTLI) process.exit(1);
}
