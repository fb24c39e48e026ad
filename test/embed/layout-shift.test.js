// No layout shift when the CDN file takes over server-rendered widgets (issue 17 point 7), checked
// with the Layout Instability API: Chromium only (Firefox and WebKit have no 'layout-shift' entries,
// so the tests skip there). The page is examples/plain-html itself with every <ipt-*> element
// replaced by the server's output (from /ssr-page, i.e. `npx ipt-widgets render`), shown in a frame
// as wide as a phone and taller than the page, so that every widget is inside its viewport. The script is added only after the frame has
// painted the server-rendered content, as on a real network; a buffered observer then sees every
// shift from the first paint until the widgets have upgraded and updated.
import { expect } from '@open-wc/testing';
import { WIDGETS } from './frame.js';

const SCRIPT_TAG = '<script type="module" src="../../dist/cdn/ipt-widgets.js"></script>';
const WIDGET = /<(ipt-[a-z-]+)\b[^>]*>[\s\S]*?<\/\1>/g;
const supported = () => globalThis.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift') ?? false;

const frames = (win) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** examples/plain-html without its script, each widget server-rendered. */
async function serverRenderedPlainHtml() {
  const html = await (await fetch('/examples/plain-html/index.html')).text();
  expect(html, 'the example still loads the CDN file this way').to.contain(SCRIPT_TAG);
  const widgets = [...html.matchAll(WIDGET)].map((m) => m[0]);
  expect(widgets.length).to.equal(4);
  const rendered = await Promise.all(
    widgets.map(async (widget) => {
      const openingTag = widget.slice(0, widget.indexOf('>') + 1);
      const page = await (await fetch(`/ssr-page?widgets=${encodeURIComponent(openingTag)}`)).text();
      return page.match(/<body>([\s\S]*)<\/body>/)[1];
    }),
  );
  let i = 0;
  return html.replace(SCRIPT_TAG, '').replace(WIDGET, () => rendered[i++]);
}

/** The frame's first-contentful-paint time (paint entries arrive after the frame is presented), or null after 5 s. */
const firstContentfulPaint = (win) =>
  new Promise((resolve) => {
    const observer = new win.PerformanceObserver((list) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (fcp) resolve(fcp.startTime);
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(() => resolve(null), 5000);
  });

const FRAME = { width: 412, height: 16000 };

/** Shows `html` in a FRAME-sized frame and waits for its load and two frames (it has painted). */
async function show(html) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${FRAME.width}px; height: ${FRAME.height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  await frames(frame.contentWindow);
  return frame;
}

/** Starts a buffered layout-shift observer in the frame, adds the CDN file, waits until every widget has updated, returns the shifts. */
async function shiftsWhileUpgrading(frame) {
  const win = frame.contentWindow;
  const shifts = [];
  const observer = new win.PerformanceObserver((list) => shifts.push(...list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/ipt-widgets.js';
  win.document.head.append(script);
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  await Promise.all(WIDGETS.map((tag) => win.customElements.whenDefined(tag)));
  for (let i = 0; i < 5; i++)
    await Promise.all(
      all(win.document)
        .map((el) => el.updateComplete)
        .filter(Boolean),
    );
  await frames(win);
  await new Promise((resolve) => setTimeout(resolve, 300));
  shifts.push(...observer.takeRecords());
  observer.disconnect();
  return shifts;
}

// Chromium names no node inside a shadow root (nor a removed one) as a shift's source.
const describeShifts = (shifts) =>
  'shifts: ' +
  shifts
    .map(
      (s) =>
        `${s.value.toFixed(4)} moving ${s.sources.map((x) => x.node?.localName ?? '(a shadow-root node)').join(', ')}`,
    )
    .join('; ');

describe('layout shift while the CDN file upgrades (Chromium)', () => {
  before(function () {
    if (!supported()) this.skip();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('server-rendered examples/plain-html does not move when the script takes over', async () => {
    const frame = await show(await serverRenderedPlainHtml());
    const doc = frame.contentDocument;
    // Not a vacuous pass: the widgets are there, server-rendered and painted, before the script.
    const hosts = [...doc.querySelectorAll(WIDGETS.join(','))];
    expect(hosts.map((el) => el.localName)).to.have.members(WIDGETS);
    for (const el of hosts) expect(el.shadowRoot, `${el.localName} has a declarative shadow root`).to.not.equal(null);
    expect(frame.contentWindow.customElements.get('ipt-explainer')).to.equal(undefined);
    expect(doc.documentElement.scrollHeight, 'the whole page fits in the frame').to.be.at.most(FRAME.height);
    expect(await firstContentfulPaint(frame.contentWindow), 'first contentful paint before the script').to.be.a(
      'number',
    );

    const shifts = await shiftsWhileUpgrading(frame);
    expect(frame.contentWindow.customElements.get('ipt-explainer')).to.not.equal(undefined);
    expect(doc.documentElement.scrollHeight, 'the whole page still fits in the frame').to.be.at.most(FRAME.height);
    expect(shifts, describeShifts(shifts)).to.deep.equal([]);
  });

  it('sees the shift of a client-rendered widget with no space reserved (the control)', async () => {
    const frame = await show(
      '<!doctype html><html lang="en"><body><h1>Control</h1><ipt-explainer heading-level="2"></ipt-explainer><p>Text after the widget.</p></body></html>',
    );
    const shifts = await shiftsWhileUpgrading(frame);
    expect(shifts.length, 'layout-shift entries').to.be.greaterThan(0);
    expect(shifts.reduce((sum, s) => sum + s.value, 0)).to.be.greaterThan(0);
    expect(shifts.flatMap((s) => s.sources.map((x) => x.node?.localName))).to.include('p');
  });
});
