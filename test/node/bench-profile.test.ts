// The benchmark's split of (c)'s script (bench/profile.mjs): source-map lookups, the names it gives
// Lit's functions (read from Lit's own published sources), the bucket of each function, and how a
// CPU profile's samples are counted. A wrong name or bucket here would misreport what dominates.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  attributeSamples,
  enclosingName,
  partOf,
  segmentAt,
  type CallFrame,
  type CpuProfile,
} from '../../bench/profile.mjs';
import { segmentsByLine } from '../../scripts/size-why.mjs';

describe('bench profile: source maps', () => {
  // Line 0: columns 0 and 4 from source 0 line 0 columns 0 and 4, then bundler-made code from
  // column 9; line 1: column 0 from source 0 line 1 column 0 (relative to the last mapped segment).
  const lines = segmentsByLine('AAAA,IAAI,K;AACJ');

  it('decodes each line to segments, bundler-made code as -1', () => {
    assert.deepEqual(lines, [
      [
        [0, 0, 0, 0],
        [4, 0, 0, 4],
        [9, -1, -1, -1],
      ],
      [[0, 0, 1, 0]],
    ]);
  });

  it('finds the segment at or before a column, and none before the first', () => {
    assert.deepEqual(segmentAt(lines, 0, 2), [0, 0, 0, 0]);
    assert.deepEqual(segmentAt(lines, 0, 5), [4, 0, 0, 4]);
    assert.deepEqual(segmentAt(lines, 0, 12), [9, -1, -1, -1]);
    assert.deepEqual(segmentAt(lines, 1, 0), [0, 0, 1, 0]);
    assert.equal(segmentAt(segmentsByLine('EAAA'), 0, 1), undefined);
  });

  it("continues the lines above before a line's first segment, as size:why does", () => {
    // Line 2 starts its only segment at column 2, from source 0 line 1 column 0.
    const three = segmentsByLine('AAAA,IAAI,K;AACJ;EAAA');
    assert.deepEqual(segmentAt(three, 2, 1), [0, 0, 1, 0]);
    assert.deepEqual(segmentAt(three, 2, 3), [2, 0, 1, 0]);
    assert.deepEqual(segmentAt(three, 9, 0), [2, 0, 1, 0]);
  });
});

describe('bench profile: names', () => {
  /** The TypeScript source inside a Lit package's published source map, as lines. */
  const source = (map: string) =>
    (JSON.parse(readFileSync(`node_modules/${map}`, 'utf8')) as { sourcesContent: string[] }).sourcesContent[0]!.split(
      '\n',
    );
  const lineOf = (lines: string[], text: string) => {
    const i = lines.findIndex((l) => l.includes(text));
    assert.ok(i >= 0, `the source no longer has "${text}"`);
    return i;
  };

  it("names code in lit-html's source by class and member, or by function", () => {
    const lit = source('lit-html/lit-html.js.map');
    assert.equal(enclosingName(lit, lineOf(lit, 'this.el = Template.createElement')), 'Template.constructor');
    assert.equal(enclosingName(lit, lineOf(lit, '_clone(options')), 'TemplateInstance._clone');
    assert.equal(enclosingName(lit, lineOf(lit, 'private _commitText(value') + 1), 'ChildPart._commitText');
    assert.equal(enclosingName(lit, lineOf(lit, 'const getTemplateHtml') + 3), 'getTemplateHtml');
  });

  it("names class fields that hold functions, in @lit/context's and reactive-element's sources", () => {
    const provider = source('@lit/context/lib/controllers/context-provider.js.map');
    assert.equal(
      enclosingName(provider, lineOf(provider, 'onContextRequest = (') + 2),
      'ContextProvider.onContextRequest',
    );
    assert.equal(
      enclosingName(provider, lineOf(provider, 'onProviderRequest = (') + 2),
      'ContextProvider.onProviderRequest',
    );
    const consumer = source('@lit/context/lib/controllers/context-consumer.js.map');
    assert.equal(enclosingName(consumer, lineOf(consumer, 'private _callback:') + 1), 'ContextConsumer._callback');
    const element = source('@lit/reactive-element/reactive-element.js.map');
    assert.equal(
      enclosingName(element, lineOf(element, 'protected performUpdate(): void {') + 1),
      'ReactiveElement.performUpdate',
    );
  });

  it('names a function assigned inside a top-level one, and skips calls that look like members', () => {
    const src = [
      'const PREFIX = 1;',
      'globalThis.support = ({LitElement}) => {',
      '  const observed = read(',
      '  );',
      '  LitElement.prototype.update = function (',
      '    value: unknown',
      '  ) {',
      '    render(value);',
      '  };',
      '};',
      'export class Part {',
      '  constructor(',
      '    x: number',
      '  ) {',
      '    walk(x, () => {',
      '    });',
      '  }',
      '}',
    ];
    assert.equal(enclosingName(src, 7), 'support.update');
    assert.equal(enclosingName(src, 2), 'support');
    assert.equal(enclosingName(src, 14), 'Part.constructor');
    assert.equal(enclosingName(src, 0), 'PREFIX');
  });
});

