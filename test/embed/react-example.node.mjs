// Builds and type-checks examples/react against the built package, as a React 19 app would use it:
// `tsc --noEmit` (App.tsx must pass; every `@ts-expect-error` in type-errors.tsx must still be an
// error, so types that grow too loose fail here) and `vite build`.
// Run from the repository root: node test/embed/react-example.node.mjs
// The library must be built first (`npm run build`): the example reads dist/ through
// "ipt-widgets": "file:../..". A missing or stale dist/ is rebuilt with `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime } from '../../scripts/newest-mtime.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = join(root, 'examples/react');
const started = Date.now();

function step(name, cmd, args, cwd) {
  const t0 = Date.now();
  console.log(`\n▶ React example: ${name}`);
  const run = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (run.status !== 0) fail(`${name} failed (exit ${run.status ?? run.signal}).`);
  console.log(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function fail(message) {
  console.error(`\n✖ React example: ${message}`);
  process.exit(1);
}


// 1. The package as a consumer sees it: the "./react" export and a current dist/.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const reactTypes = pkg.exports?.['./react']?.types;
if (!reactTypes) fail('package.json has no "./react" export with "types" (see src/frameworks/react.ts).');
const built = [join(root, 'dist/index.js'), join(root, reactTypes)];
const stale = built.some((file) => !existsSync(file) || statSync(file).mtimeMs < newestMtime(join(root, 'src')));
if (stale) step('build the library (dist/ missing or older than src/)', 'npm', ['run', 'build'], root);
for (const file of built) if (!existsSync(file)) fail(`${relative(root, file)} is missing after the build.`);

// 2. The example's own dependencies, pinned by its package-lock.json.
if (!existsSync(join(example, 'node_modules/.package-lock.json'))) {
  step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], example);
}

// 3. The type tests must be part of the program, or they prove nothing.
const typeErrors = readFileSync(join(example, 'src/type-errors.tsx'), 'utf8');
const expected = typeErrors.match(/@ts-expect-error/g)?.length ?? 0;
if (expected < 10) fail(`src/type-errors.tsx holds ${expected} @ts-expect-error lines; expected at least 10.`);

const bin = (name) => join(example, 'node_modules', name);
step('type-check (tsc --noEmit)', process.execPath, [bin('typescript/bin/tsc'), '--noEmit', '-p', example], example);
step('build (vite build)', process.execPath, [bin('vite/bin/vite.js'), 'build', '--logLevel', 'warn'], example);

// 4. The bundle holds the elements (the `import 'ipt-widgets'` side effect survived) and no React types.
const assets = join(example, 'dist/assets');
const js = readdirSync(assets)
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(assets, f), 'utf8'))
  .join('\n');
for (const tag of ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help']) {
  if (!js.includes(`"${tag}"`) && !js.includes(`'${tag}'`) && !js.includes(`\`${tag}\``))
    fail(`the bundle does not define <${tag}>.`);
}

// 5. An English-only app carries no Spanish: the Spanish pack comes only with `ipt-widgets/locales/es`.
const SPANISH_MARKERS = ['terapia interpersonal', 'Últimamente', 'Prefiero no responder'];
const spanishPack = readdirSync(join(root, 'dist/content/es'))
  .map((f) => readFileSync(join(root, 'dist/content/es', f), 'utf8'))
  .join('\n');
const absent = SPANISH_MARKERS.filter((marker) => !spanishPack.includes(marker));
if (absent.length) fail(`the markers ${absent.join(', ')} are not in the Spanish pack, so this check would prove nothing.`);
const spanish = SPANISH_MARKERS.filter((marker) => js.includes(marker));
if (spanish.length) fail(`the English-only bundle holds Spanish text (${spanish.join(', ')}).`);

console.log(
  `\n✔ React example type-checks (${expected} expected type errors held) and builds in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
