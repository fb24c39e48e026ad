// `npm test`: type-check, lint, manifest freshness, the source tests in every engine found,
// then the build, a second run against the CDN file exactly as emitted (with the strict-CSP and
// zero-network pages), and the React example's type-check and build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

// WebKitGTK's MiniBrowser needs an X display: re-run this script under a virtual one.
if (!process.env.DISPLAY && !process.env.IPT_UNDER_XVFB && existsSync('/usr/bin/WebKitWebDriver')) {
  if (onPath('xvfb-run')) {
    const run = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, IPT_UNDER_XVFB: '1' },
    });
    process.exit(run.status ?? 1);
  }
  console.warn('[ipt-widgets] WebKit needs an X display and xvfb-run is missing: sudo apt-get install -y xvfb xauth');
  if (process.env.CI !== 'true') process.env.IPT_BROWSERS ??= 'chromium,firefox';
}

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['manifest', process.execPath, ['scripts/check-manifest.mjs']],
  ['tests (sources)', 'npx', ['wtr']],
  ['build', 'npm', ['run', 'build']],
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
