// Server-rendered widgets on a page with no script: what a reader with JavaScript off gets.
import { expect } from '@open-wc/testing';
import { loadFrame, problems } from './frame.js';

const page = (widgets) => loadFrame(`/ssr-page?widgets=${encodeURIComponent(widgets)}`, { scriptsOff: true });
const shown = (el) => el !== null && el.getClientRects().length > 0;

describe('server-rendered, scripts off', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the quiz shows its intro and crisis lines, and says it needs JavaScript instead of a dead Start', async () => {
    const frame = await page('<ipt-problem-area-quiz region="us">');
    const quiz = frame.contentDocument.querySelector('ipt-problem-area-quiz');
    expect(frame.contentWindow.customElements.get('ipt-problem-area-quiz')).to.equal(undefined);
    const root = quiz.shadowRoot;
    expect(root, 'declarative shadow root').to.not.equal(null);
    expect(root.querySelector('.intro').textContent).to.contain('not a test for depression');
    expect(shown(root.querySelector('[part="needs-script"]'))).to.equal(true);
    expect(root.querySelector('[part="needs-script"]').textContent).to.contain('needs JavaScript');
    expect(shown(root.querySelector('[part="start-button"]'))).to.equal(false);
    const help = root.querySelector('ipt-crisis-help').shadowRoot;
    const hrefs = [...help.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:988');
    expect(hrefs).to.include('sms:988');
  });

  it('with scripts on, the quiz keeps Start in place while its script loads, so nothing moves when it arrives', async () => {
    const frame = await loadFrame(`/ssr-page?widgets=${encodeURIComponent('<ipt-problem-area-quiz region="us">')}`);
    const root = frame.contentDocument.querySelector('ipt-problem-area-quiz').shadowRoot;
    expect(frame.contentWindow.matchMedia('(scripting: none)').matches).to.equal(false);
    expect(shown(root.querySelector('[part="start-button"]'))).to.equal(true);
    expect(shown(root.querySelector('[part="needs-script"]'))).to.equal(false);
  });

  it('the quiz in Spanish says so in Spanish', async () => {
    const frame = await page('<ipt-problem-area-quiz lang="es" region="us">');
    const note = frame.contentDocument
      .querySelector('ipt-problem-area-quiz')
      .shadowRoot.querySelector('[part="needs-script"]');
    expect(note.textContent).to.contain('JavaScript activado');
    expect(shown(note)).to.equal(true);
  });

  it('the explainer opens any section natively, including the numbered sources', async () => {
    const frame = await page('<ipt-explainer region="us">');
    const root = frame.contentDocument.querySelector('ipt-explainer').shadowRoot;
    const details = [...root.querySelectorAll('details')];
    expect(details.length).to.equal(9);
    expect(details.map((d) => d.open)).to.deep.equal([true, false, false, false, false, false, false, false, false]);
    for (const d of details) {
      const summary = d.querySelector('summary');
      summary.click(); // a native control: no script of ours is on this page
      expect(d.open, summary.textContent.trim()).to.equal(d !== details[0]);
      if (d.open) expect(shown(d.querySelector('[part="panel"]').firstElementChild)).to.equal(true);
    }
    const sources = details.at(-1);
    expect(sources.open).to.equal(true);
    expect(sources.querySelectorAll('[part="sources"] > li').length).to.be.greaterThan(10);
  });

  it('every citation leads to its source without script, and crisis help is complete', async () => {
    const frame = await page('<ipt-explainer region="us" layout="expanded">');
    const root = frame.contentDocument.querySelector('ipt-explainer').shadowRoot;
    const cites = [...root.querySelectorAll('a[part="citation"]')];
    expect(cites.length).to.be.greaterThan(50);
    for (const a of cites) {
      const href = a.getAttribute('href');
      // An address of its own; a source without one points at its entry, which shows the full reference.
      if (!/^https?:\/\//.test(href)) expect(root.getElementById(href.slice(1)).textContent).to.match(/\w/);
    }
    expect(cites.filter((a) => /^https?:\/\//.test(a.getAttribute('href'))).length).to.be.greaterThan(cites.length / 2);
    // The shortcut moves focus by script, so it keeps its place but is hidden until the script runs.
    expect(shown(root.querySelector('.crisis-shortcut a'))).to.equal(true); // laid out...
    expect(frame.contentWindow.getComputedStyle(root.querySelector('.crisis-shortcut a')).visibility).to.equal('hidden');
    const help = root.querySelector('ipt-crisis-help').shadowRoot;
    const hrefs = [...help.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:988');
    expect(hrefs).to.include('tel:911');
    expect(frame.contentWindow.getComputedStyle(help.querySelector('a[href="tel:988"]')).visibility).to.equal('visible');
  });

  it('the checklist lists every step unticked (a false box is not written as checked="false")', async () => {
    const frame = await page('<ipt-selfcare-checklist region="uk">');
    const root = frame.contentDocument.querySelector('ipt-selfcare-checklist').shadowRoot;
    const boxes = [...root.querySelectorAll('input[type="checkbox"]')];
    expect(boxes.length).to.be.greaterThan(10);
    expect(boxes.filter((box) => box.checked).map((box) => box.id)).to.deep.equal([]);
    for (const box of boxes) expect(root.querySelector(`label[for="${box.id}"]`).textContent.trim()).to.not.equal('');
  });
});

describe('server-rendered, under a strict CSP without unsafe-inline', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  const ALL =
    '<ipt-explainer region="us"></ipt-explainer><ipt-problem-area-quiz lang="es" region="us"></ipt-problem-area-quiz><ipt-selfcare-checklist region="uk"></ipt-selfcare-checklist><ipt-crisis-help region="au"></ipt-crisis-help>';
  const styled = (frame) =>
    [
      ...frame.contentDocument.querySelectorAll(
        'ipt-explainer, ipt-problem-area-quiz, ipt-selfcare-checklist, ipt-crisis-help',
      ),
    ].map((el) => `${el.localName}: ${frame.contentWindow.getComputedStyle(el).display}`);

  it('with the style-src from `npx ipt-widgets csp`, every widget is styled and nothing is refused', async () => {
    const frame = await loadFrame(`/ssr-page?csp=hashes&widgets=${encodeURIComponent(ALL)}`);
    expect(styled(frame)).to.deep.equal([
      'ipt-explainer: block',
      'ipt-problem-area-quiz: block',
      'ipt-selfcare-checklist: block',
      'ipt-crisis-help: block',
    ]);
    expect(problems(frame)).to.deep.equal({ violations: [], errors: [] });
  });

  it('without the hashes the same page is refused its styles (the control)', async () => {
    const frame = await loadFrame(`/ssr-page?csp=none&widgets=${encodeURIComponent(ALL)}`);
    expect(styled(frame)).to.deep.equal([
      'ipt-explainer: inline',
      'ipt-problem-area-quiz: inline',
      'ipt-selfcare-checklist: inline',
      'ipt-crisis-help: inline',
    ]);
  });
});
