// What page (c)'s script time is made of (issue 20: "what dominates the remaining time"): a sampled
// CPU profile of each load. A sample counts for the function of the CDN file it ran in, or for the
// function of that file that called the native code it ran in (a DOM call, with the parsing, style
// or layout it does, counts with its caller). The function's source module comes from the build's
// source map: the same in-memory build as `npm run size:why`, checked to be byte-identical to the
// served file. Lit's functions are named through Lit's own published source maps
// ("Template.constructor"), ours by file and line.
import { existsSync, readFileSync } from 'node:fs';
import { analyse, segmentsByLine } from '../scripts/size-why.mjs';
import { summary } from './measure.mjs';

/** The buckets, in report order. */
export const SCRIPT_PARTS = ['evaluation', 'templates', 'dom', 'lifecycle', 'ours', 'other', 'gc', 'page'];

// Fine enough for short functions, coarse enough that the profiler's own cost stays small.
const SAMPLING_US = 200;
// Not script: native work outside any function (style, layout, parsing) and waiting.
const NOT_SCRIPT = new Set(['(program)', '(idle)', '(root)']);
const LIT = /^node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context|@lit-labs\/ssr-client)\//;
// lit-html's template preparation: once per template literal (and per flatList shape) on a page.
const TEMPLATE_PREPARATION = /^(Template\.|getTemplateHtml$|trustFromTemplateString$)/;

/**
 * The segment at or before `column` on `line`: where the function starting there came from. Text
 * before a line's first segment (after a newline inside a template literal) continues the last
 * segment of the lines above, as in size:why. Undefined where the map says nothing.
 */
export function segmentAt(lines, line, column) {
  for (let l = Math.min(line, lines.length - 1); l >= 0; l--) {
    let found;
    for (const s of lines[l]) {
      if (l === line && s[0] > column) break;
      found = s;
    }
    if (found) return found;
  }
  return undefined;
}

// Lit's sources are formatted one declaration per line, which these rely on.
// At the margin: a class, a function or constant, or an assignment (`globalThis.x = (...) => {`).
const OUTER =
  /^(?:export\s+)?(?:abstract\s+)?(?:class\s+([\w$]+)|(?:const|let|var|function)\s+([\w$]+)|(?:[\w$]+\.)*([\w$]+)\s*=)/;
