// Every story is a test. Builds Storybook (or takes a built directory), serves it on 127.0.0.1,
// and opens each story and docs page of index.json in headless Chromium. For each story, after its
// play function: an ipt-* element is defined and has rendered text in its shadow root, no console or
// page error, no play-function or render error, axe-core (WCAG 2.0-2.2 A/AA tags, through shadow
// DOM) finds nothing, and no request went anywhere but 127.0.0.1. Docs pages get the error and
// network checks. One browser, a fresh incognito context per entry, two pages at a time.
//
//   node scripts/test-stories.mjs                    build, then test everything
//   node scripts/test-stories.mjs storybook-static   test an existing build
//   node scripts/test-stories.mjs --grep quiz        only entries whose id contains "quiz"
//
// CHROME_PATH picks the browser (default /usr/bin/chromium); STORIES_CONCURRENCY the page count (max 2).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveStatic } from './stories-server.mjs';
import { PAGE_CHROMIUM_FLAGS } from './browsers.mjs';

const started = Date.now();
const argv = process.argv.slice(2);
const grepAt = argv.indexOf('--grep');
const grep = grepAt >= 0 ? argv.splice(grepAt, 2)[1] : undefined;
const root = resolve(process.cwd());

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORY_TIMEOUT = 30_000;
const CONCURRENCY = Math.max(1, Math.min(2, Number(process.env.STORIES_CONCURRENCY) || 2));
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const AXE = resolve(root, 'node_modules/axe-core/axe.min.js');

// ---- build -------------------------------------------------------------------------------------

