import type { Source, SourceId } from '../content/types.js';
import { sources } from '../content/sources.js';

/**
 * Numbers sources in the order they are first cited (1, 2, 3...), so the list reads top to bottom
 * in the same order as the text. One index per render. Shared by the explainer and the checklist.
 */
export class CitationIndex {
  private readonly numbers = new Map<SourceId, number>();

  /** The number of `id`, given on first use. */
  number(id: SourceId): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(id, n);
    }
    return n;
  }

  /** Every cited source with its number, in number order. */
  entries(): { id: SourceId; number: number; source: Source }[] {
    return [...this.numbers].map(([id, number]) => ({ id, number, source: sources[id] as Source }));
  }
}
