import { html } from 'lit';
import { paragraphs, subheading, type SectionContext } from './context.js';

/** The key ideas behind IPT, one sub-heading each. */
export function renderCoreConcepts(ctx: SectionContext) {
  return html`${ctx.content.coreConcepts.map(
    (concept) => html`<div class="item">${subheading(ctx, concept.name)} ${paragraphs(ctx, concept.blocks)}</div>`,
  )}`;
}