let buildDir = argv[0];
if (!buildDir) {
  buildDir = 'storybook-static';
  console.log('▶ npm run build-storybook');
  const build = spawnSync('npm', ['run', 'build-storybook', '--', '--output-dir', buildDir], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('✖ the Storybook build failed.');
    process.exit(1);
  }
}
buildDir = resolve(root, buildDir);
if (!existsSync(resolve(buildDir, 'index.json'))) {
  console.error(`✖ ${buildDir}/index.json not found: pass a Storybook build directory, or no argument to build one.`);
  process.exit(1);
}
if (!existsSync(CHROME)) {
  console.error(`✖ no browser at ${CHROME}. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const index = JSON.parse(readFileSync(resolve(buildDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.type === 'docs')
  .filter((entry) => !grep || entry.id.includes(grep))
  // Stories first (the real tests), then docs pages (errors and network only).
  .sort((a, b) => (a.type === b.type ? 0 : a.type === 'story' ? -1 : 1));

// ---- per entry ---------------------------------------------------------------------------------

/**
 * Installed before Storybook loads: records the preview channel's events, so the runner knows when
 * a story finished (after its play function) and whether anything threw.
 */
function recordChannel() {
  const names = [
    'storyRenderPhaseChanged',
    'storyRendered',
    'storyFinished',
    'storyErrored',
    'storyThrewException',
    'storyMissing',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
    'docsRendered',
  ];
  const events = [];
  Object.defineProperty(window, '__iptStoryEvents', { value: events });
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of names) {
        value?.on?.(name, (...args) => {
          let detail;
          try {
            detail = JSON.parse(JSON.stringify(args));
          } catch {
            detail = String(args);
          }
          events.push({ name, detail });
        });
      }
    },
  });
}

/** In the page, after the story finished: what rendered inside the story root. */
function inspectRoot() {
  const rootEl = document.querySelector('#storybook-root');
  const widgets = [...(rootEl?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('ipt-'));
  return {
    undefinedTags: [...new Set(widgets.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))],
    rendered: widgets
      .filter((el) => customElements.get(el.localName) && (el.shadowRoot?.textContent ?? '').trim().length > 0)
      .map((el) => el.localName),
    errorShown: document.body.classList.contains('sb-show-errordisplay'),
    errorText: document.querySelector('#error-message')?.textContent?.trim().slice(0, 300) ?? '',
  };
}

async function runAxe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(
      { include: [['#storybook-root']] },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
      summary: v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '',
      count: v.nodes.length,
    }));
  }, WCAG_TAGS);
}

const until = (page, predicate, timeout, ...args) => page.waitForFunction(predicate, { timeout, polling: 50 }, ...args);

async function testEntry(browser, origin, entry) {
  const t0 = Date.now();
  const failures = [];
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    await page.evaluateOnNewDocument(recordChannel);
    await page.setRequestInterception(true);
    const offsite = new Set();
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
        request.continue();
      } else {
        offsite.add(url.slice(0, 200));
        request.abort('blockedbyclient');
      }
    });
    page.on('response', (response) => {
      const url = response.url();
      if (url.startsWith(`${origin}/`) && response.status() >= 400) failures.push(`HTTP ${response.status()} for ${url.slice(origin.length)}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console error: ${message.text().slice(0, 400)}`);
    });
    page.on('pageerror', (error) => failures.push(`page error: ${String(error?.message ?? error).slice(0, 400)}`));

    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    // `a11y.manual` stops the a11y addon's own axe run: this runner runs axe itself, once.
    const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });

    const doneEvents =
      viewMode === 'docs'
        ? ['docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing']
        : ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing'];
    try {
      await until(page, (names) => window.__iptStoryEvents.some((e) => names.includes(e.name)), STORY_TIMEOUT, doneEvents);
    } catch {
      failures.push(`did not finish within ${STORY_TIMEOUT / 1000}s`);
    }
    const events = await page.evaluate(() => window.__iptStoryEvents);
    for (const event of events) {
      if (['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying'].includes(event.name)) {
        const detail = event.detail?.[0];
        const text = detail?.message ?? detail?.description ?? detail?.title ?? JSON.stringify(detail ?? '');
        failures.push(`${event.name}: ${String(text).slice(0, 500)}`);
      }
      if (event.name === 'storyFinished' && event.detail?.[0]?.status === 'error') failures.push('story finished with status "error"');
    }

    if (viewMode === 'story') {
      const state = await page.evaluate(inspectRoot);
      if (state.errorShown) failures.push(`Storybook shows an error: ${state.errorText}`);
      if (state.undefinedTags.length) failures.push(`not defined: ${state.undefinedTags.join(', ')}`);
      if (!state.rendered.some((tag) => tag !== 'ipt-provider')) failures.push('no ipt-* element rendered text in its shadow root');
      const violations = await runAxe(page);
      for (const v of violations) {
        failures.push(`axe ${v.id} (${v.impact}, ${v.count}x): ${v.help} at ${v.targets.join(' ')}: ${v.summary}`);
      }
    } else {
      // Docs pages render stories inline: give their widgets a moment, then re-check the network.
      await new Promise((r) => setTimeout(r, 300));
    }
    for (const url of offsite) failures.push(`request off 127.0.0.1: ${url}`);
  } catch (error) {
    failures.push(`runner: ${error?.message ?? error}`);
  } finally {
    await context.close().catch(() => {});
  }
  return { entry, failures: [...new Set(failures)], ms: Date.now() - t0 };
}

// ---- run ---------------------------------------------------------------------------------------

const server = await serveStatic(buildDir);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: PAGE_CHROMIUM_FLAGS,
});

console.log(`▶ ${entries.length} entries (${entries.filter((e) => e.type === 'story').length} stories) from ${buildDir}, ${CONCURRENCY} at a time`);
const results = [];
let next = 0;
async function worker() {
  while (next < entries.length) {
    const entry = entries[next++];
    const result = await testEntry(browser, origin, entry);
    results.push(result);
    const mark = result.failures.length ? '✖' : '✔';
    const kind = entry.type === 'docs' ? 'docs ' : 'story';
    console.log(`${mark} ${kind} ${entry.id} (${(result.ms / 1000).toFixed(1)}s)`);
    for (const failure of result.failures) console.log(`    - ${failure}`);
  }
}
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((r) => r.failures.length);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\n${failed.length ? '✖' : '✔'} ${results.length - failed.length} of ${results.length} passed ` +
    `(${results.filter((r) => r.entry.type === 'story').length} stories, ${results.filter((r) => r.entry.type === 'docs').length} docs pages) in ${seconds}s`,
);
for (const r of failed) console.log(`  ✖ ${r.entry.id}: ${r.failures.length} problem(s)`);
process.exit(failed.length || results.length === 0 ? 1 : 0);
