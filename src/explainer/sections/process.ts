import { html, nothing } from 'lit';
import type { Phase, Technique } from '../../content/types.js';
import { flatList } from '../../shared/flat-list.js';
import { list, paragraphs, scrollTable, subheading, type SectionContext } from './context.js';

/** What happens in IPT: the three phases as an ordered list, then staying well afterwards. */
export function renderProcess(ctx: SectionContext) {
  const { process } = ctx.content;
  const listId = ctx.id('phases-label');
  return html`${paragraphs(ctx, process.intro)}
    <p id=${listId} class="visually-hidden">${ctx.ui.process.phases}</p>
    <ol class="phases" aria-labelledby=${listId}>
      ${process.phases.map((phase) => html`<li class="phase">${renderPhase(ctx, phase)}</li>`)}
    </ol>
    ${subheading(ctx, ctx.ui.process.maintenance)} ${paragraphs(ctx, process.maintenance)}`;
}

function renderPhase(ctx: SectionContext, phase: Phase) {
  const words = ctx.content.ui.phase;
  return html`${subheading(ctx, phase.name)}
    <p class="when">${phase.when}</p>
    ${subheading(ctx, words.happens, 1)} ${list(ctx, phase.happens)}
    ${phase.assess?.length ? html`${subheading(ctx, words.assess, 1)} ${list(ctx, phase.assess)}` : nothing}
    ${phase.goals?.length ? html`${subheading(ctx, words.goals, 1)} ${list(ctx, phase.goals)}` : nothing}
    ${phase.techniques?.length ? renderTechniques(ctx, phase.id, phase.techniques) : nothing}`;
}

function renderTechniques(ctx: SectionContext, phaseId: string, techniques: readonly Technique[]) {
  const words = ctx.content.ui.techniquesTable;
  const captionId = ctx.id(`${phaseId}-techniques-caption`);
  return html`${subheading(ctx, ctx.content.ui.phase.techniques, 1)}
  ${scrollTable(
    captionId,
    html`<table part="table">
      <caption id=${captionId}>${words.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${words.name}</th>
          <th scope="col">${words.text}</th>
        </tr>
      </thead>
      <tbody>
        ${flatList(
          techniques,
          (technique) => html`<tr>
            <th scope="row">${technique.name}</th>
            <td>${technique.text}${ctx.cite(technique.cite)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  )}`;
}
