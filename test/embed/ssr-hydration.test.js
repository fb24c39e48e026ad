// Server-rendered widgets, then the CDN file: the script adopts the markup in place (hydration).
// Each test loads a server-rendered page with no script, takes nodes and measures, then adds the
// CDN file exactly as a page would and checks what a reader and the page observe afterwards.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFrame, problems, settle, upgraded } from './frame.js';

const ssrPage = (widgets, extra = '') => loadFrame(`/ssr-page?widgets=${encodeURIComponent(widgets)}${extra}`);

/** Adds the CDN file to the frame as a module script; resolves once every widget has updated. */
async function hydrate(frame, file = 'ipt-widgets.js') {
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  const said = [];
  for (const level of ['warn', 'error']) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args) => {
      said.push(`${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `/dist/cdn/${file}`;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${file} did not load`)), { once: true });
  });
  doc.head.append(script);
  await loaded;
  const tags = [...new Set([...doc.querySelectorAll('body > *')].map((el) => el.localName).filter((t) => t.startsWith('ipt-')))];
  await upgraded(frame, tags);
  await settle(); // the update that brings in what only the browser knows follows the adopting one
  // Lit's development build is not in the CDN file; anything said here comes from the widgets or the page.
  return said;
}

const root = (frame, tag) => frame.contentDocument.querySelector(tag).shadowRoot;
const height = (frame, tag) => frame.contentDocument.querySelector(tag).getBoundingClientRect().height;

