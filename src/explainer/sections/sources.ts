import { html } from 'lit';
import type { Source, SourceId } from '../../content/types.js';
import { endsSentence, renderSourceEntry } from '../../shared/citations.js';
import { flatList } from '../../shared/flat-list.js';
import type { SectionContext } from './context.js';

/** One numbered source, as shown in the list. */
export interface NumberedSource {
  readonly id: SourceId;
  readonly number: number;
  readonly source: Source;
}

/**
 * The numbered list of every source cited above, in citation order. Entries are focus targets for
 * the citation links; links open in the same tab.
 */
export function renderSources(ctx: SectionContext, entries: readonly NumberedSource[]) {
  return html`<ol part="sources" class="sources">
    ${flatList(entries, ({ id, number, source }) => renderEntry(ctx, id, number, source))}
  </ol>`;
}

function renderEntry(ctx: SectionContext, id: SourceId, number: number, source: Source) {
  const details = [...new Set([source.authors, source.publisher, String(source.year)].filter(Boolean))]
    .map((part) => sentence(part!))
    .join(' ');
  // After the title: "Authors. Publisher. 2020. DOI: 10.1/x"
  return renderSourceEntry(ctx.id(`source-${id}`), number, source, ` ${details}${source.doi ? ` ${ctx.ui.doi}: ${source.doi}` : ''}`);
}

/** Ends a part of the reference with a full stop unless it already ends a sentence ("n.d."). */
const sentence = (text: string) => (endsSentence(text) ? text.trim() : `${text.trim()}.`);
