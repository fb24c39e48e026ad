// Browser launch and the in-browser measurements: render cost per page load, main-thread time
// from traces, memory after a load, and key-press-to-paint on the quiz. Every load gets a fresh
// browser context (no shared cache).
import puppeteer from 'puppeteer-core';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// TOOLCHAIN.md: the flags for page-level checks on this machine kind (root, no GPU, offline).
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1024, height: 768 };

export function launch(extraArgs = []) {
  return puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: [...CHROME_FLAGS, ...extraArgs],
    defaultViewport: VIEWPORT,
  });
}

const metric = (res, name) => res.metrics.find((m) => m.name === name)?.value ?? 0;

/**
 * One load of `url` in a fresh context at `rate`x CPU throttling. Returns ms from navigation start
 * to "rendered", to the frame after it and to the first contentful paint, and the renderer's
 * main-thread task time (the CDP TaskDuration delta over the load). With `probe`, the page's
 * `__bench.probe()` then clicks a control (after the timing) and reports whether it responded.
 */
export async function loadOnce(browser, url, rate = 1, { probe = false } = {}) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const before = metric(await cdp.send('Performance.getMetrics'), 'TaskDuration');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const t = await page.evaluate(() => window.__bench.done);
    const after = metric(await cdp.send('Performance.getMetrics'), 'TaskDuration');
    const fcp = await page.evaluate(() => window.__bench.fcp());
    const probed = probe ? await page.evaluate(() => window.__bench.probe()) : undefined;
    return { rendered: t.rendered, painted: t.painted, fcp, taskMs: (after - before) * 1000, probed, errors };
  } finally {
    await ctx.close();
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

/**
 * Loads every (case, variant) page `loads` times per throttling rate, interleaved: each round visits
 * every page once, in an order rotated per round, so drift from other work on the machine spreads
 * over all variants instead of landing on one. A discarded warm-up round first (unless `warmup` is
 * false). Past `deadline` (epoch ms) no new round starts, so quick mode keeps to its time limit.
 */
export async function measureRender(
  browser,
  {
    cases,
    variants,
    extra = {},
    urlOf,
    loads,
    rates,
    warmup = true,
    deadline = Infinity,
    probe = () => false,
    log = () => {},
  },
) {
  const out = {};
  // `extra`: more pages for some cases only ({ quiz: ['static-intro'] }).
  const variantsOf = (c) => [...variants, ...(extra[c] ?? [])];
  const pairs = cases.flatMap((c) => variantsOf(c).map((v) => [c, v]));
  for (const rate of rates) {
    const samples = new Map(pairs.map(([c, v]) => [`${c}/${v}`, []]));
    for (let round = warmup ? -1 : 0; round < loads; round++) {
      if (round > 0 && Date.now() > deadline) {
        log(`  ${rate}x: stopping after ${round} rounds (time limit)`);
        break;
      }
      const shift = (round + 1) * (variants.length + 1);
      const order = pairs.map((_, i) => pairs[(i + shift) % pairs.length]);
      for (const [c, v] of order) {
        const r = await loadOnce(browser, urlOf(c, v), rate, { probe: probe(c, v) });
        if (r.probed && !r.probed.responds) log(`  ${c}/${v}: the ${r.probed.control} did not respond`);
        if (r.errors.length) log(`  page error on ${c}/${v}: ${r.errors[0]}`);
        if (round >= 0) samples.get(`${c}/${v}`).push(r);
      }
      log(`  ${rate}x: round ${round < 0 ? 'warm-up' : `${round + 1}/${loads}`} done`);
    }
    out[rate] = {};
    for (const c of cases) {
      out[rate][c] = {};
      for (const v of variantsOf(c)) {
        const s = samples.get(`${c}/${v}`);
        const fcps = s.map((x) => x.fcp).filter((f) => f != null);
        out[rate][c][v] = {
          painted: summary(s.map((x) => x.painted)),
          rendered: summary(s.map((x) => x.rendered)),
          fcp: fcps.length ? summary(fcps) : null,
          taskMs: summary(s.map((x) => x.taskMs)),
          raw: s.map((x) => ({
            painted: round2(x.painted),
            rendered: round2(x.rendered),
            fcp: x.fcp == null ? null : round2(x.fcp),
            taskMs: round2(x.taskMs),
          })),
        };
        const probed = s.map((x) => x.probed).filter(Boolean);
        if (probed.length)
          out[rate][c][v].probe = {
            control: probed[0].control,
            responded: probed.filter((p) => p.responds).length,
            of: probed.length,
          };
      }
    }
  }
  return out;
}

const round2 = (x) => Math.round(x * 100) / 100;

/**
 * Key press to next painted frame on the quiz, at `rate`x throttling: focuses the first radio, then
 * presses ArrowDown and ArrowUp alternately through CDP (a real input event, so it queues like one).
 * In the page, a capturing keydown listener takes the event's timeStamp (when the browser received
 * the key) and resolves after the next rAF plus a task, i.e. after the frame that shows the change.
 */
export async function measureInteraction(browser, url, { presses, rate }) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.done);
    const focused = await page.evaluate(() => {
      const radio = window.__bench.radios()[0];
      if (!radio) return false;
      radio.focus();
      window.__keys = [];
      document.addEventListener(
        'keydown',
        (e) => {
          const start = e.timeStamp;
          requestAnimationFrame(() => {
            const c = new MessageChannel();
            c.port1.onmessage = () => window.__keys.push(performance.now() - start);
            c.port2.postMessage(0);
          });
        },
        true,
      );
      return true;
    });
    if (!focused) return null;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const keys = [
      { key: 'ArrowDown', code: 'ArrowDown', windowsVirtualKeyCode: 40 },
      { key: 'ArrowUp', code: 'ArrowUp', windowsVirtualKeyCode: 38 },
    ];
    const times = [];
    // One unmeasured press first: the first change may build things later presses reuse.
    for (let i = -1; i < presses; i++) {
      const k = keys[(i + 1) % 2];
      const n = await page.evaluate(() => window.__keys.length);
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...k });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...k });
      await page.waitForFunction((m) => window.__keys.length > m, { polling: 20, timeout: 30_000 }, n);
      const t = await page.evaluate(() => window.__keys.at(-1));
      if (i >= 0) times.push(t);
      await new Promise((r) => setTimeout(r, 150));
    }
    const selected = await page.evaluate(() => {
      const r = window.__bench.radios();
      return r.findIndex((x) => x.checked || x.getAttribute('aria-checked') === 'true');
    });
    return { ...summary(times), raw: times.map(round2), selectedAfter: selected };
  } finally {
    await ctx.close();
  }
}

