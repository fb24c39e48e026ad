// The Eleventy recipe (examples/ssr-eleventy), built as a site developer builds it, against the built
// package (dist/): what a reader of each built page gets before any script runs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const example = fileURLToPath(new URL('examples/ssr-eleventy/', root));
const eleventyBin = fileURLToPath(new URL('node_modules/@11ty/eleventy/cmd.cjs', root));
const { en } = await import(new URL('dist/content/index.js', root));
const { es } = await import(new URL('dist/content/es/index.js', root));
const { cspStyleSrc, styleHashes } = await import(new URL('dist/ssr/index.js', root));

/** Runs `eleventy` in the example's folder, as its config comment says; extra arguments after. */
const eleventy = (...args) =>
  spawnSync(process.execPath, [eleventyBin, '--quiet', ...args], { cwd: example, encoding: 'utf8', timeout: 30_000 });

const decode = (text) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec, hex, name) =>
    dec
      ? String.fromCodePoint(+dec)
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[name.toLowerCase()],
  );
/** The text a person reads in some markup: no styles, comments or tags, entities decoded, spaces collapsed. */
const textOf = (markup) =>
  decode(markup.replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');

const TOKENS = /<\/template\s*>|<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const attr = (attrs, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * Reads a page the way a browser builds its trees: the document, and one tree per
 * `<template shadowrootmode>` (a shadow root), nested ones apart. Gives the widgets in the document
 * (tag, attributes, their shadow root's markup) and, for every tree, its ids and id references.
 */
function readPage(html) {
  const trees = [{ ids: [], refs: [] }];
  const stack = [{ tree: trees[0], start: 0 }];
  const widgets = [];
  let lastWidget;
  for (const match of html.matchAll(TOKENS)) {
    const [token, tag, attrs] = match;
    const { tree } = stack.at(-1);
    if (!tag) {
      const closed = stack.pop();
      if (closed.widget) closed.widget.shadow = html.slice(closed.start, match.index);
      continue;
    }
    const id = attr(attrs, 'id');
    if (id !== undefined) tree.ids.push(id);
    for (const name of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls']) {
      for (const ref of attr(attrs, name)?.split(/\s+/).filter(Boolean) ?? []) tree.refs.push(`${name}=${ref}`);
    }
    if (tag.toLowerCase() === 'template') {
      const child = { ids: [], refs: [] };
      trees.push(child);
      // A widget's shadow root is the template right after its opening tag.
      const owner =
        lastWidget?.end === match.index && /\sshadowrootmode="open"/.test(attrs) ? lastWidget.widget : undefined;
      stack.push({ tree: child, start: match.index + token.length, widget: owner });
    } else if (stack.length === 1 && tag.startsWith('ipt-')) {
      const widget = { tag, attrs, shadow: undefined };
      widgets.push(widget);
      lastWidget = { widget, end: match.index + token.length };
    }
  }
  return { widgets, trees };
}

describe('examples/ssr-eleventy', () => {
  let out;
  let built;
  const page = (path) => readFileSync(join(out, path), 'utf8');

  before(() => {
    out = mkdtempSync(join(tmpdir(), 'ipt-eleventy-'));
    built = eleventy(`--output=${out}`);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('builds, with every attribute of the pages kept', () => {
    assert.equal(built.status, 0, built.stderr + built.stdout);
    // renderToString warns of an attribute it leaves out; (Eleventy's own notes on timing are fine).
    assert.doesNotMatch(built.stderr, /\[ipt-widgets\]/);
  });

  it('renders every widget on the English page into its shadow root, with its content', () => {
    const { widgets } = readPage(page('index.html'));
    assert.deepEqual(
      widgets.map((w) => w.tag),
      ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-crisis-help'],
    );
    const us = en.crisis.regions.find((r) => r.region === 'us');
    const expected = {
      // layout="expanded": every section is there, the last as well as the first.
      'ipt-explainer': [en.explainerUi.title, en.sectionTitles.what, en.what.intro[0].text, en.sectionTitles.evidence],
      'ipt-problem-area-quiz': [en.sectionTitles.quiz, en.quiz.intro[0].text],
      'ipt-crisis-help': [en.crisis.heading, ...us.resources.map((r) => r.action)],
    };
    for (const widget of widgets) {
      assert.ok(widget.shadow, `<${widget.tag}> has no <template shadowrootmode="open">`);
      const text = textOf(widget.shadow);
      for (const line of expected[widget.tag]) {
        assert.ok(text.includes(line.replace(/\s+/g, ' ')), `<${widget.tag}> lacks "${line}"`);
      }
    }
  });

  it('renders the Spanish page in Spanish, widgets and page alike', () => {
    const html = page('es/index.html');
    assert.match(html, /<html lang="es">/);
    const { widgets } = readPage(html);
    assert.deepEqual(
      widgets.map((w) => w.tag),
      ['ipt-selfcare-checklist', 'ipt-crisis-help'],
    );
    const us = es.crisis.regions.find((r) => r.region === 'us');
    const expected = {
      'ipt-selfcare-checklist': [es.sectionTitles.selfCare, es.selfCare.items[0].label],
      'ipt-crisis-help': [es.crisis.heading, ...us.resources.map((r) => r.action)],
    };
    const english = [en.sectionTitles.selfCare, en.selfCare.items[0].label, en.crisis.heading];
    for (const widget of widgets) {
      assert.ok(widget.shadow, `<${widget.tag}> has no <template shadowrootmode="open">`);
      assert.match(widget.shadow, /<[a-z]+\s[^>]*\blang="es"/, `<${widget.tag}> is not marked as Spanish`);
      const text = textOf(widget.shadow);
      for (const line of expected[widget.tag]) assert.ok(text.includes(line), `<${widget.tag}> lacks "${line}"`);
      for (const line of english) assert.ok(!text.includes(line), `<${widget.tag}> shows English: "${line}"`);
    }
  });

  it('loads the widgets’ script from the site, once per page, in the page’s language', () => {
    for (const [path, file] of [
      ['index.html', 'ipt-widgets.js'],
      ['es/index.html', 'ipt-widgets.es.js'],
    ]) {
      const scripts = [...page(path).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      assert.deepEqual(scripts, [`<script type="module" src="/${file}">`], path);
      assert.ok(
        readFileSync(join(out, file)).equals(readFileSync(new URL(`dist/cdn/${file}`, root))),
        `${file} is not the package's CDN file`,
      );
    }
    // The chunks the script imports when a person prints or saves notes or the calendar file, beside it.
    for (const chunk of ['chunks/notes.js', 'chunks/reminder.js']) {
      assert.ok(readFileSync(join(out, chunk)).equals(readFileSync(new URL(`dist/cdn/${chunk}`, root))), `${chunk} is not beside the script`);
    }
  });

  it('gives no two elements the same id in one tree, and every id reference a target in its own tree', () => {
    for (const path of ['index.html', 'es/index.html']) {
      const { trees } = readPage(page(path));
      assert.ok(trees.length > 3, path);
      for (const { ids, refs } of trees) {
        const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
        assert.deepEqual(repeated, [], `${path}: repeated ids`);
        const dangling = refs.filter((ref) => !ids.includes(ref.slice(ref.indexOf('=') + 1)));
        assert.deepEqual(dangling, [], `${path}: references to no element`);
      }
    }
  });

  it('needs no style that `npx ipt-widgets csp` does not allow', () => {
    const directive = cspStyleSrc();
    for (const path of ['index.html', 'es/index.html']) {
      for (const hash of styleHashes(page(path))) assert.ok(directive.includes(hash), `${path}: ${hash}`);
    }
  });
});

describe('examples/ssr-eleventy with a mistyped widget', () => {
  it('fails the build, naming the tag, and writes no page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipt-eleventy-bad-'));
    try {
      mkdirSync(join(dir, 'pages'));
      writeFileSync(
        join(dir, 'pages', 'typo.html'),
        '<!doctype html>\n<html lang="en"><body><ipt-explainr region="us"></ipt-explainr></body></html>\n',
      );
      const run = eleventy(`--input=${join(dir, 'pages')}`, `--output=${join(dir, 'out')}`);
      assert.equal(run.signal, null, 'eleventy did not exit');
      assert.equal(run.status, 1, run.stderr + run.stdout);
      assert.match(run.stderr + run.stdout, /<ipt-explainr> is not an ipt widget/);
      assert.throws(() => readFileSync(join(dir, 'out', 'typo', 'index.html')), { code: 'ENOENT' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
