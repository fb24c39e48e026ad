// Helpers for the embed tests: load a test page in an iframe and wait for its widgets.

export const WIDGETS = ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help'];

/**
 * Appends an iframe for `src` and resolves with it once the page has loaded. `scriptsOff`: a sandbox
 * without allow-scripts, so the page runs no script and matches `(scripting: none)`, as in a browser
 * with JavaScript turned off; the test can still read it (same origin).
 */
export async function loadFrame(src, { scriptsOff = false } = {}) {
  const frame = document.createElement('iframe');
  if (scriptsOff) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Waits until every tag is defined in the frame and every instance has rendered. */
export async function upgraded(frame, tags = WIDGETS) {
  const win = frame.contentWindow;
  await Promise.race([
    Promise.all(tags.map((tag) => win.customElements.whenDefined(tag))),
    new Promise((_, reject) =>
      setTimeout(() => {
        const missing = tags.filter((tag) => !win.customElements.get(tag));
        reject(new Error(`not defined after 5 s: ${missing.join(', ')}; errors: ${JSON.stringify(win.__iptErrors)}`));
      }, 5000),
    ),
  ]);
  const elements = [...win.document.querySelectorAll(tags.join(','))];
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** Everything the frame's recorder script saw: CSP / Trusted Types violations and uncaught errors. */
export function problems(frame) {
  const win = frame.contentWindow;
  // The test server appends its own WebSocket script to every page; where it cannot reuse the parent
  // page's socket (WebKit) it opens one, the page's CSP refuses it, and WebKit throws a SecurityError
  // from that script. That is the harness, not the widgets.
  const harness = `${win.location.origin}/__web-dev-server__`;
  const violations = win.__iptViolations.filter((v) => !String(v.source).startsWith(harness));
  const errors = win.__iptErrors.filter((message) => !message.includes(` at ${harness}`));
  return { violations, errors };
}

/** Clicks `selector` inside `el`'s shadow root (or fails naming it) and waits for the update. */
export async function clickIn(el, selector) {
  const target = el.shadowRoot.querySelector(selector);
  if (!target) throw new Error(`<${el.localName}> has no ${selector}`);
  target.click();
  await el.updateComplete;
  return target;
}

/** Lets pending tasks (storage writes, live-region updates, observers) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
