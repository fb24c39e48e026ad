import { html } from 'lit';
import type { ProblemArea } from '../../content/types.js';
import { list, paragraphs, subheading, type SectionContext } from './context.js';

/** The four IPT problem areas, each with common situations and what IPT works on. */
export function renderProblemAreas(ctx: SectionContext) {
  const { problemAreas } = ctx.content;
  return html`${paragraphs(ctx, problemAreas.intro)} ${problemAreas.areas.map((area) => renderArea(ctx, area))}`;
}

function renderArea(ctx: SectionContext, area: ProblemArea) {
  const words = ctx.content.ui.area;
  return html`<div class="item" data-area=${area.id}>
    ${subheading(ctx, area.name)}
    <p class="also-called">${words.alsoCalled}: ${area.clinicalName}</p>
    ${paragraphs(ctx, [area.summary])} ${subheading(ctx, words.situations, 1)} ${list(ctx, area.situations)}
    ${subheading(ctx, words.focus, 1)} ${list(ctx, area.focus)}
  </div>`;
}
