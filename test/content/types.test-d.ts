// Type-level tests, checked by `tsc --noEmit` (npm run typecheck), never run in a browser: if mistyped
// source ids or empty citation lists stop being type errors, the `@ts-expect-error` lines below become
// unused and tsc fails. The values are exported only so that noUnusedLocals leaves them alone.
import type { Citations, SourceId, TextBlock } from '../../src/content/index.js';

export const good: TextBlock = { text: 'IPT is a talk therapy.', cite: ['webmdIpt'] };

// @ts-expect-error: "webmdIPT" is not a source id (wrong case).
export const mistyped: TextBlock = { text: 'IPT is a talk therapy.', cite: ['webmdIPT'] };

// @ts-expect-error: a text block needs at least one citation.
export const uncited: TextBlock = { text: 'IPT is a talk therapy.', cite: [] };

// @ts-expect-error: an unknown id is not a SourceId.
export const badId: SourceId = 'healthline';

export const many: Citations = ['cuijpers2016', 'cuijpers2017'];
