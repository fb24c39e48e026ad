// Server rendering and the snippet command, run in plain Node against the built package (dist/).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const cli = (...args) => spawnSync(process.execPath, ['bin/ipt-widgets.mjs', ...args], { encoding: 'utf8' });

describe('every entry imports in plain Node without touching window, document or storage', () => {
  const entries = ['.', './elements', './content', './explainer', './problem-area-quiz', './selfcare-checklist', './crisis-help', './provider', './locales/es'];
  for (const entry of entries) {
    it(`ipt-widgets${entry.slice(1)}`, () => {
      const file = pkg.exports[entry].default;
      // A fresh process with no DOM shim: any access to window, document or storage at load throws.
      const run = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', `await import(${JSON.stringify(new URL(`../../${file}`, import.meta.url).href)}); if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM global appeared');`],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
    });
  }
});

describe('ipt-widgets/ssr', async () => {
  const { renderToString, renderToStream, parseWidgets, moduleScript } = await import('../../dist/ssr/index.js');

  it('renders every widget to declarative shadow DOM with its content', () => {
    const out = renderToString(
      '<ipt-explainer region="us" layout="expanded"></ipt-explainer><ipt-problem-area-quiz region="us"></ipt-problem-area-quiz><ipt-selfcare-checklist region="us"></ipt-selfcare-checklist><ipt-crisis-help region="au"></ipt-crisis-help>',
    );
    assert.equal(out.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length >= 4, true);
    for (const text of ['Interpersonal therapy (IPT) for depression', 'Which themes fit you?', 'Self-care and staying well', 'Call 000 (Triple Zero)']) {
      assert.ok(out.includes(text), text);
    }
  });

  it('renders the quick exit as a plain link to its neutral page (it works with scripts off), and a bad href as the default', () => {
    const out = renderToString('<ipt-quick-exit href="https://example.org/weather"></ipt-quick-exit><ipt-quick-exit href="javascript:alert(1)"></ipt-quick-exit>');
    assert.equal(out.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, 2);
    const links = [...out.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(links.includes('https://example.org/weather'), links.join());
    assert.ok(links.includes('https://www.google.com/'), links.join());
    assert.ok(!links.some((href) => /^\s*javascript:/i.test(href)), links.join());
    assert.ok(out.includes('Leave this page'));
  });

  it('renders language and region: UK lines in Spanish', () => {
    const out = renderToString('<ipt-crisis-help lang="es" region="uk">');
    assert.ok(out.includes('lang="es"'));
    assert.ok(out.includes('0808 808 8000'));
    assert.ok(out.includes('¿Necesitas ayuda ahora?'));
  });

  it('gives the same markup for the same input (no counters, no clock)', () => {
    const input = '<ipt-explainer region="ie"></ipt-explainer><ipt-explainer region="ie"></ipt-explainer>';
    assert.equal(renderToString(input), renderToString(input));
  });

  it('streams the same markup', async () => {
    const input = '<ipt-crisis-help region="ca">';
    let streamed = '';
    for await (const chunk of renderToStream(input)) streamed += chunk;
    assert.equal(streamed, renderToString(input));
  });

  it('escapes values and leaves out attributes and tags that are not the widgets\u2019', () => {
    const warn = console.warn;
    const warnings = [];
    console.warn = (message) => warnings.push(String(message));
    try {
      const out = renderToString('<ipt-crisis-help region=\'"><img src=x onerror=alert(1)>\' onclick="alert(1)">');
      assert.equal(out.includes('<img'), false);
      assert.equal(out.includes('onclick'), false);
      assert.ok(warnings.some((w) => w.includes('<ipt-crisis-help> onclick')), warnings.join('\n'));
    } finally {
      console.warn = warn;
    }
    assert.throws(() => renderToString('<script>alert(1)</script>'), /not an ipt widget/);
    assert.throws(() => parseWidgets('no tags here'), /no widget tag found/);
  });

  it('writes the module script with an escaped address', () => {
    assert.equal(moduleScript('/js/ipt-widgets.es.js?"x'), '<script type="module" src="/js/ipt-widgets.es.js?&quot;x"></script>');
  });
});

describe('npx ipt-widgets render', () => {
  it('prints pre-rendered markup and the module script', () => {
    const run = cli('render', '<ipt-explainer region="us">');
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes('shadowrootmode="open"'));
    assert.ok(run.stdout.trim().endsWith('<script type="module" src="ipt-widgets.js"></script>'));
  });

  it('leaves the script out with --no-script, and takes --script-src', () => {
    assert.equal(cli('render', '--no-script', '<ipt-crisis-help>').stdout.includes('<script'), false);
    assert.ok(cli('render', '--script-src', '/assets/ipt-widgets.es.js', '<ipt-crisis-help lang="es">').stdout.includes('src="/assets/ipt-widgets.es.js"'));
  });

  it('explains its use, and fails clearly on bad input', () => {
    assert.equal(cli().status, 2);
    const bad = cli('render', '<div>');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /not an ipt widget/);
  });
});

describe('style hashes for a strict CSP', () => {
  const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('`npx ipt-widgets csp` allows every inline style of any rendered widget, whatever its attributes', async () => {
    const { renderToString } = await import('../../dist/ssr/index.js');
    const run = cli('csp');
    assert.equal(run.status, 0, run.stderr);
    const directive = run.stdout.trim();
    assert.match(directive, /^style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    const page = renderToString('<ipt-problem-area-quiz lang="es" region="uk"><ipt-selfcare-checklist region="au" color-scheme="dark"><ipt-explainer layout="expanded">');
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => text);
    assert.ok(styles.length >= 4);
    for (const text of styles) assert.ok(directive.includes(sha(text)), `missing ${sha(text)}`);
  });

  it('styleHashes lists each style once, and none for markup without styles', async () => {
    const { styleHashes } = await import('../../dist/ssr/index.js');
    assert.deepEqual(styleHashes('<style>a{}</style><p></p><style>a{}</style>'), [sha('a{}')]);
    assert.deepEqual(styleHashes('<p>no styles</p>'), []);
  });
});

describe('examples/ssr-node', () => {
  it('serves a page whose widgets are already rendered, in the language asked for', async () => {
    const { createServer } = await import('node:http');
    const { handler } = await import('../../examples/ssr-node/server.mjs');
    const server = createServer(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address();
      const page = await (await fetch(`http://127.0.0.1:${port}/?lang=es&region=uk`)).text();
      assert.ok(page.includes('<html lang="es">'));
      assert.ok(page.includes('shadowrootmode="open"'));
      assert.ok(page.includes('0808 808 8000'));
      assert.ok(page.includes('<script type="module" src="/ipt-widgets.es.js"></script>'));
      const script = await fetch(`http://127.0.0.1:${port}/ipt-widgets.es.js`);
      assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
      // Every chunk the script may import, at the address it imports it by (with its ?v= query).
      const source = await script.text();
      const chunks = [...source.matchAll(/import\("\.\/(chunks\/[^"]+)"\)/g)].map((m) => m[1]);
      assert.deepEqual(chunks.map((c) => c.replace(/\?.*$/, '')).sort(), ['chunks/notes.js', 'chunks/reminder.js']);
      for (const chunk of chunks) assert.equal((await fetch(`http://127.0.0.1:${port}/${chunk}`)).status, 200, chunk);
    } finally {
      server.close();
    }
  });
});
