import { analyse } from './scripts/size-why.mjs';
import { brotliCompressSync, constants } from 'node:zlib';
const name = process.argv[2] ?? 'ipt-widgets';
const a = await analyse(name);
const brotli = (t) => brotliCompressSync(Buffer.from(t), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const ids = [...new Set(a.runs.map((r) => r.id))];
const rows = [];
for (const id of ids) {
  const raw = a.runs.filter((r) => r.id === id).reduce((n, r) => n + r.text.length, 0);
  const inc = a.total - brotli(a.join((r) => r.id !== id));
  rows.push([id, raw, inc]);
}
rows.sort((x, y) => y[2] - x[2]);
for (const [id, raw, inc] of rows) console.log(String(inc).padStart(6), String(raw).padStart(7), id);
console.log('total', a.total);