describe('bench profile: buckets', () => {
  it('puts each function in its bucket', () => {
    assert.equal(partOf('node_modules/lit-html/lit-html.js', 'anything', true), 'evaluation');
    assert.equal(partOf('src/index.ts', 'line 1', true), 'evaluation');
    assert.equal(partOf('node_modules/lit-html/lit-html.js', 'Template.constructor', false), 'templates');
    assert.equal(partOf('node_modules/lit-html/lit-html.js', 'getTemplateHtml', false), 'templates');
    assert.equal(partOf('node_modules/lit-html/lit-html.js', 'ChildPart._insert', false), 'dom');
    assert.equal(partOf('node_modules/lit-html/directives/if-defined.js', 'ifDefined', false), 'dom');
    assert.equal(partOf('node_modules/lit-html/directive.js', 'Directive._$initialize', false), 'dom');
    assert.equal(partOf('node_modules/lit-html/private-ssr-support.js', 'x', false), 'lifecycle');
    assert.equal(
      partOf('node_modules/@lit/reactive-element/reactive-element.js', 'ReactiveElement.performUpdate', false),
      'lifecycle',
    );
    assert.equal(partOf('node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js', 'x', false), 'lifecycle');
    assert.equal(partOf('src/explainer/explainer.ts', 'line 12', false), 'ours');
    assert.equal(partOf('(bundler-made code)', '', false), 'other');
    assert.equal(partOf('\0rolldown/runtime.js', 'line 3', false), 'other');
  });
});

describe('bench profile: counting samples', () => {
  const CDN = 'http://127.0.0.1/dist/cdn/ipt-widgets.js';
  const frame = (functionName: string, url = '', lineNumber = -1, columnNumber = -1): CallFrame => ({
    functionName,
    url,
    lineNumber,
    columnNumber,
  });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 5, 7] },
      { id: 2, callFrame: frame('(program)') },
      { id: 3, callFrame: frame('(idle)') },
      { id: 4, callFrame: frame('(garbage collector)') },
      { id: 5, callFrame: frame('harness', 'http://127.0.0.1/gen/x.html', 3, 0), children: [6] },
      { id: 6, callFrame: frame('querySelectorAll') },
      { id: 7, callFrame: frame('', CDN, 0, 0), children: [8] },
      { id: 8, callFrame: frame('S', CDN, 0, 120), children: [9] },
      { id: 9, callFrame: frame('importNode') },
    ],
    // Sample i stands for timeDeltas[i + 1]: 1, 2, 4, 8, 16, 32, 64, 128 ms in turn, the last
    // sample for nothing. A negative delta (a sample out of order) stands for nothing either.
    samples: [2, 3, 4, 5, 6, 7, 9, 8, 8],
    timeDeltas: [0, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000],
  };
  const place = (f: CallFrame) =>
    f.columnNumber === 0
      ? { label: 'top', part: 'evaluation' as const }
      : { label: 'Template.constructor', part: 'templates' as const };

  it('counts script by the widget file function it ran in or under, leaving out non-script samples', () => {
    const { parts, functions } = attributeSamples(profile, place, (url) => url === CDN);
    // gc 4; page: the harness 8 and the native call under it 16; the file's top level 32; the
    // native importNode under S 64 and S itself 128; (program) 1 and (idle) 2 are not script.
    assert.deepEqual(parts, {
      evaluation: 32,
      templates: 64 + 128,
      dom: 0,
      lifecycle: 0,
      ours: 0,
      other: 0,
      gc: 4,
      page: 8 + 16,
    });
    assert.deepEqual(functions, {
      top: { part: 'evaluation', ms: 32 },
      'Template.constructor': { part: 'templates', ms: 192 },
    });
  });

  it('gives a sample with a negative time nothing', () => {
    const { parts } = attributeSamples(
      { ...profile, timeDeltas: [0, 1000, 2000, 4000, 8000, 16000, 32000, -64000, 128000] },
      place,
      (url) => url === CDN,
    );
    assert.equal(parts.templates, 128);
  });
});
