import { html } from 'lit';
import type { Source, SourceId } from '../../content/types.js';
import { sourceHref } from '../../content/source-href.js';
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
  const href = sourceHref(source);
  const details = [...new Set([source.authors, source.publisher, String(source.year)].filter(Boolean))]
    .map((part) => sentence(part!))
    .join(' ');
  // What follows the title, as one text node: "Authors. Publisher. 2020. DOI: 10.1/x"
  const rest = `${endsSentence(source.title) ? '' : '.'} ${details}${source.doi ? ` ${ctx.ui.doi}: ${source.doi}` : ''}`;
  const entryId = ctx.id(`source-${id}`);
  // prettier-ignore
  return href
    ? html`<li part="source" class="source" id=${entryId} value=${number} tabindex="-1"><a href=${href} rel="noopener noreferrer">${source.title}</a>${rest}</li>`
    : html`<li part="source" class="source" id=${entryId} value=${number} tabindex="-1"><cite>${source.title}</cite>${rest}</li>`;
}

const endsSentence = (text: string) => /[.?!]$/.test(text.trim());

/** Ends a part of the reference with a full stop unless it already ends a sentence ("n.d."). */
const sentence = (text: string) => (endsSentence(text) ? text.trim() : `${text.trim()}.`);
