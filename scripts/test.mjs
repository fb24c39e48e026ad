// `npm test`: type-check, lint, the Node tests, manifest freshness, the source tests in every engine
// found, then the build, a second run against the CDN file exactly as emitted (with the strict-CSP and
// zero-network pages), and the React example's type-check and build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

// A fresh machine passes with nothing else done: first the browsers from apt, then the npm packages.
ensureBrowsers();
const root = new URL('..', import.meta.url);
if (!existsSync(new URL('node_modules', root))) {
  const [cmd, why] = existsSync(new URL('package-lock.json', root)) ? ['ci', 'from package-lock.json'] : ['install', 'no lockfile'];
  console.log(`[ipt-widgets] node_modules is missing: running npm ${cmd} first (${why}).`);
  const install = spawnSync('npm', [cmd, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: root });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

// WebKitGTK's MiniBrowser needs an X display: re-run this script under a virtual one
// (ensureBrowsers has made sure xvfb-run is there when WebKit is wanted).
const wantsWebKit = process.env.IPT_BROWSERS?.toLowerCase().split(',').map((s) => s.trim()).includes('webkit') ?? true;
if (!process.env.DISPLAY && !process.env.IPT_UNDER_XVFB && wantsWebKit) {
  const run = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, IPT_UNDER_XVFB: '1' },
  });
  process.exit(run.status ?? 1);
}

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['tests (Node: readability, tools)', 'npm', ['run', 'test:node']],
  ['manifest', process.execPath, ['scripts/check-manifest.mjs']],
  ['tests (sources)', 'npx', ['wtr']],
  ['build', 'npm', ['run', 'build']],
  ['tests (Node: server rendering, the snippet command, every entry without a DOM)', process.execPath, ['--test', 'test/ssr/']],
  ['tests (built CDN file, strict CSP, zero network)', 'npx', ['wtr', '--config', 'web-test-runner.dist.config.mjs']],
  ['React example (types and build)', process.execPath, ['test/embed/react-example.node.mjs']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed.`);
    process.exit(run.status ?? 1);
  }
}
console.log('\n✔ all checks passed.');
