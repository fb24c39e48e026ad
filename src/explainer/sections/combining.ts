import { html } from 'lit';
import { paragraphs, subheading, type SectionContext } from './context.js';

/** IPT alongside, or compared with, other treatments. */
export function renderCombining(ctx: SectionContext) {
  const { combining } = ctx.content;
  return html`${paragraphs(ctx, combining.intro)}
  ${combining.items.map(
    (item) => html`<div class="item" data-treatment=${item.id}>
      ${subheading(ctx, item.name)}
      <p>${item.text}${ctx.cite(item.cite)}</p>
    </div>`,
  )}`;
}
