import { html } from 'lit';
import { flatList } from '../../shared/flat-list.js';
import { paragraphs, scrollTable, type SectionContext } from './context.js';

/** How IPT may help: ideas being studied and the aims of IPT, as a table. */
export function renderHowItHelps(ctx: SectionContext) {
  const { howItHelps, ui } = ctx.content;
  const words = ui.waysTable;
  const captionId = ctx.id('ways-caption');
  return html`${paragraphs(ctx, howItHelps.intro)}
  ${scrollTable(
    captionId,
    html`<table part="table">
      <caption id=${captionId}>${words.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${words.way}</th>
          <th scope="col">${words.kind}</th>
          <th scope="col">${words.means}</th>
        </tr>
      </thead>
      <tbody>
        ${flatList(
          howItHelps.rows,
          (row) => html`<tr>
            <th scope="row">${row.way}</th>
            <td>${row.kind === 'idea' ? words.idea : words.aim}</td>
            <td>${row.means}${ctx.cite(row.cite)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  )}`;
}
