#!/usr/bin/env node
// `npx ipt-widgets render '<ipt-explainer region="us">'`: paste-ready, pre-rendered widget markup
// (declarative shadow DOM: readable before and without JavaScript) plus the module script tag.
import { parseArgs } from 'node:util';

const USAGE = `Usage: ipt-widgets render '<ipt-explainer region="us">' [--no-script] [--script-src URL]

Prints the widgets as HTML with declarative shadow DOM, then the module script that makes them
interactive. --no-script leaves the script out (add it once per page yourself). --script-src sets its
address (default: ipt-widgets.js beside the page; host dist/cdn/ipt-widgets.js, or ipt-widgets.es.js
for Spanish, yourself: the widgets fetch nothing from elsewhere).`;

// A reader that stops early (`| head`) is no error.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { 'no-script': { type: 'boolean' }, 'script-src': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
const [command, ...snippets] = args.positionals;
if (args.values.help || command !== 'render' || snippets.length === 0) {
  console[args.values.help ? 'log' : 'error'](USAGE);
  process.exit(args.values.help ? 0 : 2);
}

try {
  const { renderToString, moduleScript } = await import('../dist/ssr/index.js');
  process.stdout.write(renderToString(snippets.join('\n')));
  process.stdout.write('\n');
  if (!args.values['no-script']) process.stdout.write(`${moduleScript(args.values['script-src'])}\n`);
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(1);
}