// Trace categories for traceScriptTime: top-level tasks (RunTask), module compile and evaluation,
// style, layout and paint, the page's User Timing marks, and v8.execute for RunMicrotasks: Lit
// renders in microtasks, which nothing else in the trace (nor CDP Performance.getMetrics'
// ScriptDuration) counts as script. Nothing else, to keep the trace small.
const TRACE_CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];

/**
 * Main-thread time the widget script costs on one load of `url` at `rate`x CPU, from a performance
 * trace (a separate load: tracing has overhead of its own). The window opens at the first top-level
 * task that evaluates a module after `scriptPath` was compiled (module scripts run only once the
 * document is parsed, so no parsing falls inside) and closes with the task that leaves the
 * harness's `ipt-bench-painted` mark, one frame after the widgets were rendered (or, on page (e),
 * interactive). Sums the top-level tasks of the page's renderer main thread in that window
 * (script evaluation, element upgrades, Lit updates or hydration, and the style, layout and paint
 * of the frame showing the result) and adds the script's compile on the main thread when it fell
 * earlier. Idle time (waiting for the network) is not counted. Without `scriptPath` (pages (a) and
 * (d)) only `parts` is returned: the whole load's main-thread time by kind (partsFromTrace).
 */
export async function traceScriptTime(browser, url, { rate, scriptPath }) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(() => window.__bench.done);
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    return { ...(scriptPath ? scriptTimeFromTrace(events, scriptPath) : {}), parts: partsFromTrace(events) };
  } finally {
    await ctx.close();
  }
}

