// Chromium steps for the WordPress test: logging in, the block editor's own inserter and sidebar,
// publishing, and a watch on every page for console errors and requests that leave the site.
// Selectors are WordPress 6.1's (the version Debian ships); newer versions keep most of them.
import puppeteer from 'puppeteer-core';
import { PAGE_CHROMIUM_FLAGS } from '../../../scripts/browsers.mjs';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: PAGE_CHROMIUM_FLAGS,
    defaultViewport: { width: 1400, height: 1000 },
    // The test's own signal handlers close Chromium and stop WordPress and MariaDB; puppeteer's
    // would exit the process first and leave those running.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/**
 * Records what a page does that the test forbids: console errors, uncaught exceptions, requests to
 * any host but 127.0.0.1, and failed requests to the site.
 */
export function watch(page) {
  const seen = { errors: [], warnings: [], outside: [], failed: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
    if (message.type() === 'warn' || message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('request', (request) => {
    const address = request.url();
    if (/^(data|blob|about):/.test(address)) return;
    if (new URL(address).hostname !== '127.0.0.1') seen.outside.push(address);
  });
  page.on('requestfailed', (request) => seen.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).hostname === '127.0.0.1')
      seen.failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return seen;
}

export async function logIn(page, site, login, password, redirect = '/wp-admin/') {
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(site.url + redirect)}`, {
    waitUntil: 'load',
  });
  // wp-login.php focuses and selects the user name field 200 ms after load, which can swallow what
  // was typed before it on a busy machine: wait for it, and check what the fields hold.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login', { timeout: 10_000 }).catch(() => {});
  for (let attempt = 1; ; attempt++) {
    for (const [selector, text] of [
      ['#user_login', login],
      ['#user_pass', password],
    ]) {
      await page.$eval(selector, (input) => (input.value = ''));
      await page.type(selector, text);
    }
    const typed = await page.evaluate(() => [
      document.querySelector('#user_login').value,
      document.querySelector('#user_pass').value,
    ]);
    if (typed[0] === login && typed[1] === password) break;
    if (attempt >= 3) throw new Error(`could not type the credentials of ${login}`);
  }
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  if (page.url().includes('wp-login.php')) throw new Error(`could not log in as ${login}`);
}

/**
 * Clicks the first button (or link) in `scope` whose visible text is `text`. Lists such as the
 * inserter's results re-render while they settle, so a click on a node that just left is retried.
 */
export async function clickByText(page, scope, text, tags = 'button, a') {
  for (let attempt = 1; ; attempt++) {
    const handle = await page.waitForFunction(
      (scopeSelector, label, selector) =>
        [...document.querySelectorAll(`${scopeSelector} :is(${selector})`)].find(
          (element) => element.textContent.trim() === label && element.getClientRects().length > 0,
        ),
      { timeout: 20_000 },
      scope,
      text,
      tags,
    );
    try {
      await handle.asElement().click();
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Opens a new post in the block editor, closing the welcome guide as a person would. */
export async function openNewPost(page, site) {
  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), { timeout: 60_000 });
  await page.waitForSelector('.editor-post-title__input', { timeout: 60_000 });
  const guide = await page.waitForSelector('.edit-post-welcome-guide', { timeout: 5000 }).catch(() => null);
  if (guide) {
    await page.keyboard.press('Escape');
    await page.waitForSelector('.edit-post-welcome-guide', { hidden: true });
  }
  // The block sidebar holds the widget controls; open it if this user has it closed.
  if (!(await page.evaluate(() => window.wp.data.select('core/edit-post').isEditorSidebarOpened()))) {
    await page.click('.interface-pinned-items button[aria-label="Settings"]');
  }
}

export async function typeTitle(page, title) {
  await page.click('.editor-post-title__input');
  await page.keyboard.type(title);
}

/** Adds a block through the inserter: the "+" toggle, a search, a click on the result. */
export async function insertBlock(page, title, blockName) {
  const before = await page.$$eval(`.editor-styles-wrapper [data-type="${blockName}"]`, (blocks) => blocks.length);
  if (!(await page.$('.edit-post-editor__inserter-panel')))
    await page.click('button.edit-post-header-toolbar__inserter-toggle');
  const search = await page.waitForSelector('.edit-post-editor__inserter-panel .block-editor-inserter__search input');
  await search.click({ clickCount: 3 });
  await page.keyboard.press('Backspace');
  await search.type(title);
  await clickByText(page, '.edit-post-editor__inserter-panel', title, '.block-editor-block-types-list__item');
  await page.waitForFunction(
    (name, count) => document.querySelectorAll(`.editor-styles-wrapper [data-type="${name}"]`).length === count + 1,
    { timeout: 20_000 },
    blockName,
    before,
  );
  // Close the inserter so the block sidebar shows the new block's controls.
  if (await page.$('.edit-post-editor__inserter-panel'))
    await page.click('button.edit-post-header-toolbar__inserter-toggle');
}

/** Opens the settings sidebar (the gear) on its Block tab, as a person would. */
async function openBlockSettings(page) {
  if (!(await page.evaluate(() => window.wp.data.select('core/edit-post').isEditorSidebarOpened()))) {
    await page.click('.interface-pinned-items button[aria-label="Settings"]');
  }
  const tab = await page.waitForSelector('.edit-post-sidebar__panel-tab[data-label="Block"]');
  if (!(await tab.evaluate((button) => button.classList.contains('is-active')))) await tab.click();
  await page.waitForSelector('.block-editor-block-inspector');
}

/** Chooses `value` in the block sidebar's select labelled `label`. */
export async function chooseInSidebar(page, label, value) {
  await openBlockSettings(page);
  const id = await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent.trim() === text)
        ?.htmlFor,
    { timeout: 20_000 },
    label,
  );
  await page.select(`[id="${await id.jsonValue()}"]`, value);
}

/** Publishes through the editor's Publish button and its pre-publish panel; returns the post's address. */
export async function publish(page) {
  await page.click('.editor-post-publish-panel__toggle');
  await page.waitForSelector('.editor-post-publish-panel__header-publish-button button:not([aria-disabled="true"])');
  await page.click('.editor-post-publish-panel__header-publish-button button');
  await page.waitForSelector('.post-publish-panel__postpublish', { timeout: 60_000 });
  return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
}

/**
 * The widgets a page shows (outside <noscript>): for each, whether it upgraded, its attributes, and
 * what its shadow root holds (headings, call and text links, its nested crisis box's links).
 */
export function widgetsOn(page, tags) {
  return page.evaluate((list) => {
    const links = (root) =>
      root ? [...root.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].map((a) => a.getAttribute('href')) : [];
    return [...document.querySelectorAll(list.join(','))]
      .filter((element) => !element.closest('noscript'))
      .map((element) => {
        const root = element.shadowRoot;
        const nested = root?.querySelector('ipt-crisis-help')?.shadowRoot;
        return {
          tag: element.localName,
          defined: customElements.get(element.localName) !== undefined,
          attributes: Object.fromEntries(
            [...element.attributes].filter((a) => a.name !== 'data-ipt-scheme').map((a) => [a.name, a.value]),
          ),
          provider: element.closest('ipt-provider')
            ? Object.fromEntries([...element.closest('ipt-provider').attributes].map((a) => [a.name, a.value]))
            : null,
          rendered: Boolean(root && root.childElementCount > 0),
          headings: root ? [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName) : [],
          crisisLinks: element.localName === 'ipt-crisis-help' ? links(root) : links(nested),
          fallbackVisible: [...element.querySelectorAll('.ipt-widgets-fallback')].some(
            (p) => p.getClientRects().length > 0,
          ),
        };
      });
  }, tags);
}
