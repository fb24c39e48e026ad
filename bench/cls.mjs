// Layout shift (issue 17 point 7): the pages whose layout stability the bench reports, and a cheap
// in-page measurement with the Layout Instability API (no Lighthouse) reported beside Lighthouse's.
//
// Pages, built at run time from the files in the repository, all with the built CDN file:
// - plain-html-ssr: examples/plain-html with every <ipt-*> element replaced by its dist/ssr
//   renderToString output (what `npx ipt-widgets render` prints), its own module script kept.
//   Target: CLS 0.
// - plain-html: examples/plain-html as it is: client rendering only, with the `:not(:defined)` space
//   reservation the README documents (the page carries it). Reported, no target.
// - demo: the demo page (index.html, see pages.mjs demoPage): client only, with the same
//   reservation in demo/demo.css, and headings between the widgets. Target: CLS 0.
// - demo-ssr: the demo page with its widgets server-rendered like plain-html-ssr. Reported.
// - control: one client-only explainer with a paragraph after it and no reservation. It must shift,
//   or the measurement could not see a shift.
import { renderWithSsr } from './ssr-render.mjs';
import { CDN, DEMO_PATH } from './pages.mjs';
import { median } from './measure.mjs';

export const PLAIN_HTML = 'examples/plain-html/index.html';
export const CLS_PAGES = {
  'plain-html-ssr': '/gen/cls/plain-html-ssr.html',
  'plain-html': '/gen/cls/plain-html.html',
  demo: DEMO_PATH,
  'demo-ssr': '/gen/cls/demo-ssr.html',
  control: '/gen/cls/control.html',
};
export const CLS_LABELS = {
  'plain-html-ssr': '`examples/plain-html`, widgets server-rendered, CDN file',
  'plain-html': '`examples/plain-html`, client only, `:not(:defined)` reservation',
  demo: 'Demo page (`index.html`), client only, `:not(:defined)` reservation',
  'demo-ssr': 'Demo page, widgets server-rendered, CDN file',
  control: 'Control: client-only explainer, a paragraph after it, no reservation',
};
// Lighthouse's default mobile screen (moto g power), so the in-page figure and Lighthouse's agree on
// what is in the viewport.
const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
// The same width with every widget inside the viewport: a shift anywhere on the page counts here,
// where CLS counts only what moves on screen.
const PAGE_TALL = { width: 412, height: 20_000, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

const SCRIPT = /<script type="module" src="\.\.\/\.\.\/dist\/cdn\/ipt-widgets\.js"><\/script>/;
const RESERVATION = /ipt-explainer:not\(:defined\),/;
const WIDGET = /<(ipt-[a-z-]+)\b[^>]*>[\s\S]*?<\/\1>/g;

/** `html` with every top-level <ipt-*> element (and its fallback children) replaced by dist/ssr's rendering of its opening tag. */
export function serverRendered(html) {
  const widgets = [...html.matchAll(WIDGET)].map((m) => m[0]);
  if (!widgets.length) throw new Error('no <ipt-*> element to server-render');
  const rendered = renderWithSsr(widgets.map((w) => w.slice(0, w.indexOf('>') + 1)));
  let i = 0;
  return html.replace(WIDGET, () => rendered[i++].html);
}

/** Every page of CLS_PAGES except the demo (pages.mjs serves that), keyed like CLS_PAGES. */
export function clsPages({ plainHtml, demo }) {
  if (!SCRIPT.test(plainHtml))
    throw new Error(`${PLAIN_HTML} no longer loads ../../dist/cdn/ipt-widgets.js; update bench/cls.mjs`);
  if (!RESERVATION.test(plainHtml))
    throw new Error(`${PLAIN_HTML} no longer has the :not(:defined) reservation; update bench/cls.mjs`);
  const client = plainHtml.replace(SCRIPT, `<script type="module" src="${CDN}"></script>`);
  return {
    'plain-html-ssr': serverRendered(client),
    'plain-html': client,
    'demo-ssr': serverRendered(demo),
    control: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layout shift control</title><script type="module" src="${CDN}"></script></head>
<body><h1>Control page</h1><ipt-explainer heading-level="2"></ipt-explainer>
<p>This paragraph follows a client-rendered widget with no space reserved, so it moves when the widget renders.</p>
</body></html>
`,
  };
}

/**
 * Chromium's CLS from layout-shift entries: the largest session window (gaps under 1 s, at most
 * 5 s). Entries with `hadRecentInput` count too: this measurement sends no input, and the emulated
 * screen's resize sets that flag for the first 500 ms of a load (Lighthouse counts those as well).
 */
export function clsOf(entries) {
  let max = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const e of [...entries].sort((a, b) => a.startTime - b.startTime)) {
    if (e.startTime - last < 1000 && e.startTime - first < 5000) current += e.value;
    else {
      current = e.value;
      first = e.startTime;
    }
    last = e.startTime;
    max = Math.max(max, current);
  }
  return max;
}

/**
 * One load of `url` on `viewport` (default: Lighthouse's mobile screen) with a buffered `layout-shift` PerformanceObserver
 * installed before the page's own scripts. The CDN file's request is held until the page has
 * painted its first content, as on a real network where the HTML paints before the script arrives
 * (on loopback the script could otherwise run before the first paint, when no shift is counted).
 * Then waits until every ipt tag is defined and updated, plus two frames and 300 ms. Returns the
 * CLS, the shifts with the nodes that moved, and whether the script really ran after first paint.
 */
export async function measureLayoutShift(browser, url, { viewport = MOBILE, scriptPath = CDN, holdMs = 15_000 } = {}) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    await page.setViewport(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.evaluateOnNewDocument(() => {
      const describe = (n) => {
        if (!n) return '(a node in a shadow root)';
        const host = n.getRootNode?.().host;
        const self =
          n.nodeType === 1
            ? `${n.localName}${n.id ? `#${n.id}` : ''}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''}`
            : n.nodeName;
        return host ? `${host.localName} >>> ${self}` : self;
      };
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__shifts.push({
            value: e.value,
            startTime: e.startTime,
            hadRecentInput: e.hadRecentInput,
            sources: (e.sources ?? []).map((s) => describe(s.node)),
          });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const cdp = await page.createCDPSession();
    await cdp.send('Page.enable');
    await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
    let navigated = false;
    let painted;
    const firstPaint = new Promise((r) => (painted = r));
    cdp.on('Page.lifecycleEvent', (e) => {
      if (e.name === 'init') navigated = true;
      if (navigated && e.name === 'firstContentfulPaint') painted();
    });
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (new URL(req.url()).pathname !== scriptPath) return void req.continue();
      const release = () => req.continue().catch(() => {});
      Promise.race([firstPaint, new Promise((r) => setTimeout(r, holdMs))]).then(release);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const out = await page.evaluate(async (script) => {
      const all = (root, acc = []) => {
        for (const e of root.querySelectorAll('*')) {
          acc.push(e);
          if (e.shadowRoot) all(e.shadowRoot, acc);
        }
        return acc;
      };
      const tags = [
        ...new Set(
          all(document)
            .map((e) => e.localName)
            .filter((t) => t.startsWith('ipt-')),
        ),
      ];
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      for (let i = 0; i < 5; i++)
        await Promise.all(
          all(document)
            .map((e) => e.updateComplete)
            .filter(Boolean),
        );
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 300));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const res = performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname === script);
      return {
        shifts: window.__shifts,
        fcp,
        scriptEnd: res?.responseEnd ?? null,
        scriptAfterPaint: fcp != null && res != null && res.responseEnd > fcp,
      };
    }, scriptPath);
    return { cls: clsOf(out.shifts), ...out, errors };
  } finally {
    await ctx.close();
  }
}

/**
 * Per page: measureLayoutShift `runs` times on the mobile screen (median and largest CLS), then once
 * on a page-tall screen (`wholePage`: every shift anywhere on the page, with the nodes that moved).
 */
export async function measurePages(browser, origin, pages, { runs, log = () => {} }) {
  const out = {};
  for (const [name, path] of Object.entries(pages)) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await measureLayoutShift(browser, `${origin}${path}`));
    const tall = await measureLayoutShift(browser, `${origin}${path}`, { viewport: PAGE_TALL });
    const cls = all.map((r) => r.cls).sort((a, b) => a - b);
    const sourcesOf = (rs) => [...new Set(rs.flatMap((r) => r.shifts.flatMap((s) => s.sources)))].slice(0, 12);
    out[name] = {
      url: path,
      median: median(cls),
      max: cls.at(-1),
      runs: all.map((r) => ({ cls: r.cls, fcp: r.fcp, scriptEnd: r.scriptEnd, shifts: r.shifts.length })),
      sources: sourcesOf(all),
      wholePage: {
        shifts: tall.shifts.length,
        total: tall.shifts.reduce((sum, e) => sum + e.value, 0),
        sources: sourcesOf([tall]),
      },
      scriptAfterPaint: [...all, tall].every((r) => r.scriptAfterPaint),
      errors: [...new Set([...all, tall].flatMap((r) => r.errors))],
    };
    log(
      `  layout shift ${name}: CLS ${cls.map((c) => c.toFixed(3)).join(', ')}; whole page: ${tall.shifts.length} shift(s)${out[name].scriptAfterPaint ? '' : ' (the script ran before the first paint in some run)'}`,
    );
  }
  return out;
}
