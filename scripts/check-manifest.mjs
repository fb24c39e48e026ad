// Fails when custom-elements.json is not what the analyzer makes from the current sources.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const dir = '.cache/manifest-check'; // the analyzer resolves its outdir against the working directory
try {
  execFileSync('npx', ['custom-elements-manifest', 'analyze'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, IPT_MANIFEST_DIR: dir, IPT_EDITOR_DATA_DIR: dir },
  });
  const fresh = readFileSync(`${dir}/custom-elements.json`, 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the sources.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
