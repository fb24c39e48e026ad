// `npm run test:wordpress`: the WordPress plugin in a real WordPress (Debian's), end to end.
// Installs wordpress, php and mariadb-server from apt when missing (as root; otherwise says how),
// starts MariaDB and `php -S` on 127.0.0.1, installs WordPress with fixed users, then in Chromium:
// the admin uploads dist/wordpress/ipt-widgets.zip, activates it and sets site-wide defaults; an
// Author (no unfiltered_html) adds every block through the editor's inserter, changes its controls,
// checks the live preview and publishes; the published page must show every widget upgraded, with
// crisis help, no console error and no request beyond 127.0.0.1. Hostile values saved by the Author
// must be left out with warnings; the page must read without JavaScript; uninstalling removes the
// option. Everything started is stopped by its process id, also on failure or Ctrl-C.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { ensurePackages, freePort, startWordPress, stopWordPress } from '../integrations/wordpress/test/wordpress.mjs';
import {
  chooseInSidebar,
  clickByText,
  insertBlock,
  launchChromium,
  logIn,
  openNewPost,
  publish,
  typeTitle,
  watch,
  widgetsOn,
} from '../integrations/wordpress/test/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ZIP = join(ROOT, 'dist/wordpress/ipt-widgets.zip');
const ADMIN = { login: 'admin', password: 'ipt-admin-password-1' };
const AUTHOR = { login: 'author', password: 'ipt-author-password-1', role: 'author' };
const started = Date.now();
let site;
let browser;
let failed = 0;

/** IPT_WP_DUMP=folder keeps the HTML of each page the visitor sees, for reading the markup. */
async function dump(page, name) {
  if (!process.env.IPT_WP_DUMP) return;
  mkdirSync(process.env.IPT_WP_DUMP, { recursive: true });
  writeFileSync(join(process.env.IPT_WP_DUMP, `${name}.html`), await page.content());
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function assert(condition, message, detail) {
  if (!condition) throw new Error(detail === undefined ? message : `${message}\n${JSON.stringify(detail, null, 2)}`);
}
async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    console.log(`  ✔ ${name} (${seconds(Date.now() - t)})`);
  } catch (error) {
    failed++;
    if (interrupted) throw error; // stopped by a signal: nothing to report about the step
    console.error(`  ✖ ${name}\n${String(error?.stack ?? error).replace(/^/gm, '      ')}`);
    await screenshots();
    throw error;
  }
}

/** On failure: a screenshot of every open page, for whoever reads the log. */
async function screenshots() {
  if (!browser) return;
  const dir = join(ROOT, 'dist/wordpress/test-failure');
  mkdirSync(dir, { recursive: true });
  const pages = (await Promise.all(browser.browserContexts().map((context) => context.pages()))).flat();
  for (const [index, page] of pages.entries()) {
    const file = join(dir, `page-${index}.png`);
    await page.screenshot({ path: file, fullPage: false }).catch(() => {});
    console.error(`      screenshot: ${file} (${page.url()})`);
  }
}

let cleaning;
let interrupted = false;
/** Closes Chromium and stops what startWordPress started; safe to call twice (a signal during the run). */
function cleanUp() {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    if (site) await stopWordPress(site).catch((error) => console.error(`[wordpress-test] clean-up: ${error.message}`));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    interrupted = true;
    console.error(`\n[wordpress-test] ${signal}: stopping WordPress and MariaDB.`);
    await cleanUp();
    process.exit(130);
  });
}

