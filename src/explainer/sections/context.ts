import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleContent, SourceId, TextBlock } from '../../content/types.js';
import { below, heading, type HeadingLevel } from '../../shared/heading.js';
import { flatList } from '../../shared/flat-list.js';

/** What a section renderer needs: content, words, the heading level inside it, and citations. */
export interface SectionContext {
  readonly content: Omit<LocaleContent, 'lang' | 'dir'>;
  readonly ui: LocaleContent['explainerUi'];
  /** Level of the first headings inside a section panel (one below the section heading). */
  readonly level: HeadingLevel;
  /** Citation links for one claim, numbered in reading order. */
  cite(ids: readonly SourceId[]): TemplateResult | typeof nothing;
  /** An id unique to this element instance. */
  id(suffix: string): string;
  /** A link that moves focus to this widget's crisis lines. */
  crisisLink(label: string): TemplateResult;
}

/** A heading `steps` levels below the panel's first level (capped at 6). */
export const subheading = (ctx: SectionContext, text: string, steps = 0): TemplateResult =>
  heading(below(ctx.level, steps), text, 'subheading');

/** One paragraph per block, each with its citations. */
export const paragraphs = (ctx: SectionContext, blocks: readonly TextBlock[]) =>
  flatList(blocks, (block) => html`<p>${block.text}${ctx.cite(block.cite)}</p>`);

/** A bulleted list of blocks, each with its citations. */
export const list = (ctx: SectionContext, blocks: readonly TextBlock[]): TemplateResult =>
  html`<ul>
    ${flatList(blocks, (block) => html`<li>${block.text}${ctx.cite(block.cite)}</li>`)}
  </ul>`;

/** A table that may scroll sideways on a narrow screen, in a focusable region named by its caption. */
export const scrollTable = (captionId: string, table: TemplateResult): TemplateResult =>
  html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby=${captionId}>${table}</div>`;
