import { html, nothing } from 'lit';
import type { Source, SourceId } from '../../content/types.js';
import { sourceHref } from '../../content/source-href.js';
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
    ${entries.map(({ id, number, source }) => renderEntry(ctx, id, number, source))}
  </ol>`;
}

function renderEntry(ctx: SectionContext, id: SourceId, number: number, source: Source) {
  const href = sourceHref(source);
  const title = href
    ? html`<a href=${href} rel="noopener noreferrer">${source.title}</a>`
    : html`<cite>${source.title}</cite>`;
  const details = [...new Set([source.authors, source.publisher, String(source.year)].filter(Boolean))]
    .map((part) => sentence(part!))
    .join(' ');
  return html`<li part="source" class="source" id=${ctx.id(`source-${id}`)} value=${number} tabindex="-1">
    ${title}${endsSentence(source.title) ? '' : '.'} ${details}${source.doi ? html` ${ctx.ui.doi}: ${source.doi}` : nothing}
  </li>`;
}

const endsSentence = (text: string) => /[.?!]$/.test(text.trim());

/** Ends a part of the reference with a full stop unless it already ends a sentence ("n.d."). */
const sentence = (text: string) => (endsSentence(text) ? text.trim() : `${text.trim()}.`);
