// A test-runner command that turns forced colours (Windows High Contrast and the like) on and off in
// Chromium, so tests can check what people who use them see. @web/test-runner-commands' emulateMedia
// cannot: its forcedColors option works only with Playwright, and this project drives Chromium with
// Puppeteer. Firefox (WebDriver BiDi) and WebKit (WebDriver) have no such switch; tests skip there.
import { isChromiumLauncher } from './browsers.mjs';

/** One DevTools session per test page: Chromium drops a session's emulation when it detaches. */
const cdpSessions = new Map();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (!isChromiumLauncher(session.browser)) throw new Error(`emulate-forced-colors works in Chromium only, not in ${session.browser.name}.`);
      let cdp = cdpSessions.get(session.id);
      if (payload?.active) {
        if (!cdp) {
          cdp = await session.browser.getPage(session.id).createCDPSession();
          cdpSessions.set(session.id, cdp);
        }
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      } else if (cdp) {
        cdpSessions.delete(session.id);
        await cdp.send('Emulation.setEmulatedMedia', { features: [] });
        await cdp.detach();
      }
      return true;
    },
  };
}
