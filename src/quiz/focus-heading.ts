import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingLevel } from '../shared/heading.js';

/**
 * Like `heading()` from shared/heading.ts, with `tabindex="-1"` so the quiz can move focus to it
 * when a new screen or statement appears (it is never in the Tab order). `describedBy` adds context
 * read after the heading, such as "Question 3 of 16".
 */
export function focusHeading(
  level: HeadingLevel,
  content: unknown,
  part: string,
  id: string,
  describedBy?: string,
): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} tabindex="-1" aria-describedby=${ifDefined(describedBy)}>${content}</h6>`;
  }
}
