import { html } from 'lit';
import { paragraphs, subheading, type SectionContext } from './context.js';

/** What IPT is: the plain definition, where it came from, how it is given and who gives it. */
export function renderWhat(ctx: SectionContext) {
  const { what } = ctx.content;
  const { ui } = ctx;
  return html`${paragraphs(ctx, what.intro)} ${subheading(ctx, ui.what.origin)} ${paragraphs(ctx, what.origin)}
  ${subheading(ctx, ui.what.format)} ${paragraphs(ctx, what.format)} ${subheading(ctx, ui.what.whoDelivers)}
  ${paragraphs(ctx, what.whoDelivers)}`;
}
