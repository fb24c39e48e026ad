// Prints raw, gzip and brotli bytes of each CDN file; fails when the all-in-one file is over the ceiling.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { CDN_ENTRIES } from './build-cdn.mjs';

/** The target for ipt-widgets.js (every element, Lit and the English content): not met yet. */
export const TARGET_BROTLI = 20 * 1024;
/**
 * The enforced ceiling: today's size plus a little room, so nothing grows unnoticed while the
 * content and code are slimmed toward the target. Lower it with every saving; never raise it quietly.
 */
export const CEILING_BROTLI = 35 * 1024;
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
  const target = main.brotli <= TARGET_BROTLI ? 'meets' : 'does NOT meet';
  console.log(`${MAIN}: ${kb(main.brotli)} brotli; ${target} the ${kb(TARGET_BROTLI)} target.`);
  if (main.brotli > CEILING_BROTLI) {
    console.error(`${MAIN} is over the enforced ${kb(CEILING_BROTLI)} ceiling: something grew. Find it before landing.`);
    process.exit(1);
  }
  console.log(`Within the enforced ${kb(CEILING_BROTLI)} ceiling.`);
}
