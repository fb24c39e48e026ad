#!/usr/bin/env node
// Child process for the bench: reads a JSON array of widget markup on stdin and writes a JSON array
// of { html, ms }: the same widgets server-rendered by the built `ipt-widgets/ssr`
// (dist/ssr/index.js) and the Node time renderToString took (after one unmeasured warm-up). It runs
// apart because the server renderer installs a global DOM shim that must not enter the bench process
// (the same reason test/embed/ssr-middleware.mjs renders in a child).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

/** Server-renders each markup string with dist/ssr; returns `{ html, ms }` in the same order. */
export function renderWithSsr(markups, { cwd = process.cwd() } = {}) {
  const out = execFileSync(process.execPath, [SELF], {
    cwd,
    input: JSON.stringify(markups),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    // The renderer warns on stderr about left-out attributes; let that through.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

if (process.argv[1] === SELF) {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { renderToString } = await import(new URL('../dist/ssr/index.js', import.meta.url).href);
  const out = JSON.parse(input).map((markup) => {
    renderToString(markup); // warm-up: module code and templates compile on the first call
    const start = performance.now();
    const html = renderToString(markup);
    return { html, ms: Math.round((performance.now() - start) * 100) / 100 };
  });
  process.stdout.write(JSON.stringify(out));
}