// Indented once: a method (its line opens its body or parameters)...
const METHOD =
  /^ {2}(?:(?:static|private|protected|public|override|async|get|set)\s+)*([\w$]+)\s*(?:<[^>]*>)?\((?:.*[{(])?\s*$/;
// ...or a function assigned to a property or a class field (`private _callback: T = (value) => {`).
const ASSIGNED =
  /^ {2}(?:(?:static|private|protected|public|readonly|override)\s+)*(?:[\w$]+\.)*([\w$]+)(?::.*?)?\s=\s(?:async\s+)?(?:function\b|\(|[\w$]+\s*=>)/;
const NOT_A_MEMBER = new Set(['if', 'for', 'while', 'switch', 'return', 'catch', 'function']);

/**
 * The name of the code around `line` of a TypeScript file: "Template.constructor" for a class
 * member, "getTemplateHtml" for a top-level function, "litElementHydrateSupport.update" for a
 * function assigned inside one; "?" when the lines say nothing. The nearest member wins.
 */
export function enclosingName(sourceLines, line) {
  let member;
  let assigned;
  for (let i = line; i >= 0; i--) {
    const text = sourceLines[i] ?? '';
    const fn = ASSIGNED.exec(text)?.[1];
    const method = METHOD.exec(text)?.[1];
    assigned ??= fn;
    member ??= fn ?? (NOT_A_MEMBER.has(method) ? undefined : method);
    const outer = OUTER.exec(text);
    if (!outer) continue;
    const [, cls, declared, target] = outer;
    // Inside a function, only assignments are members: an indented call can look like a method.
    const inner = cls ? member : assigned;
    const name = cls ?? declared ?? target;
    return inner ? `${name}.${inner}` : name;
  }
  return member ?? '?';
}

/** Which bucket a function of the file counts in. */
export function partOf(module, name, topLevel) {
  if (topLevel) return 'evaluation';
  if (module.startsWith('src/')) return 'ours';
  if (!LIT.test(module)) return 'other';
  // lit-html builds and updates the DOM, directives included; its SSR hooks serve hydration.
  if (module.startsWith('node_modules/lit-html/') && !module.endsWith('/private-ssr-support.js'))
    return TEMPLATE_PREPARATION.test(name) ? 'templates' : 'dom';
  return 'lifecycle';
}

/**
 * For the CDN file `name` served from `servedPath`: `place(callFrame)` gives the function's module,
 * a readable label and its bucket. Throws when the served file is not the build it maps.
 */
export async function functionsOf(name, servedPath) {
  const { code, chunk, ids } = await analyse(name);
  if (readFileSync(servedPath, 'utf8') !== code)
    throw new Error(`${servedPath} differs from the build its source map describes: rebuild it (npm run build)`);
  const lines = segmentsByLine(chunk.map.mappings);
  const litSources = new Map();
  const litName = (module, line, column) => {
    if (!litSources.has(module)) {
      const file = `${module}.map`;
      const map = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
      litSources.set(
        module,
        map && { lines: segmentsByLine(map.mappings), text: map.sourcesContent?.map((s) => s.split('\n')) },
      );
    }
    const own = litSources.get(module);
    const s = own?.text && segmentAt(own.lines, line, column);
    return s && s[1] >= 0 ? enclosingName(own.text[s[1]], s[2]) : '?';
  };
  const placed = new Map();
  return (frame) => {
    const key = `${frame.lineNumber}:${frame.columnNumber}`;
    if (!placed.has(key)) {
      // A module's top-level code is the one function at the very start of the bundle.
      const topLevel = frame.lineNumber === 0 && frame.columnNumber === 0;
      const s = segmentAt(lines, frame.lineNumber, frame.columnNumber);
      const mapped = s && s[1] >= 0;
      const module = mapped ? ids[s[1]] : '(bundler-made code)';
      const fn = !mapped ? '' : LIT.test(module) ? litName(module, s[2], s[3]) : `line ${s[2] + 1}`;
      const label = topLevel
        ? "every module's top-level code"
        : `${module.replace(/^node_modules\//, '')} ${fn}`.trim();
      placed.set(key, { label, part: partOf(module, fn, topLevel) });
    }
    return placed.get(key);
  };
}

/**
 * Milliseconds per bucket and per function in one CPU profile. `inFile(url)` tells the widget
 * file's frames; a sample with none of them in its stack is the page's own (harness, timing).
 */
export function attributeSamples(profile, place, inFile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n);
  const parts = Object.fromEntries(SCRIPT_PARTS.map((p) => [p, 0]));
  const functions = {};
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time before sample i; a sample stands for the time until the next
    // (V8 can record a sample out of order, with a negative delta: it stands for nothing).
    const ms = Math.max(0, profile.timeDeltas[i + 1] ?? 0) / 1000;
    let node = byId.get(id);
    const leaf = node?.callFrame.functionName;
    if (!node || NOT_SCRIPT.has(leaf)) return;
    if (leaf === '(garbage collector)') {
      parts.gc += ms;
      return;
    }
    while (node && !inFile(node.callFrame.url)) node = parentOf.get(node.id);
    if (!node) {
      parts.page += ms;
      return;
    }
    const { label, part } = place(node.callFrame);
    parts[part] += ms;
    functions[label] = { part, ms: (functions[label]?.ms ?? 0) + ms };
  });
  return { parts, functions };
}

async function profileOnce(browser, url, { rate, place, scriptPath }) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(() => window.__bench.done);
    const { profile } = await cdp.send('Profiler.stop');
    const inFile = (u) => Boolean(u) && new URL(u).pathname === scriptPath;
    return attributeSamples(profile, place, inFile);
  } finally {
    await ctx.close();
  }
}

/**
 * Profiles page (c) of each case `loads` times at `rate`x CPU, interleaved (one load of every case
 * per round). `cases`: { id, url, scriptPath, place }. Per case: each bucket's median, the median
 * total, and the heaviest functions by mean time per load. A failed load is listed in `failures`.
 */
export async function measureScriptProfile(browser, { cases, loads, rate, top = 8, log = () => {} }) {
  const runs = new Map(cases.map((c) => [c.id, []]));
  const failures = [];
  for (let round = 0; round < loads; round++) {
    for (const c of cases) {
      try {
        runs.get(c.id).push(await profileOnce(browser, c.url, { rate, ...c }));
      } catch (err) {
        failures.push(`${c.id}: ${err.message}`);
        log(`  script profile ${c.id} failed: ${err.message}`);
      }
    }
    log(`  script profiles at ${rate}x: round ${round + 1}/${loads} done`);
  }
  const byCase = {};
  for (const [id, r] of runs) {
    if (!r.length) continue;
    const sum = {};
    for (const { functions } of r)
      for (const [label, f] of Object.entries(functions))
        sum[label] = { part: f.part, ms: (sum[label]?.ms ?? 0) + f.ms };
    byCase[id] = {
      total: summary(r.map(({ parts }) => Object.values(parts).reduce((a, b) => a + b, 0))),
      parts: Object.fromEntries(SCRIPT_PARTS.map((p) => [p, summary(r.map(({ parts }) => parts[p]))])),
      heaviest: Object.entries(sum)
        .map(([label, f]) => ({ label, part: f.part, ms: f.ms / r.length }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, top),
    };
  }
  return { rate, loads, samplingUs: SAMPLING_US, byCase, failures };
}
