// Finds the three browser engines on this machine and builds a test-runner launcher for each.
// Browsers come from Debian packages (see README "Testing"); no test tool downloads its own.
import { existsSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const firstExisting = (...paths) => paths.find((p) => p && existsSync(p));

const ENGINES = [
  {
    name: 'Chromium',
    path: () => firstExisting(process.env.CHROME_PATH, '/usr/bin/chromium', '/snap/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'),
    install: 'sudo apt-get install -y chromium   (or set CHROME_PATH)',
    launcher: (executablePath) =>
      named('Chromium', chromeLauncher({
        launchOptions: {
          executablePath,
          headless: true,
          args: [
            '--no-sandbox', // needed as root
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--no-first-run',
          ],
        },
      })),
  },
  {
    name: 'Firefox',
    path: () => firstExisting(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/snap/bin/firefox', '/usr/bin/firefox'),
    install: 'sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH)',
    launcher: (executablePath) =>
      named('Firefox', chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath, headless: true },
      })),
  },
  {
    name: 'WebKit',
    path: () => {
      const driver = firstExisting(process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver');
      const browser = firstExisting(process.env.WEBKIT_MINIBROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser');
      return driver && browser ? { driver, browser } : undefined;
    },
    install: 'sudo apt-get install -y webkit2gtk-driver xvfb xauth',
    launcher: ({ driver, browser }) => webkitLauncher(driver, browser),
  },
];

function webkitLauncher(driverPath, binary) {
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    },
  });
  // WebKitWebDriver is not one of the drivers webdriverio starts itself: start it on a free port.
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  let child;
  launcher.initialize = async (config) => {
    const { spawn } = await import('node:child_process');
    const port = await freePort();
    child = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore' });
    await waitForPort(port);
    launcher.options.port = port;
    launcher.options.hostname = '127.0.0.1';
    // With a global concurrency above 1 the launcher runs each file in an iframe and loses the frame
    // after a key press ("Invalid frame ID"); one session per file (concurrency 1) does not.
    await initialize({ ...config, concurrency: 1 });
    launcher.name = 'WebKit'; // webdriverio names it after the MiniBrowser binary
  };
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      child?.kill();
    }
  };
  launcher.concurrency = 1;
  return named('WebKit', launcher);
}

function named(name, launcher) {
  launcher.name = name;
  return launcher;
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 10_000) {
  const { connect } = await import('node:net');
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
}

/**
 * Flags for a Chromium that loads whole pages outside the test runner (the story tests, the
 * WordPress test): headless, as root, quiet offline (see TOOLCHAIN.md).
 */
export const PAGE_CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether a test-runner launcher drives Chromium (the puppeteer launcher also drives Firefox). */
export const isChromiumLauncher = (launcher) => launcher.type === 'puppeteer' && launcher.launchOptions?.browser !== 'firefox';

/**
 * Launchers for every engine found. A missing engine is named with its install command;
 * with CI=true (or IPT_REQUIRE_ALL_BROWSERS=1) a missing engine is an error.
 * IPT_BROWSERS=chromium,firefox narrows the run for quick local loops.
 */
export function browserLaunchers() {
  const strict = process.env.CI === 'true' || process.env.IPT_REQUIRE_ALL_BROWSERS === '1';
  const wanted = process.env.IPT_BROWSERS?.toLowerCase().split(',').map((s) => s.trim());
  const launchers = [];
  const missing = [];
  for (const engine of ENGINES) {
    if (wanted && !wanted.includes(engine.name.toLowerCase())) continue;
    const found = engine.path();
    if (found) launchers.push(engine.launcher(found));
    else missing.push(engine);
  }
  for (const engine of missing) {
    console.warn(`[ipt-widgets] ${engine.name} not found: its tests are skipped. Install it with: ${engine.install}`);
  }
  if (missing.length && strict) {
    throw new Error(`[ipt-widgets] CI=true requires all three engines; missing: ${missing.map((e) => e.name).join(', ')}`);
  }
  if (!launchers.length) throw new Error('[ipt-widgets] no browser found; see README "Testing".');
  console.log(`[ipt-widgets] engines: ${launchers.map((l) => l.name).join(', ')}`);
  return launchers;
}
