// `npm test` must pass on a fresh Debian/Ubuntu machine with nothing else done. The test browsers come
// only from apt (no test tool may download its own here), so this installs the missing ones when the
// machine allows it and otherwise stops with the one command to run. No npm packages: it runs before
// `npm ci` on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The Debian packages that provide each tool the browser tests need. */
export const PACKAGES = {
  Chromium: ['chromium'],
  'Firefox ESR': ['firefox-esr'],
  WebKitWebDriver: ['webkit2gtk-driver'],
  'xvfb-run': ['xvfb', 'xauth'],
};

/**
 * What to do about the missing tools (keys of PACKAGES), as plain data so it can be tested without a
 * bare machine. `sudo` means `sudo -n true` works: an unattended run must not stop at a password prompt.
 * Types: ensure-browsers.d.mts.
 */
export function plan({ missing, root, sudo, apt }) {
  const packages = [...new Set(missing.flatMap((tool) => PACKAGES[tool]))];
  if (!packages.length) return { action: 'none', packages };
  const manual = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  if (!apt) return { action: 'stop', packages, manual, noApt: true };
  if (!root && !sudo) return { action: 'stop', packages, manual };
  // sudo drops the environment, so DEBIAN_FRONTEND goes on its command line.
  const asRoot = root ? [] : ['sudo', 'DEBIAN_FRONTEND=noninteractive'];
  return {
    action: 'install',
    packages,
    manual,
    commands: [
      [...asRoot, 'apt-get', 'update'],
      [...asRoot, 'apt-get', 'install', '-y', ...packages],
    ],
  };
}

const found = (...paths) => paths.some((p) => p && existsSync(p));
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Missing tools, looked for where scripts/browsers.mjs looks; IPT_BROWSERS narrows which engines count. */
export function missingTools(env = process.env) {
  const wanted = env.IPT_BROWSERS?.toLowerCase().split(',').map((s) => s.trim());
  const wants = (engine) => !wanted || wanted.includes(engine);
  const missing = [];
  if (wants('chromium') && !found(env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome')) missing.push('Chromium');
  if (wants('firefox') && !found(env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox')) missing.push('Firefox ESR');
  if (wants('webkit') && !found(env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver')) missing.push('WebKitWebDriver');
  // WebKit's MiniBrowser needs an X display; scripts/test.mjs provides a virtual one with xvfb-run.
  if (wants('webkit') && !env.DISPLAY && !onPath('xvfb-run')) missing.push('xvfb-run');
  return missing;
}

/** Installs what is missing, or exits 1 saying how. Prints nothing when everything is there. */
export function ensureBrowsers() {
  const missing = missingTools();
  if (!missing.length) return;
  const root = process.getuid?.() === 0;
  const todo = plan({
    missing,
    root,
    sudo: !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    apt: onPath('apt-get'),
  });
  if (todo.action === 'stop') {
    const how = todo.noApt ? 'apt-get is not available here; on Debian or Ubuntu that is' : 'Install them with';
    console.error(`[ipt-widgets] The browser tests need ${missing.join(', ')}, which this machine lacks. ${how}:\n  ${todo.manual}`);
    process.exit(1);
  }
  console.log(`[ipt-widgets] Installing ${todo.packages.join(' ')} with apt-get: the tests need ${missing.join(', ')}, which this machine lacks.`);
  for (const [cmd, ...args] of todo.commands) {
    const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      console.error(`[ipt-widgets] "${[cmd, ...args].join(' ')}" failed. Install the browsers with:\n  ${todo.manual}`);
      process.exit(1);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureBrowsers();
