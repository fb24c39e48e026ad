import { html } from 'lit';
import type { EvidenceItem } from '../../content/types.js';
import { paragraphs, subheading, type SectionContext } from './context.js';

/**
 * What research shows. Each study is a short block (finding, then limits) rather than a table,
 * so long sentences stay readable on a phone.
 */
export function renderEvidence(ctx: SectionContext) {
  const { evidence } = ctx.content;
  return html`${paragraphs(ctx, evidence.intro)} ${evidence.items.map((item) => renderItem(ctx, item))}
  ${subheading(ctx, ctx.ui.evidence.balance)} ${paragraphs(ctx, evidence.balance)}`;
}

function renderItem(ctx: SectionContext, item: EvidenceItem) {
  const words = ctx.content.ui.evidenceTable;
  return html`<div class="item" data-evidence=${item.id}>
    ${subheading(ctx, item.label)}
    <dl>
      <dt>${words.finding}</dt>
      <dd>${item.finding}${ctx.cite(item.cite)}</dd>
      <dt>${words.limits}</dt>
      <dd>${item.limits}${ctx.cite(item.cite)}</dd>
    </dl>
  </div>`;
}