try {
  console.log('▶ WordPress plugin in a real WordPress');
  await step(
    'tools: wordpress, php, mariadb-server and Chromium present (installed from apt when missing)',
    async () => {
      ensurePackages();
      const narrowed = process.env.IPT_BROWSERS;
      process.env.IPT_BROWSERS = 'chromium';
      ensureBrowsers();
      if (narrowed === undefined) delete process.env.IPT_BROWSERS;
      else process.env.IPT_BROWSERS = narrowed;
    },
  );

  let files;
  await step('package: the zip holds one ipt-widgets/ folder, a WordPress readme and php -l clean PHP', async () => {
    if (!existsSync(ZIP)) {
      assert(existsSync(join(ROOT, 'dist/cdn/ipt-widgets.js')), 'dist/ is not built: run `npm run build` first');
      const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-wordpress.mjs')], { stdio: 'inherit' });
      assert(build.status === 0, 'scripts/build-wordpress.mjs failed');
    }
    files = unzipSync(readFileSync(ZIP));
    const names = Object.keys(files).filter((name) => !name.endsWith('/'));
    assert(
      names.every((name) => name.startsWith('ipt-widgets/')),
      'every file sits in ipt-widgets/',
      names.filter((n) => !n.startsWith('ipt-widgets/')),
    );
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    const text = (name) => new TextDecoder().decode(files[`ipt-widgets/${name}`]);
    for (const needed of [
      'ipt-widgets.php',
      'uninstall.php',
      'readme.txt',
      'generated/widgets.php',
      'assets/editor.js',
      'assets/cdn/ipt-widgets.js',
    ]) {
      assert(files[`ipt-widgets/${needed}`], `the zip has ${needed}`);
    }
    const readme = text('readme.txt');
    for (const line of [
      '=== IPT Widgets ===',
      'Requires at least: 6.1',
      'Tested up to: ',
      `Stable tag: ${version}`,
      'Requires PHP: ',
      '== Changelog ==',
      '== Privacy ==',
      `= ${version} =`,
    ]) {
      assert(readme.includes(line), `readme.txt has "${line}"`);
    }
    const header = text('ipt-widgets.php');
    for (const line of [
      'Plugin Name:',
      `Version:           ${version}`,
      'Requires at least: 6.1',
      'Text Domain:       ipt-widgets',
    ])
      assert(header.includes(line), `ipt-widgets.php has "${line}"`);
    // php -l on every PHP file exactly as shipped.
    const lintDir = mkdtempSync(join(tmpdir(), 'ipt-wordpress-lint-'));
    try {
      const php = names.filter((name) => name.endsWith('.php'));
      for (const name of php) {
        mkdirSync(dirname(join(lintDir, name)), { recursive: true });
        writeFileSync(join(lintDir, name), files[name]);
        const lint = spawnSync('php', ['-l', join(lintDir, name)], { encoding: 'utf8' });
        assert(lint.status === 0, `php -l ${name}`, lint.stdout + lint.stderr);
      }
      for (const name of ['wp-helper.php', 'router.php']) {
        const lint = spawnSync('php', ['-l', join(ROOT, 'integrations/wordpress/test', name)], { encoding: 'utf8' });
        assert(lint.status === 0, `php -l integrations/wordpress/test/${name}`, lint.stdout + lint.stderr);
      }
      console.log(`    ${php.length} PHP files lint clean; ${names.length} files in the zip`);
    } finally {
      rmSync(lintDir, { recursive: true, force: true });
    }
  });

  await step(
    'WordPress: MariaDB and php -S started on 127.0.0.1, WordPress installed with an admin and an Author',
    async () => {
      const port = await freePort(Number(process.env.IPT_WP_PORT ?? 8790));
      const dbPort = await freePort(Number(process.env.IPT_WP_DB_PORT ?? 33790));
      await startWordPress({ port, dbPort, admin: ADMIN, users: [AUTHOR], onSite: (started) => (site = started) });
      const { wordpress, php, database } = site.versions;
      console.log(`    WordPress ${wordpress}, PHP ${php}, MariaDB ${database} at ${site.url}`);
      assert(site.users.author.unfiltered_html === false, 'the Author may not post unfiltered HTML');
    },
  );

  browser = await launchChromium();
  console.log(`    Chromium ${(await browser.version()).replace(/^HeadlessChrome\//, '')}`);
  const adminContext = await browser.createBrowserContext();
  const admin = await adminContext.newPage();

  await step('admin uploads the zip (Plugins › Add New › Upload) and activates it', async () => {
    await logIn(admin, site, ADMIN.login, ADMIN.password, '/wp-admin/plugin-install.php?tab=upload');
    const input = await admin.waitForSelector('input#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 60_000 }),
      admin.click('#install-plugin-submit'),
    ]);
    const installed = await admin.evaluate(() => document.body.innerText);
    assert(
      /Plugin installed successfully/.test(installed),
      'WordPress installed the uploaded plugin',
      installed.slice(0, 1500),
    );
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      clickByText(admin, '.wrap', 'Activate Plugin', 'a'),
    ]);
    const active = await admin.$eval('tr[data-slug="ipt-widgets"]', (row) => row.classList.contains('active'));
    assert(active, 'IPT Widgets is active on the Plugins screen');
  });

  await step(
    'admin sets site-wide defaults on Settings › IPT widgets; a value outside the allowlist is refused',
    async () => {
      await admin.goto(`${site.url}/wp-admin/options-general.php?page=ipt-widgets`, { waitUntil: 'domcontentloaded' });
      await admin.select('#ipt_widgets_region', 'uk');
      await admin.select('#ipt_widgets_color_scheme', 'light');
      await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.click('#submit')]);
      assert(await admin.$('#setting-error-settings_updated'), 'WordPress says the settings were saved');
      assert((await admin.$eval('#ipt_widgets_region', (s) => s.value)) === 'uk', 'the region is saved');
      // A value the form never offers (as a forged request would send) is refused with a notice.
      await admin.evaluate(() => {
        const select = document.querySelector('#ipt_widgets_region');
        select.add(new Option('Mars', 'mars'));
        select.value = 'mars';
      });
      await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded' }), admin.click('#submit')]);
      const notice = await admin.evaluate(() => document.querySelector('.notice-error, .error')?.textContent ?? '');
      assert(
        /"mars" is not a region the widgets know/.test(notice),
        'an unknown region is refused with a notice',
        notice,
      );
      assert((await admin.$eval('#ipt_widgets_region', (s) => s.value)) === 'uk', 'the previous region is kept');
      const saved = JSON.parse(site.helper('option', 'ipt_widgets_settings'));
      assert(
        saved.region === 'uk' && saved.color_scheme === 'light' && saved.prerender === true,
        'the option holds the defaults',
        saved,
      );
    },
  );

  const authorContext = await browser.createBrowserContext();
  const author = await authorContext.newPage();
  const editorWatch = watch(author);
  const BLOCKS = [
    { title: 'IPT explainer', name: 'ipt-widgets/explainer', tag: 'ipt-explainer' },
    { title: 'IPT problem area quiz', name: 'ipt-widgets/problem-area-quiz', tag: 'ipt-problem-area-quiz' },
    { title: 'IPT selfcare checklist', name: 'ipt-widgets/selfcare-checklist', tag: 'ipt-selfcare-checklist' },
    { title: 'IPT crisis help', name: 'ipt-widgets/crisis-help', tag: 'ipt-crisis-help' },
  ];
  // A widget added to the manifest (the quick exit, when it lands) gets a block too, and is tested.
  const generated = new TextDecoder().decode(files['ipt-widgets/generated/widgets.php']);
  for (const [, tag] of generated.matchAll(/^\t\t'(ipt-[a-z-]+)' => array\(/gm)) {
    if (!BLOCKS.some((block) => block.tag === tag)) {
      const slug = tag.replace(/^ipt-/, '');
      BLOCKS.push({ title: `IPT ${slug.replace(/-/g, ' ')}`, name: `ipt-widgets/${slug}`, tag });
    }
  }
  const TAGS = BLOCKS.map((block) => block.tag);
  /** The widgets that show crisis lines themselves (every content widget, and crisis help). */
  const WITH_CRISIS_BOX = ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help'];

  await step('the Author cannot open the settings page', async () => {
    await logIn(author, site, AUTHOR.login, AUTHOR.password, '/wp-admin/');
    const response = await author.goto(`${site.url}/wp-admin/options-general.php?page=ipt-widgets`, {
      waitUntil: 'domcontentloaded',
    });
    const text = await author.evaluate(() => document.body.innerText);
    assert(response.status() === 403 || /not allowed/i.test(text), 'WordPress refuses the Author', text.slice(0, 500));
    assert(!(await author.$('#ipt_widgets_region')), 'no settings form for the Author');
  });

  let postUrl;
  await step(
    `the Author adds ${BLOCKS.length} blocks through the inserter, sets controls, sees the live preview, publishes`,
    async () => {
      await openNewPost(author, site);
      await typeTitle(author, 'IPT widgets');
      for (const block of BLOCKS) {
        await insertBlock(author, block.title, block.name);
        if (block.tag === 'ipt-quick-exit') {
          // Never live in the editor (its Shift shortcut would leave the editor): a placeholder line.
          const placeholder = `.editor-styles-wrapper [data-type="${block.name}"] .ipt-widgets-quick-exit-placeholder`;
          await author.waitForSelector(placeholder, { timeout: 30_000 });
          assert(!(await author.$(`.editor-styles-wrapper [data-type="${block.name}"] ipt-quick-exit`)), 'no live quick exit in the editor');
          continue;
        }
        const selector = `.editor-styles-wrapper [data-type="${block.name}"] ${block.tag}`;
        await author.waitForFunction(
          (s) => document.querySelector(s)?.shadowRoot?.childElementCount > 0,
          { timeout: 30_000 },
          selector,
        );
        if (block.tag === 'ipt-explainer') {
          await chooseInSidebar(author, 'Heading level', '3');
          await chooseInSidebar(author, 'Region', 'us');
          await author.waitForFunction(
            (s) => {
              const element = document.querySelector(s);
              return (
                element?.getAttribute('heading-level') === '3' &&
                element.getAttribute('region') === 'us' &&
                element.shadowRoot.querySelector('h3')
              );
            },
            { timeout: 20_000 },
            selector,
          );
        }
        if (block.tag === 'ipt-crisis-help') {
          await chooseInSidebar(author, 'Region', 'au');
          await author.waitForFunction(
            (s) => document.querySelector(s)?.shadowRoot?.querySelector('a[href="tel:131114"]'),
            { timeout: 20_000 },
            selector,
          );
        }
      }
      // The preview sits inside <ipt-provider> with the site's defaults, as on the page.
      const preview = await author.$eval(
        `.editor-styles-wrapper [data-type="ipt-widgets/selfcare-checklist"] ipt-provider`,
        (p) => p.getAttribute('region'),
      );
      assert(preview === 'uk', 'the editor preview uses the site-wide region', preview);
      postUrl = await publish(author);
      assert(postUrl?.startsWith(site.url), 'the post has an address on the site', postUrl);
      const saved = await author.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
      for (const block of BLOCKS)
        assert(saved.includes(`<!-- wp:${block.name}`), `the post holds ${block.name}`, saved);
      assert(
        saved.includes('<p class="ipt-widgets-fallback">Turn on JavaScript to see the IPT explainer.</p>'),
        'the saved markup keeps the fallback line',
        saved,
      );
    },
  );

  let hostileUrl;
  await step('the Author saves hostile and unknown values (REST, as the code editor would)', async () => {
    const content = [
      '<!-- wp:ipt-widgets/explainer {"region":"us\\u0022 onmouseover=\\u0022alert(1)","layout":"sideways","headingLevel":"9","sections":"what, bogus, process","explainerHref":"javascript:alert(1)","fallbackText":"\\u003cb\\u003eRead\\u003c/b\\u003e about IPT","fallbackHref":"javascript:alert(2)"} /-->',
      '<!-- wp:shortcode -->\n[ipt_crisis_help region="ie" heading_level="3"]\n<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->\n[ipt_problem_area_quiz explainer-href="javascript:alert(1)" persist="session" share-results storage-key="a:b" onload="alert(1)"]Our IPT page[/ipt_problem_area_quiz]\n<!-- /wp:shortcode -->',
      // A link the widget accepts (relative) that carries quotes: it must stay one attribute.
      '<!-- wp:ipt-widgets/problem-area-quiz {"explainerHref":"/ipt?q=\\u0022x\\u0022 onmouseover=\\u0022alert(1)\\u0022","headingLevel":" 4 "} /-->',
      // Entity-encoded schemes: as typed they look relative, so they must reach the page as typed
      // (double-encoded), never decoded by the browser into javascript:.
      '<!-- wp:ipt-widgets/crisis-help {"fallbackHref":"javascript\u0026#58;alert(3)"} /-->',
      '<!-- wp:shortcode -->\n[ipt_problem_area_quiz explainer-href="javascript&#x3A;alert(4)"]\n<!-- /wp:shortcode -->',
    ].join('\n\n');
    const post = await author.evaluate(
      (body) =>
        window.wp.apiFetch({
          path: '/wp/v2/posts',
          method: 'POST',
          data: { title: 'Hostile values', content: body, status: 'publish' },
        }),
      content,
    );
    hostileUrl = post.link;
    assert(post.status === 'publish' && hostileUrl, 'the Author published it', post);
  });

  const visitor = await (await browser.createBrowserContext()).newPage();
  const pageWatch = watch(visitor);

  await step(
    'the published page shows every widget upgraded, with crisis help, saves notes, no console error, nothing fetched from elsewhere',
    async () => {
      await visitor.goto(postUrl, { waitUntil: 'networkidle0' });
      await dump(visitor, 'published');
      await visitor.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 30_000 }, TAGS);
      const widgets = await widgetsOn(visitor, TAGS);
      assert(widgets.length === BLOCKS.length, `${BLOCKS.length} widgets on the page`, widgets);
      for (const widget of widgets) {
        assert(widget.defined && widget.rendered, `<${widget.tag}> upgraded and rendered`, widget);
        if (WITH_CRISIS_BOX.includes(widget.tag))
          assert(
            widget.crisisLinks.some((href) => href.startsWith('tel:')),
            `<${widget.tag}> shows crisis lines with call links`,
            widget,
          );
        assert(!widget.fallbackVisible, `<${widget.tag}> hides its fallback line once upgraded`, widget);
        assert(
          widget.provider?.region === 'uk' && widget.provider['color-scheme'] === 'light',
          `<${widget.tag}> gets the site defaults through <ipt-provider>`,
          widget,
        );
      }
      const byTag = Object.fromEntries(widgets.map((widget) => [widget.tag, widget]));
      assert(
        byTag['ipt-explainer'].attributes['heading-level'] === '3' && byTag['ipt-explainer'].attributes.region === 'us',
        'the explainer keeps its block settings',
        byTag['ipt-explainer'],
      );
      assert(
        byTag['ipt-explainer'].headings[0] === 'h3',
        'the explainer starts at h3',
        byTag['ipt-explainer'].headings,
      );
      assert(
        byTag['ipt-crisis-help'].crisisLinks.includes('tel:131114'),
        'crisis help shows Australian lines (its own region)',
        byTag['ipt-crisis-help'],
      );
      assert(
        byTag['ipt-selfcare-checklist'].crisisLinks.includes('tel:116123'),
        'the checklist shows UK lines (the site default)',
        byTag['ipt-selfcare-checklist'],
      );
      const scripts = await visitor.$$eval('script[type="module"]', (list) => list.map((s) => s.getAttribute('src')));
      assert(
        scripts.length === 1 &&
          /\/wp-content\/plugins\/ipt-widgets\/assets\/cdn\/ipt-widgets\.js\?ver=/.test(scripts[0]),
        'one module script, from the plugin folder',
        scripts,
      );
      // The notes' code loads from chunks/ beside the script, though WordPress versions only the script (?ver=).
      const notes = await visitor.evaluate(async () => {
        const saved = [];
        HTMLAnchorElement.prototype.click = function () {
          saved.push(this.download);
        };
        document.querySelector('ipt-selfcare-checklist').shadowRoot.querySelector('button.notes-save').click();
        for (let i = 0; i < 100 && !saved.length; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        const chunks = performance.getEntriesByType('resource').map((entry) => new URL(entry.name)).filter((url) => url.pathname.includes('/chunks/'));
        return { saved, chunks: chunks.map((url) => url.pathname + url.search) };
      });
      assert(
        notes.saved.length === 1 &&
          /^appointment-notes-/.test(notes.saved[0]) &&
          notes.chunks.length === 1 &&
          /^\/wp-content\/plugins\/ipt-widgets\/assets\/cdn\/chunks\/notes\.js\?v=/.test(notes.chunks[0]),
        'the checklist saves notes, their code loaded on the press from the plugin folder',
        notes,
      );
      assert(pageWatch.errors.length === 0, 'no console error', pageWatch.errors);
      assert(pageWatch.outside.length === 0, 'no request beyond 127.0.0.1', pageWatch.outside);
      assert(pageWatch.failed.length === 0, 'no failed request', pageWatch.failed);
    },
  );

  await step('hostile values are left out with the widgets’ warnings; nothing typed becomes HTML', async () => {
    await visitor.goto(hostileUrl, { waitUntil: 'networkidle0' });
    await dump(visitor, 'hostile');
    await visitor.waitForFunction(() => customElements.get('ipt-explainer'), { timeout: 30_000 });
    const found = await visitor.evaluate(() => ({
      handlers: document.querySelectorAll('[onmouseover], [onclick], [onload]').length,
      bold: document.querySelectorAll('.ipt-widgets-fallback b').length,
      // As the browser reads them (entities decoded): links and every attribute of every element.
      javascriptLinks:
        [...document.querySelectorAll('a')].filter((a) => a.protocol === 'javascript:').length +
        [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((at) => /^\s*javascript\s*:/i.test(at.value))).length,
      fallback: document.querySelector('ipt-explainer .ipt-widgets-fallback')?.outerHTML,
    }));
    assert(
      found.handlers === 0 && found.bold === 0 && found.javascriptLinks === 0,
      'no handler attribute, no author HTML, no javascript: link',
      found,
    );
    assert(
      found.fallback === '<p class="ipt-widgets-fallback">Read about IPT</p>',
      'the fallback line is the text alone',
      found,
    );
    // The first widget of each tag (the entity-encoded cases come last and are checked above).
    const widgets = Object.fromEntries(
      (await widgetsOn(visitor, TAGS)).reverse().map((widget) => [widget.tag, widget.attributes]),
    );
    assert(
      JSON.stringify(widgets['ipt-explainer']) === JSON.stringify({ sections: 'what process' }),
      'the explainer keeps only its valid sections',
      widgets['ipt-explainer'],
    );
    assert(
      JSON.stringify(widgets['ipt-crisis-help']) === JSON.stringify({ 'heading-level': '3', region: 'ie' }),
      'the shortcode’s own attributes pass (heading_level too)',
      widgets['ipt-crisis-help'],
    );
    const quizzes = (await widgetsOn(visitor, ['ipt-problem-area-quiz'])).map((widget) => widget.attributes);
    assert(
      JSON.stringify(quizzes[0]) === JSON.stringify({ persist: 'session', 'share-results': '' }),
      'the quiz shortcode keeps persist and share-results only',
      quizzes[0],
    );
    assert(
      JSON.stringify(quizzes[1]) ===
        JSON.stringify({ 'explainer-href': '/ipt?q=x%20onmouseover=alert(1)', 'heading-level': '4' }),
      'a relative link with quotes is escaped by esc_url into one attribute; " 4 " is read as 4',
      quizzes[1],
    );
    const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
    for (const warning of [
      '[ipt-widgets] <ipt-explainer> region="us" onmouseover="alert(1)" is not valid; expected one of us, ca, uk, ie, au, eu; left out.',
      '[ipt-widgets] <ipt-explainer> layout="sideways" is not valid; expected one of accordion, expanded; left out.',
      '[ipt-widgets] <ipt-explainer> heading-level="9" is not valid; expected one of 1, 2, 3, 4, 5, 6; left out.',
      '[ipt-widgets] <ipt-explainer> sections="bogus" is not valid; expected ids from: what, how-it-helps, core-concepts, problem-areas, process, evidence, combining, self-care, sources; skipping it.',
      '[ipt-widgets] <ipt-explainer> explainerHref="…" is not an attribute of this widget; it is left out.',
      '[ipt-widgets] <ipt-explainer> fallback link="javascript:alert(2)" is not valid; use an http(s) or relative address; left out.',
      '[ipt-widgets] <ipt-problem-area-quiz> explainer-href="javascript:alert(1)" is not valid; use an http(s) or relative address; left out.',
      '[ipt-widgets] <ipt-problem-area-quiz> storage-key="a:b" is not valid; use up to 64 letters, digits, ".", "_" or "-"; left out.',
      '[ipt-widgets] <ipt-problem-area-quiz> onload="…" is not an attribute of this widget; it is left out.',
    ]) {
      assert(
        log.includes(warning),
        `the PHP log has: ${warning}`,
        log.split('\n').filter((line) => line.includes('[ipt-widgets]')),
      );
    }
    assert(
      pageWatch.errors.length === 0 && pageWatch.outside.length === 0,
      'still no console error and nothing fetched from elsewhere',
      pageWatch,
    );
  });

  await step('the editor names the same problems on the hostile block and previews without them', async () => {
    const id = await visitor.evaluate(() => Number(/postid-(\d+)/.exec(document.body.className)?.[1]));
    await author.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`, { waitUntil: 'domcontentloaded' });
    const notice = await author
      .waitForFunction(
        () =>
          document.querySelector(
            '.editor-styles-wrapper [data-type="ipt-widgets/explainer"] .ipt-widgets-editor-notice',
          )?.textContent,
        { timeout: 30_000 },
      )
      .catch(async (error) => {
        const state = await author.evaluate(() => ({
          blocks: window.wp.data
            .select('core/block-editor')
            .getBlocks()
            .map((block) => [block.name, block.isValid, block.attributes]),
          html: document
            .querySelector('.editor-styles-wrapper [data-type="ipt-widgets/explainer"]')
            ?.outerHTML.slice(0, 600),
        }));
        throw new Error(`${error.message}\n${JSON.stringify(state, null, 2)}`);
      });
    const text = await notice.jsonValue();
    for (const part of [
      'layout="sideways" is not valid; expected one of accordion, expanded; left out.',
      'sections="bogus" is not valid; expected ids from:',
      'fallback link="javascript:alert(2)" is not valid',
    ]) {
      assert(text.includes(part), `the editor notice says: ${part}`, text);
    }
    const preview = await author.$eval(
      '.editor-styles-wrapper [data-type="ipt-widgets/explainer"] ipt-explainer',
      (element) => element.getAttributeNames().sort(),
    );
    assert(
      JSON.stringify(preview) === JSON.stringify(['data-ipt-scheme', 'sections']),
      'the preview gets only the valid attributes',
      preview,
    );
  });

  await step(
    'the editor and the server agree on every attribute for a table of good, odd and hostile values',
    async () => {
      const widgets = await author.evaluate(() => window.iptWidgetsEditor.widgets);
      const odd = [
        '',
        '  ',
        'x',
        'X"><script>alert(1)</script>',
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        '//evil.example/x',
        'https://example.org/ipt',
        'http://',
        '/ipt?q=1',
        'es-MX',
        'fr',
        'a:b',
        'a'.repeat(65),
        'ok.key_1-2',
        'what, bogus',
        'line\nbreak',
        'a\u0000b',
        '\u00a0us',
        'é'.repeat(250),
        3,
        0,
        2.5,
        true,
        false,
        ['us'],
        { region: 'us' },
      ];
      const cases = [];
      for (const widget of widgets) {
        for (const rule of widget.attributes) {
          const values = [
            ...odd,
            ...(rule.values ?? []).flatMap((value) => [value, value.toUpperCase(), ` ${value} `]),
          ];
          for (const value of values) cases.push({ tag: widget.tag, attributes: { [rule.key]: value } });
        }
      }
      const browserSide = await author.evaluate(
        (list) =>
          list.map(({ tag, attributes }) => {
            const widget = window.iptWidgetsEditor.widgets.find((w) => w.tag === tag);
            const { checked, warnings } = window.iptWidgetsEditor.checkBlock(widget, attributes);
            return { checked, warnings };
          }),
        cases,
      );
      const serverSide = JSON.parse(site.helper('check-blocks', cases));
      const differ = cases
        .map((c, i) => ({ case: c, editor: browserSide[i], server: serverSide[i] }))
        .filter((d) => JSON.stringify(d.editor) !== JSON.stringify(d.server));
      assert(
        differ.length === 0,
        `${differ.length} of ${cases.length} cases differ between editor.js and PHP`,
        differ.slice(0, 5),
      );
      console.log(`    ${cases.length} cases, the same verdict and warnings in both`);
    },
  );

  await step(
    'without JavaScript the page still reads: pre-rendered widgets with working call links, fallback lines elsewhere',
    async () => {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(postUrl, { waitUntil: 'load' });
      const state = await page.evaluate(() => ({
        prerendered: [...document.querySelectorAll('noscript > *')].filter((e) => e.shadowRoot).map((e) => e.localName),
        crisis: [
          ...(document.querySelector('noscript > ipt-crisis-help')?.shadowRoot?.querySelectorAll('a[href^="tel:"]') ??
            []),
        ].map((a) => a.getAttribute('href')),
        visibleFallbacks: [...document.querySelectorAll('.ipt-widgets-fallback')]
          .filter((p) => p.getClientRects().length > 0)
          .map((p) => p.textContent),
      }));
      assert(
        ['ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help'].every((tag) =>
          state.prerendered.includes(tag),
        ),
        'the default-heading widgets are pre-rendered',
        state,
      );
      assert(state.crisis.includes('tel:131114'), 'crisis help has its call links without JavaScript', state);
      assert(
        JSON.stringify(state.visibleFallbacks) === JSON.stringify(['Turn on JavaScript to see the IPT explainer.']),
        'only the explainer (heading level 3, not pre-rendered) shows its fallback line',
        state,
      );
      await page.close();
    },
  );

  await step('a page without a widget loads no widget script', async () => {
    await visitor.goto(`${site.url}/?p=1`, { waitUntil: 'load' });
    const scripts = await visitor.$$eval('script[src]', (list) =>
      list.map((s) => s.getAttribute('src')).filter((src) => src.includes('ipt-widgets')),
    );
    assert(scripts.length === 0, 'no ipt-widgets script on the Hello world post', scripts);
  });

  await step('no PHP warning, notice or error from the plugin; no console error in the editor from it', async () => {
    const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
    const ours = log
      .split('\n')
      .filter(
        (line) => /PHP (Warning|Notice|Deprecated|Fatal|Parse)/.test(line) && line.includes('plugins/ipt-widgets/'),
      );
    assert(ours.length === 0, 'PHP log lines from the plugin', ours);
    if (editorWatch.errors.length)
      console.log(`    editor console errors (WordPress's own): ${JSON.stringify(editorWatch.errors).slice(0, 600)}`);
    if (editorWatch.outside.length)
      console.log(
        `    requests beyond the site from the editor (WordPress's own): ${JSON.stringify([...new Set(editorWatch.outside)]).slice(0, 600)}`,
      );
    const editorErrors = editorWatch.errors.filter((text) => /ipt/i.test(text));
    assert(editorErrors.length === 0, 'editor console errors that name ipt', editorErrors);
  });

  await step('admin deactivates and deletes the plugin: uninstall.php removes its option', async () => {
    await admin.goto(`${site.url}/wp-admin/plugins.php`, { waitUntil: 'domcontentloaded' });
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      admin.click('tr[data-slug="ipt-widgets"] .deactivate a'),
    ]);
    admin.once('dialog', (dialog) => dialog.accept());
    await admin.click('tr[data-slug="ipt-widgets"] .delete a');
    await admin.waitForFunction(
      () =>
        !document.querySelector('tr[data-slug="ipt-widgets"]') ||
        /deleted/i.test(document.querySelector('tr[data-slug="ipt-widgets"]')?.textContent ?? ''),
      { timeout: 30_000 },
    );
    assert(JSON.parse(site.helper('option', 'ipt_widgets_settings')) === '__missing__', 'the option is gone');
    assert(!existsSync(join(site.root, 'wp-content/plugins/ipt-widgets')), 'the plugin folder is gone');
  });
} catch (error) {
  // A failing step has said what failed; anything else is said here.
  if (!failed) {
    failed++;
    console.error(String(error?.stack ?? error));
  }
} finally {
  const versions = site?.versions;
  await cleanUp();
  const time = seconds(Date.now() - started);
  if (failed) {
    console.error(`\n✖ WordPress plugin test failed after ${time}.`);
    process.exitCode = 1;
  } else {
    console.log(
      `\n✔ WordPress plugin test passed in ${time} (WordPress ${versions?.wordpress}, PHP ${versions?.php}, MariaDB ${versions?.database}).`,
    );
  }
}
