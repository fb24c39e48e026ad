import { html } from 'lit';
import { flatList } from '../../shared/flat-list.js';
import { list, paragraphs, subheading, type SectionContext } from './context.js';

/** Self-care steps by group, then building good relationships. */
export function renderSelfCare(ctx: SectionContext) {
  const { selfCare, relationships, sectionTitles } = ctx.content;
  return html`${paragraphs(ctx, selfCare.intro)}
    <p class="note">${selfCare.note}</p>
    ${selfCare.groups.map(
      (group) => html`<div class="item" data-group=${group.id}>
        ${subheading(ctx, group.name)}
        <ul>
          ${flatList(
            selfCare.items.filter((item) => item.group === group.id),
            (item) => html`<li>
              <span class="label">${item.label}.</span> ${item.why}${ctx.cite(item.cite)}
            </li>`,
          )}
        </ul>
      </div>`,
    )}
    ${subheading(ctx, sectionTitles.relationships)} ${paragraphs(ctx, relationships.intro)}
    ${list(ctx, relationships.tips)}
    <p part="safety-note" class="note">${relationships.safetyNote} ${ctx.crisisLink(ctx.content.ui.crisis.getHelpNow)}</p>`;
}
