// Browser launch and the two in-browser measurements: render cost per page load, and
// key-press-to-paint on the quiz. Every load gets a fresh browser context (no shared cache).
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
 * to "rendered" and to the frame after it, and the renderer's main-thread task time (the CDP
 * TaskDuration delta over the load).
 */
export async function loadOnce(browser, url, rate = 1) {
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
    return { rendered: t.rendered, painted: t.painted, taskMs: (after - before) * 1000, errors };
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
  { cases, variants, urlOf, loads, rates, warmup = true, deadline = Infinity, log = () => {} },
) {
  const out = {};
  const pairs = cases.flatMap((c) => variants.map((v) => [c, v]));
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
        const r = await loadOnce(browser, urlOf(c, v), rate);
        if (r.errors.length) log(`  page error on ${c}/${v}: ${r.errors[0]}`);
        if (round >= 0) samples.get(`${c}/${v}`).push(r);
      }
      log(`  ${rate}x: round ${round < 0 ? 'warm-up' : `${round + 1}/${loads}`} done`);
    }
    out[rate] = {};
    for (const c of cases) {
      out[rate][c] = {};
      for (const v of variants) {
        const s = samples.get(`${c}/${v}`);
        out[rate][c][v] = {
          painted: summary(s.map((x) => x.painted)),
          rendered: summary(s.map((x) => x.rendered)),
          taskMs: summary(s.map((x) => x.taskMs)),
          raw: s.map((x) => ({ painted: round2(x.painted), rendered: round2(x.rendered), taskMs: round2(x.taskMs) })),
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
