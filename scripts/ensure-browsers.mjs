// `npm test` must pass on a fresh Debian/Ubuntu machine with nothing else done. The test browsers come
// only from apt (no test tool may download its own here), so this installs the missing ones when the
// machine allows it and otherwise stops with the one command to run. No npm packages: it runs before
// `npm ci` on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
/** Ubuntu ships Chromium and Firefox only as snaps (its apt packages are snap wrappers, and it has no firefox-esr). */
const SNAPS = { Chromium: 'chromium', 'Firefox ESR': 'firefox' };

export function plan({ missing, root, sudo, apt, ubuntu = false, snap = false }) {
  const fromSnap = ubuntu ? missing.filter((tool) => tool in SNAPS).map((tool) => SNAPS[tool]) : [];
  const packages = [...new Set(missing.filter((tool) => !(ubuntu && tool in SNAPS)).flatMap((tool) => PACKAGES[tool]))];
  if (!packages.length && !fromSnap.length) return { action: 'none', packages };
  const manual = [
    packages.length ? `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}` : '',
    fromSnap.length ? `sudo snap install ${fromSnap.join(' ')}` : '',
  ]
    .filter(Boolean)
    .join(' && ');
  if (fromSnap.length && !snap) return { action: 'stop', packages, snaps: fromSnap, manual, noSnap: true };
  if (packages.length && !apt) return { action: 'stop', packages, manual, noApt: true };
  if (!root && !sudo) return { action: 'stop', packages, snaps: fromSnap, manual };
  // sudo drops the environment, so DEBIAN_FRONTEND goes on its command line.
  const asRoot = root ? [] : ['sudo', 'DEBIAN_FRONTEND=noninteractive'];
  return {
    action: 'install',
    packages,
    manual,
    commands: [
      ...(packages.length
        ? [
            [...asRoot, 'apt-get', 'update'],
            [...asRoot, 'apt-get', 'install', '-y', ...packages],
          ]
        : []),
      ...(fromSnap.length ? [[...(root ? [] : ['sudo']), 'snap', 'install', ...fromSnap]] : []),
    ],
  };
}

const found = (...paths) => paths.some((p) => p && existsSync(p));

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Missing tools, looked for where scripts/browsers.mjs looks; IPT_BROWSERS narrows which engines count. */
export function missingTools(env = process.env) {
  const wanted = env.IPT_BROWSERS?.toLowerCase().split(',').map((s) => s.trim());
  const wants = (engine) => !wanted || wanted.includes(engine);
  const missing = [];
  // /usr/bin/chromium-browser and /usr/bin/firefox on Ubuntu may be wrappers that only ask for the snap.
  if (wants('chromium') && !found(env.CHROME_PATH, '/usr/bin/chromium', '/snap/bin/chromium', '/usr/bin/google-chrome')) missing.push('Chromium');
  if (wants('firefox') && !found(env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/snap/bin/firefox')) missing.push('Firefox ESR');
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
    ubuntu: /^(ID|ID_LIKE)=.*\bubuntu\b/m.test(readOsRelease()),
    snap: onPath('snap'),
  });
  if (todo.action === 'stop') {
    const how = todo.noApt
      ? 'apt-get is not available here; on Debian or Ubuntu that is'
      : todo.noSnap
        ? 'On Ubuntu, Chromium and Firefox come as snaps, and snap is not available here; elsewhere that is'
        : 'Install them with';
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
