// A test-runner command that prints an HTML page to PDF in Chromium at a given paper size (A4,
// Letter) and says how many pages it took: the appointment notes must fit on one page. Chromium
// only (the Firefox and WebKit drivers cannot print to PDF); tests skip elsewhere.
import { isChromiumLauncher } from './browsers.mjs';

export function printPagesPlugin() {
  return {
    name: 'print-pages',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pages') return undefined;
      if (!isChromiumLauncher(session.browser)) throw new Error(`print-pages works in Chromium only, not in ${session.browser.name}.`);
      const page = session.browser.getPage(session.id);
      // Its own short-lived tab, so the test page keeps its state and focus.
      const probe = await page.browser().newPage();
      try {
        await probe.setContent(String(payload.html), { waitUntil: 'load' });
        const pdf = Buffer.from(await probe.pdf({ format: payload.format }));
        // Each page of a PDF is one object of type /Page (the tree of them is /Pages).
        return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
      } finally {
        await probe.close();
      }
    },
  };
}
