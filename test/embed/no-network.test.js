// Zero network: a page with every element in several states, used a little, fetches nothing but
// itself, its own recorder script and the CDN file (no notes are made here, so no chunk either). Served with NO_NETWORK_CSP
// (test/embed/csp-middleware.mjs), so a refused fetch shows up as a violation, and an allowed one
// (a script or style from the page's own origin) shows up in Resource Timing.
import { expect } from '@open-wc/testing';
import { clickIn, loadFrame, problems, settle, upgraded } from './frame.js';

const ALLOWED = [
  '/test/embed/record-violations.js',
  '/dist/cdn/ipt-widgets.js',
  // The test server appends this module to every HTML page it serves; in a frame it reuses the
  // parent page's WebSocket and opens none of its own.
  '/__web-dev-server__web-socket.js',
];

describe('a page with every element', () => {
  let frame;
  let doc;

  before(async () => {
    frame = await loadFrame('/test/embed/all-elements.html');
    doc = frame.contentDocument;
    await upgraded(frame);
  });

  after(() => frame.remove());

  it('opens a section of the explainer', async () => {
    const explainer = doc.getElementById('accordion');
    const toggles = explainer.shadowRoot.querySelectorAll('[part~="toggle"]');
    expect(toggles.length).to.be.greaterThan(1);
    toggles[1].click();
    await new Promise((resolve) => setTimeout(resolve));
    await explainer.updateComplete;
    expect(toggles[1].closest('details').open).to.equal(true);
  });

  it('takes the quiz to its result', async () => {
    const quiz = doc.getElementById('quiz');
    await clickIn(quiz, '[part~="start-button"]');
    for (let i = 0; i < 50 && !quiz.shadowRoot.querySelector('[part~="result"]'); i += 1) {
      await clickIn(quiz, 'input[type="radio"]');
      await clickIn(quiz, '[part~="next-button"]');
    }
    expect(quiz.shadowRoot.querySelector('[part~="result"]')).to.exist;
  });

  it('ticks a step and adds an own step to the saved checklist', async () => {
    const checklist = doc.getElementById('checklist');
    const box = await clickIn(checklist, 'input[type="checkbox"]');
    expect(box.checked).to.equal(true);
    const input = checklist.shadowRoot.querySelector('[part~="input"]');
    input.value = 'Water the plants';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await checklist.updateComplete;
    await clickIn(checklist, '[part~="add-form"] button[type="submit"]');
    expect(checklist.shadowRoot.textContent).to.contain('Water the plants');
  });

  it('ticks a step on the unsaved checklist', async () => {
    const box = await clickIn(doc.getElementById('checklist-memory'), 'input[type="checkbox"]');
    expect(box.checked).to.equal(true);
  });

  it('keeps what it saves in this browser', () => {
    const keys = Object.keys(frame.contentWindow.localStorage);
    expect(keys.some((key) => key.includes('embed-test'))).to.equal(true);
  });

  it('requested nothing but the page, its own scripts and the CDN file', async () => {
    await settle();
    const win = frame.contentWindow;
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    const unexpected = loaded.filter((url) => url.origin !== win.location.origin || !ALLOWED.includes(url.pathname));
    expect(unexpected.map(String), loaded.join(', ')).to.deep.equal([]);
    const [navigation] = win.performance.getEntriesByType('navigation');
    expect(new URL(navigation.name).pathname).to.equal('/test/embed/all-elements.html');
  });

  it('tried no refused fetch, form submission or Trusted Types sink, and threw nothing', async () => {
    await settle();
    const { violations, errors } = problems(frame);
    expect(violations, JSON.stringify(violations)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});
