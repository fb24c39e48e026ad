import { expect } from '@open-wc/testing';
import type { Citations, SourceId, TextBlock } from '../../src/content/index.js';

// Type-level tests: if mistyped source ids or empty citation lists stop being
// type errors, the `@ts-expect-error` lines below become unused and tsc fails.

const good: TextBlock = { text: 'IPT is a talk therapy.', cite: ['webmdIpt'] };

// @ts-expect-error: "webmdIPT" is not a source id (wrong case).
const mistyped: TextBlock = { text: 'IPT is a talk therapy.', cite: ['webmdIPT'] };

// @ts-expect-error: a text block needs at least one citation.
const uncited: TextBlock = { text: 'IPT is a talk therapy.', cite: [] };

// @ts-expect-error: an unknown id is not a SourceId.
const badId: SourceId = 'healthline';

const many: Citations = ['cuijpers2016', 'cuijpers2017'];

describe('content types', () => {
  it('accepts valid citations (the real checks run in the type-checker)', () => {
    expect(good.cite).to.deep.equal(['webmdIpt']);
    expect(many.length).to.equal(2);
    // The invalid values still exist at runtime; they only fail to compile.
    expect([mistyped, uncited, badId].length).to.equal(3);
  });
});