/** The arithmetic of traceScriptTime, on the trace's events; throws when an anchor is missing. */
export function scriptTimeFromTrace(events, scriptPath) {
  const painted = events.find((e) => e.name === 'ipt-bench-painted' && e.cat.includes('blink.user_timing'));
  if (!painted) throw new Error('trace: no ipt-bench-painted mark');
  const main = events.filter((e) => e.pid === painted.pid && e.tid === painted.tid);
  const compiled = main.filter(
    (e) => e.name === 'v8.compileModule' && new URL(e.args?.data?.url ?? 'x:/').pathname === scriptPath,
  );
  if (!compiled.length) throw new Error(`trace: ${scriptPath} was not compiled on the main thread`);
  const evaluated = main.find((e) => e.name === 'v8.evaluateModule' && e.ts >= compiled[0].ts);
  if (!evaluated) throw new Error(`trace: no module evaluation after ${scriptPath} was compiled`);
  // Top-level tasks only: a task nested in another (a nested run loop) is already in its parent.
  const tasks = [];
  for (const t of main.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts)) {
    const last = tasks.at(-1);
    if (!last || t.ts >= last.ts + last.dur) tasks.push(t);
  }
  const within = (t, e) => e.ts >= t.ts && e.ts <= t.ts + t.dur;
  // Now and then an event falls just outside every recorded task (clock rounding, or work run
  // outside a RunTask); then the evaluation counts on its own and the window ends with the last
  // task that started before the mark.
  const first = tasks.find((t) => within(t, evaluated));
  const start = first ? first.ts : evaluated.ts;
  const last = tasks.find((t) => within(t, painted)) ?? tasks.filter((t) => t.ts <= painted.ts).at(-1);
  if (!last || last.ts + last.dur < start) throw new Error('trace: no task between the evaluation and the mark');
  const inWindow = tasks.filter((t) => t.ts >= start && t.ts <= last.ts);
  const outside = first ? 0 : (evaluated.dur ?? 0);
  const compileBefore = compiled.filter((e) => e.ts < start).reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const taskUs = inWindow.reduce((sum, t) => sum + t.dur, 0);
  return {
    mainThreadMs: round2((taskUs + outside + compileBefore) / 1000),
    longestTaskMs: round2(Math.max(outside, ...inWindow.map((t) => t.dur)) / 1000),
    windowMs: round2((last.ts + last.dur - start) / 1000),
    tasks: inWindow.length,
  };
}

// What each trace event's own time (minus the events nested in it) counts as, first match wins;
// an event matching none counts as the event it is nested in, and a bare task as 'other'
// (navigation, frame set-up, reading the response: much the same on every page). GC counts as
// script, since script allocation causes it. Setting up the page's JS context (done for the
// harness on every page) stays 'other'.
const PART_OF = [
  [/^(LocalWindowProxy::|V8\.DeserializeContext)/, 'other'],
  [/^(v8\.compile|V8\.Compile|CompileScript)/, 'compile'],
  [
    /^(RunMicrotasks|FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|MinorGC|MajorGC|v8\.(run|callFunction|callAsConstructor|evaluateModule|newInstance))$/,
    'script',
  ],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
  [/^Layout$/, 'layout'],
  [/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers)$/, 'paint'],
  [/^ParseHTML$/, 'parseHtml'],
];
export const PARTS = ['script', 'compile', 'templateHtml', 'style', 'layout', 'paint', 'parseHtml', 'other'];

/**
 * The page's renderer main-thread time from navigation to the harness's `ipt-bench-painted` mark,
 * split by kind (PART_OF) using each event's self time. `total` is the sum of the top-level tasks.
 */