describe('hydration: the CDN file over server-rendered widgets', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps the explainer\u2019s nodes, adds nothing twice and warns about nothing', async () => {
    const frame = await ssrPage('<ipt-explainer region="us"></ipt-explainer>');
    const before = root(frame, 'ipt-explainer');
    const base = before.querySelector('[part="base"]');
    const summaries = [...before.querySelectorAll('summary')];
    const firstCite = before.querySelector('a[part="citation"]');
    const help = before.querySelector('ipt-crisis-help');
    const helpHeading = help.shadowRoot.querySelector('h3, h4, h5, h6');
    const text = base.textContent;
    const said = await hydrate(frame);
    const after = root(frame, 'ipt-explainer');
    expect(after).to.equal(before);
    expect(after.querySelector('[part="base"]')).to.equal(base);
    expect([...after.querySelectorAll('summary')]).to.deep.equal(summaries);
    expect(after.querySelector('a[part="citation"]')).to.equal(firstCite);
    expect(after.querySelector('ipt-crisis-help')).to.equal(help);
    expect(help.shadowRoot.querySelector('h3, h4, h5, h6')).to.equal(helpHeading);
    expect(after.querySelectorAll('[part="base"]').length).to.equal(1);
    expect(after.querySelectorAll('[part~="section"]').length).to.equal(9);
    expect(base.textContent).to.equal(text);
    expect(said).to.deep.equal([]);
    expect(problems(frame)).to.deep.equal({ violations: [], errors: [] });
  });

  it('then works as a client-rendered explainer: keyboard, events and the citation jump', async () => {
    const frame = await ssrPage('<ipt-explainer region="us"></ipt-explainer>');
    const summary = root(frame, 'ipt-explainer').querySelectorAll('summary')[5];
    await hydrate(frame);
    const el = frame.contentDocument.querySelector('ipt-explainer');
    const events = [];
    el.addEventListener('ipt-section-toggle', (e) => events.push(e.detail));
    frame.focus();
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(summary.parentElement.open).to.equal(true);
    expect(events).to.deep.equal([{ id: 'evidence', open: true }]);
    const cite = summary.parentElement.querySelector('a[part="citation"]');
    cite.click();
    await settle();
    expect(el.shadowRoot.activeElement.id).to.equal(`explainer-source-${cite.dataset.source}`);
    expect(frame.contentWindow.getComputedStyle(el.shadowRoot.querySelector('.crisis-shortcut a')).visibility).to.equal('visible');
  });

  it('shows stored checklist ticks in place, on the same boxes, without changing the height', async () => {
    // First visit: tick two steps in a hydrated checklist (so storage works after hydration).
    const first = await ssrPage('<ipt-selfcare-checklist region="uk"></ipt-selfcare-checklist>');
    await hydrate(first);
    const boxes = [...root(first, 'ipt-selfcare-checklist').querySelectorAll('input[type="checkbox"]')];
    boxes[0].click();
    boxes[2].click();
    await settle();
    const stored = Object.keys(first.contentWindow.localStorage).filter((k) => k.startsWith('ipt-'));
    expect(stored.length).to.equal(1);
    first.remove();
    // Second visit: the server renders the list unticked; the browser knows two ticks.
    const frame = await ssrPage('<ipt-selfcare-checklist region="uk"></ipt-selfcare-checklist>');
    const serverBoxes = [...root(frame, 'ipt-selfcare-checklist').querySelectorAll('input[type="checkbox"]')];
    expect(serverBoxes.filter((b) => b.checked)).to.have.length(0);
    const progress = root(frame, 'ipt-selfcare-checklist').querySelector('.progress-text');
    const tall = height(frame, 'ipt-selfcare-checklist');
    const said = await hydrate(frame);
    const now = [...root(frame, 'ipt-selfcare-checklist').querySelectorAll('input[type="checkbox"]')];
    expect(now).to.deep.equal(serverBoxes);
    expect(now.map((b, i) => (b.checked ? i : -1)).filter((i) => i >= 0)).to.deep.equal([0, 2]);
    expect(root(frame, 'ipt-selfcare-checklist').querySelector('.progress-text')).to.equal(progress);
    expect(progress.textContent).to.match(/\b2\b/);
    expect(height(frame, 'ipt-selfcare-checklist')).to.equal(tall);
    expect(said).to.deep.equal([]);
    // Hydrated, it hears another tab: here one that clears the ticks.
    const win = frame.contentWindow;
    const cleared = JSON.stringify({ ...JSON.parse(win.localStorage.getItem(stored[0])), ticks: {} });
    win.localStorage.setItem(stored[0], cleared);
    win.dispatchEvent(new win.StorageEvent('storage', { key: stored[0], newValue: cleared, storageArea: win.localStorage }));
    await settle();
    expect(now.filter((b) => b.checked)).to.have.length(0);
    expect(problems(frame).errors).to.deep.equal([]);
  });

  it('restores a saved quiz session over the server\u2019s intro without an error', async () => {
    const widget = '<ipt-problem-area-quiz region="us" persist="session"></ipt-problem-area-quiz>';
    const first = await ssrPage(widget);
    await hydrate(first);
    const quiz = first.contentDocument.querySelector('ipt-problem-area-quiz');
    quiz.shadowRoot.querySelector('[part~="start-button"]').click();
    await settle();
    quiz.shadowRoot.querySelector('input[type="radio"]').click();
    await settle();
    first.remove();
    const frame = await ssrPage(widget);
    expect(root(frame, 'ipt-problem-area-quiz').querySelector('input[type="radio"]')).to.equal(null);
    const said = await hydrate(frame);
    const radios = root(frame, 'ipt-problem-area-quiz').querySelectorAll('input[type="radio"]');
    expect(radios.length).to.be.greaterThan(1);
    expect([...radios].some((r) => r.checked)).to.equal(true);
    expect(said).to.deep.equal([]);
    expect(problems(frame).errors).to.deep.equal([]);
  });

  it('switches to the page\u2019s language in place when the server rendered English', async () => {
    const frame = await ssrPage('<ipt-crisis-help region="us"></ipt-crisis-help>');
    frame.contentDocument.documentElement.lang = 'es';
    const base = root(frame, 'ipt-crisis-help').querySelector('[lang]');
    expect(base.getAttribute('lang')).to.equal('en');
    const link = root(frame, 'ipt-crisis-help').querySelector('a[href="tel:988"]');
    const said = await hydrate(frame, 'ipt-widgets.es.js');
    expect(root(frame, 'ipt-crisis-help').querySelector('[lang]')).to.equal(base);
    expect(base.getAttribute('lang')).to.equal('es');
    expect(base.textContent).to.contain('¿Necesitas ayuda ahora?');
    expect(root(frame, 'ipt-crisis-help').querySelector('a[href="tel:988"]')).to.equal(link);
    expect(said).to.deep.equal([]);
  });

  it('renders afresh, once, with one warning, when the page lacks the language the server used', async () => {
    const frame = await ssrPage('<ipt-crisis-help lang="es" region="us"></ipt-crisis-help>');
    const said = await hydrate(frame, 'ipt-widgets.js'); // English only
    const shadow = root(frame, 'ipt-crisis-help');
    expect(shadow.querySelectorAll('[part="base"]').length).to.equal(1);
    expect(shadow.querySelector('[lang]').getAttribute('lang')).to.equal('en');
    expect(shadow.querySelectorAll('a[href="tel:988"]').length).to.be.greaterThan(0);
    const mine = said.filter((line) => line.includes('server-rendered markup'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('<ipt-crisis-help>').and.contain('"es"');
    expect(problems(frame).errors).to.deep.equal([]);
  });

  it('renders afresh, once, with one warning, over markup it cannot adopt (another version)', async () => {
    const frame = await ssrPage('<ipt-explainer region="us"></ipt-explainer>');
    const shadow = root(frame, 'ipt-explainer');
    const walker = frame.contentDocument.createTreeWalker(shadow, 128 /* NodeFilter.SHOW_COMMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.startsWith('lit-part ')) {
        node.data = 'lit-part AAAAAAAAAAA='; // the template digest of a template this version does not have
        break;
      }
    }
    const said = await hydrate(frame);
    expect(shadow.querySelectorAll('[part="base"]').length).to.equal(1);
    expect(shadow.querySelectorAll('[part~="section"]').length).to.equal(9);
    const mine = said.filter((line) => line.includes('server-rendered markup'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('<ipt-explainer>');
    expect(problems(frame).errors).to.deep.equal([]);
    // And it still works.
    shadow.querySelectorAll('summary')[3].click();
    await settle();
    expect(shadow.querySelectorAll('details')[3].open).to.equal(true);
  });

  it('hydrates under the strict policy from `npx ipt-widgets csp` with no violation', async () => {
    const all =
      '<ipt-explainer region="us"></ipt-explainer><ipt-problem-area-quiz region="us"></ipt-problem-area-quiz><ipt-selfcare-checklist region="uk"></ipt-selfcare-checklist><ipt-crisis-help region="au"></ipt-crisis-help>';
    const frame = await ssrPage(all, '&csp=hashes');
    const said = await hydrate(frame);
    expect(said).to.deep.equal([]);
    expect(problems(frame)).to.deep.equal({ violations: [], errors: [] });
    const start = root(frame, 'ipt-problem-area-quiz').querySelector('[part~="start-button"]');
    expect(frame.contentWindow.getComputedStyle(start).display).to.not.equal('none');
  });
});
