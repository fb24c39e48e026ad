#!/usr/bin/env node
// `npx ipt-widgets render '<ipt-explainer region="us">'`: paste-ready, pre-rendered widget markup
// (declarative shadow DOM: readable before and without JavaScript) plus the module script tag.
import { parseArgs } from 'node:util';

const USAGE = `Usage: ipt-widgets render '<ipt-explainer region="us">' [--no-script] [--script-src URL]
       ipt-widgets csp

Prints the widgets as HTML with declarative shadow DOM, then the module script that makes them
interactive. --no-script leaves the script out (add it once per page yourself). --script-src sets its
address (default: ipt-widgets.js beside the page; host dist/cdn/ipt-widgets.js, or ipt-widgets.es.js
for Spanish, yourself, with dist/cdn/chunks/ beside it: the widgets fetch nothing from elsewhere).

csp prints the style-src directive that lets the rendered widgets' inline styles through a strict
Content-Security-Policy without 'unsafe-inline'.`;

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
const valid = (command === 'render' && snippets.length > 0) || (command === 'csp' && snippets.length === 0);
if (args.values.help || !valid) {
  console[args.values.help ? 'log' : 'error'](USAGE);
  process.exit(args.values.help ? 0 : 2);
}

try {
  const { renderToString, moduleScript, cspStyleSrc } = await import('../dist/ssr/index.js');
  if (command === 'csp') {
    process.stdout.write(`${cspStyleSrc()}\n`);
  } else {
    process.stdout.write(renderToString(snippets.join('\n')));
    process.stdout.write('\n');
    if (!args.values['no-script']) process.stdout.write(`${moduleScript(args.values['script-src'])}\n`);
  }
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(1);
}