export function partsFromTrace(events) {
  const painted = events.find((e) => e.name === 'ipt-bench-painted' && e.cat.includes('blink.user_timing'));
  if (!painted) throw new Error('trace: no ipt-bench-painted mark');
  const main = events
    .filter((e) => e.pid === painted.pid && e.tid === painted.tid && e.ph === 'X' && e.ts <= painted.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const us = Object.fromEntries(['total', ...PARTS].map((p) => [p, 0]));
  const stack = [];
  for (const e of main) {
    while (stack.length && e.ts >= stack.at(-1).end) stack.pop();
    const parent = stack.at(-1);
    // Clock rounding can leave a nested event a microsecond past its parent's end.
    const dur = parent ? Math.min(e.dur ?? 0, parent.end - e.ts) : (e.dur ?? 0);
    let part = PART_OF.find(([re]) => re.test(e.name))?.[1] ?? parent?.part ?? 'other';
    // HTML parsed while script runs is a <template>'s innerHTML: Lit's template preparation on
    // (c), (d) and (e) (our sources set no other innerHTML), the floor's templates on (b).
    if (part === 'parseHtml' && parent?.part === 'script') part = 'templateHtml';
    us[part] += dur;
    if (parent) us[parent.part] -= dur;
    else us.total += dur;
    stack.push({ end: e.ts + dur, part });
  }
  return Object.fromEntries(Object.entries(us).map(([p, v]) => [p, round2(v / 1000)]));
}

/**
 * traceScriptTime for every (case, variant) in `pairs`, `loads` times each, interleaved like
 * measureRender (a fresh context per load, order rotated per round). Returns medians per pair;
 * `scriptOf` gives no script for pages without a widget script, which get `parts` only.
 */
export async function measureScriptTime(
  browser,
  { pairs, urlOf, scriptOf, loads, rate, deadline = Infinity, log = () => {} },
) {
  const samples = new Map(pairs.map(([c, v]) => [`${c}/${v}`, []]));
  const failures = [];
  for (let round = 0; round < loads; round++) {
    if (round > 0 && Date.now() > deadline) {
      log(`  traces: stopping after ${round} rounds (time limit)`);
      break;
    }
    const order = pairs.map((_, i) => pairs[(i + round) % pairs.length]);
    for (const [c, v] of order) {
      try {
        samples
          .get(`${c}/${v}`)
          .push(await traceScriptTime(browser, urlOf(c, v), { rate, scriptPath: scriptOf(c, v) }));
      } catch (err) {
        failures.push(`${c}/${v}: ${err.message}`);
        log(`  trace ${c}/${v} failed: ${err.message}`);
      }
    }
    log(`  traces at ${rate}x: round ${round + 1}/${loads} done`);
  }
  const out = { rate, byCase: {}, failures };
  for (const [c, v] of pairs) {
    const s = samples.get(`${c}/${v}`);
    if (!s.length) continue;
    out.byCase[c] ??= {};
    out.byCase[c][v] = {
      ...(s[0].mainThreadMs != null && {
        mainThreadMs: summary(s.map((x) => x.mainThreadMs)),
        longestTaskMs: summary(s.map((x) => x.longestTaskMs)),
      }),
      parts: Object.fromEntries(Object.keys(s[0].parts).map((p) => [p, summary(s.map((x) => x.parts[p]))])),
      raw: s,
    };
  }
  return out;
}

/**
 * Memory once `url` has rendered (fresh context, no throttling), after a forced full GC: the
 * renderer's JS heap in use (CDP Runtime.getHeapUsage), the nodes in the document with shadow
 * roots and template contents (DOM.getDocument, pierce), and every live DOM node of the renderer
 * (Performance.getMetrics Nodes: also nodes held outside the document, such as cached templates).
 */
export async function memoryOnce(browser, url) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(() => window.__bench.done);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const live = metric(await cdp.send('Performance.getMetrics'), 'Nodes');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const count = (n) =>
      1 +
      [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.templateContent ? [n.templateContent] : [])].reduce(
        (sum, k) => sum + count(k),
        0,
      );
    return { heapMb: round2(heap.usedSize / 2 ** 20), domNodes: count(root), liveNodes: live };
  } finally {
    await ctx.close();
  }
}

/** memoryOnce for every (case, variant) in `pairs`, `loads` rounds; medians per pair. */
export async function measureMemory(browser, { pairs, urlOf, loads, deadline = Infinity, log = () => {} }) {
  const samples = new Map(pairs.map(([c, v]) => [`${c}/${v}`, []]));
  for (let round = 0; round < loads; round++) {
    if (Date.now() > deadline) {
      log(`  memory: stopping after ${round} rounds (time limit)`);
      break;
    }
    for (const [c, v] of pairs) samples.get(`${c}/${v}`).push(await memoryOnce(browser, urlOf(c, v)));
    log(`  memory: round ${round + 1}/${loads} done`);
  }
  const out = { byCase: {} };
  for (const [c, v] of pairs) {
    const s = samples.get(`${c}/${v}`);
    if (!s.length) continue;
    out.byCase[c] ??= {};
    out.byCase[c][v] = Object.fromEntries(
      ['heapMb', 'domNodes', 'liveNodes'].map((k) => [k, summary(s.map((x) => x[k]))]),
    );
  }
  return out;
}
