import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../styles/tokens.js';
import { citationStyles } from '../styles/citations.js';
import { en } from '../content/en/index.js';
import type { LocaleContent } from '../content/types.js';
import { asText, parseKeyword } from '../shared/attributes.js';
import { renderReview } from '../shared/review.js';
import { IptElement } from '../shared/ipt-element.js';
import { below, heading, type HeadingLevel } from '../shared/heading.js';
import { CrisisBox } from '../crisis-help/crisis-box.js';
import { say } from '../shared/format.js';
import { focusCitedEntry, renderCitations } from '../shared/citations.js';
import {
  CitationIndex,
  LAYOUTS,
  parseOpen,
  parseSections,
  type ExplainerLayout,
  type ExplainerSectionId,
} from './model.js';
import type { SectionContext } from './sections/context.js';
import { renderWhat } from './sections/what.js';
import { renderHowItHelps } from './sections/how-it-helps.js';
import { renderCoreConcepts } from './sections/core-concepts.js';
import { renderProblemAreas } from './sections/problem-areas.js';
import { renderProcess } from './sections/process.js';
import { renderEvidence } from './sections/evidence.js';
import { renderCombining } from './sections/combining.js';
import { renderSelfCare } from './sections/self-care.js';
import { renderSources } from './sections/sources.js';
import { styles } from './explainer.styles.js';


/** Everything the explainer shows, in English: the fallback and the shape of every language. */
type ExplainerText = Omit<LocaleContent, 'lang' | 'dir'>;
const ENGLISH: ExplainerText = (({ lang: _lang, dir: _dir, ...text }: LocaleContent) => text)(en);

/** Detail of `ipt-section-toggle`. */
export interface SectionToggleDetail {
  /** The section id, such as `process`. */
  readonly id: ExplainerSectionId;
  /** True when the section is now open. */
  readonly open: boolean;
}

type BodyRenderer = (ctx: SectionContext) => TemplateResult;

const RENDERERS: Record<Exclude<ExplainerSectionId, 'sources'>, BodyRenderer> = {
  what: renderWhat,
  'how-it-helps': renderHowItHelps,
  'core-concepts': renderCoreConcepts,
  'problem-areas': renderProblemAreas,
  process: renderProcess,
  evidence: renderEvidence,
  combining: renderCombining,
  'self-care': renderSelfCare,
};

const TITLE_KEYS = {
  what: 'what',
  'how-it-helps': 'howItHelps',
  'core-concepts': 'coreConcepts',
  'problem-areas': 'problemAreas',
  process: 'process',
  evidence: 'evidence',
  combining: 'combining',
  'self-care': 'selfCare',
  sources: 'sources',
} as const satisfies Record<ExplainerSectionId, keyof typeof en.sectionTitles>;

/**
 * Explains Interpersonal Therapy (IPT) for depression in plain words: what it is, how it may help,
 * its key ideas, the four problem areas, the phases, the evidence, other treatments, self-care and
 * numbered sources. Every claim links to its source. Crisis help is always shown at the end.
 * Light-DOM children (such as a link to a plain page) show before the element upgrades and when
 * scripts are off; there is no slot, so they are not rendered once it upgrades.
 *
 * @tag ipt-explainer
 * @summary A cited, accessible walk through IPT for depression, as an accordion or one long page.
 * @fires {SectionToggleDetail} ipt-section-toggle - When a person opens or closes a section; `detail` is `{ id, open }`.
 * @csspart base - The outer section around everything.
 * @csspart heading - The top heading.
 * @csspart crisis-shortcut - The "Need help now?" link under the heading that moves focus to the crisis lines.
 * @csspart section - One section (what, how-it-helps, ...).
 * @csspart section-heading - A section's heading.
 * @csspart toggle - The summary that opens and closes a section, with the section heading inside it (accordion only).
 * @csspart panel - A section's content.
 * @csspart subheading - A heading inside a section.
 * @csspart table - A table (ways IPT may help, methods).
 * @csspart citation - A citation link such as [3].
 * @csspart sources - The numbered list of sources.
 * @csspart source - One entry in the sources list.
 * @csspart links - The site's own links, from the `links` content override.
 * @csspart reviewed - When the content was last reviewed, and when it is next due.
 * @csspart crisis - The crisis help box at the end.
 * @csspart crisis-link - The "Get help now" link in the safety note, which moves focus to the crisis lines.
 * @csspart safety-note - The note, with the relationship tips, that threats and control are not a clash to talk through.
 * @cssprop [--ipt-font-family=inherit] - Font family; inherits the page's font by default.
 * @cssprop [--ipt-font-size=inherit] - Base font size; inherits the page's by default.
 * @cssprop [--ipt-color-accent=#1d5e8c] - Colour of links and section buttons.
 * @cssprop [--ipt-color-accent-contrast=#ffffff] - Text on accent backgrounds.
 * @cssprop [--ipt-color-text=#1b1f23] - Body text colour.
 * @cssprop [--ipt-color-muted=#4a5560] - Secondary text (timing, "Also called", review date).
 * @cssprop [--ipt-color-surface=#ffffff] - Background colour.
 * @cssprop [--ipt-color-border=#8a96a3] - Lines between sections and around tables.
 * @cssprop [--ipt-color-focus=#b34700] - Focus outline colour.
 * @cssprop [--ipt-color-text-dark=#eef2f6] - Body text colour in a dark colour scheme.
 * @cssprop [--ipt-color-surface-dark=#14191f] - Background colour in a dark colour scheme.
 * @cssprop [--ipt-color-accent-dark=#8cc8f2] - Links and section buttons in a dark colour scheme.
 * @cssprop [--ipt-color-muted-dark=#c2ccd6] - Secondary text in a dark colour scheme.
 * @cssprop [--ipt-color-border-dark=#7b8794] - Lines in a dark colour scheme.
 * @cssprop [--ipt-color-focus-dark=#ffb36b] - Focus outline in a dark colour scheme.
 * @cssprop [--ipt-radius=0.5rem] - Corner radius of buttons and tables.
 * @cssprop [--ipt-space=1rem] - Base spacing.
 */
export class IptExplainer extends IptElement {
  static override styles = [baseStyles, citationStyles, styles];

  /** Section ids to show, in this order, separated by spaces or commas. Default: all. */
  @property() sections: string | null = null;

  /** `accordion` (one disclosure per section, the first open) or `expanded` (everything open). */
  @property() layout: ExplainerLayout | null = 'accordion';

  /** Section ids open at start in the accordion, separated by spaces or commas. Default: the first. */
  @property() open: string | null = null;

  /** The title's text, in place of the default ("Interpersonal therapy (IPT) for depression"). Always shown as text. */
  @property() heading: string | null = null;

  /** Leaves the title out, for a page whose own heading already says it; section headings then take `heading-level`. */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** Sections a person has opened; null until they toggle one (then `open` or the first applies). */
  @state() private opened: ReadonlySet<ExplainerSectionId> | null = null;

  private mode: ExplainerLayout = 'accordion';
  private shown: ExplainerSectionId[] = [];

  private readonly crisisBox = new CrisisBox(this, this.crisisBoxSettings);
  /** What the explainer shows, in the language shown; set at each render. */
  private t: ExplainerText = ENGLISH;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout'))
      this.mode = parseKeyword(this, this.localName, 'layout', this.layout, LAYOUTS, 'accordion');
    if (changed.has('sections')) this.shown = parseSections(this, this.localName, this.sections);
    if (changed.has('open')) this.opened = parseOpen(this, this.localName, this.open);
  }

  /** True when section `id` is open (always, in the expanded layout). */
  isOpen(id: ExplainerSectionId): boolean {
    if (this.mode === 'expanded') return true;
    return this.opened ? this.opened.has(id) : id === this.shown[0];
  }

  override render() {
    const text: ExplainerText = this.showContent(ENGLISH);
    this.t = text;
    const level = this.level;
    const titleId = this.idFor('title');
    const title = asText(this.heading)?.trim() || text.explainerUi.title;
    // Without a title of its own, the sections are the top headings, and the crisis box sits beside them.
    const sectionLevel = this.noHeading ? level : below(level);
    const citations = new CitationIndex();
    const inPage = this.shown.includes('sources');
    const ctx: SectionContext = {
      content: text,
      ui: text.explainerUi,
      level: below(sectionLevel),
      cite: (ids) =>
        renderCitations(citations, ids, {
          name: (number, title) => say(text.explainerUi.citation, { number, title }),
          entryId: inPage ? (id) => this.idFor(`source-${id}`) : undefined,
        }),
      id: (suffix) => this.idFor(suffix),
      crisisLink: (label) => this.crisisBox.link(label),
    };
    // Every other section first, so sources are numbered in reading order wherever the list sits.
    const bodies = new Map<ExplainerSectionId, TemplateResult>();
    for (const id of this.shown) if (id !== 'sources') bodies.set(id, RENDERERS[id](ctx));
    if (inPage) bodies.set('sources', renderSources(ctx, citations.entries()));
    return html`<section
      part="base"
      class="base"
      aria-labelledby=${this.noHeading ? nothing : titleId}
      aria-label=${this.noHeading ? title : nothing}
      lang=${this.shownLang}
      dir=${this.shownDir}
    >
      ${this.noHeading ? nothing : heading(level, title, 'heading', titleId)} ${this.crisisBox.shortcut(text.ui.crisis.shortcut)}
      <div class="sections ${this.mode}" @click=${this.onCitationClick}>
        ${this.shown.map((id) => this.renderSection(id, bodies.get(id)!, sectionLevel))}
      </div>
      ${this.renderSiteLinks()}
      ${renderReview(text.review, text.ui, this.shownLang, this.dateWords)}
      ${this.crisisBox.render(level, 'crisis', sectionLevel)}
    </section>`;
  }

  /** The site's own links from the `links` content override (already limited to safe schemes). */
  private renderSiteLinks() {
    const links = this.config.overrides.links ?? [];
    if (links.length === 0) return nothing;
    return html`<nav part="links" class="site-links" aria-label=${this.t.explainerUi.siteLinks}>
      <ul>
        ${links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
      </ul>
    </nav>`;
  }

  /**
   * The accordion is native `<details>`: it opens with Enter, Space or a click, and find-in-page
   * opens it, with or without JavaScript (a server-rendered explainer is fully readable with
   * scripts off). The heading sits inside the summary, which HTML allows, so headings still outline
   * the page.
   */
  private renderSection(id: ExplainerSectionId, body: TemplateResult, level: HeadingLevel) {
    const title = this.t.sectionTitles[TITLE_KEYS[id]];
    const headingId = this.idFor(`${id}-heading`);
    const panel = html`<div part="panel" class="panel" id=${this.idFor(`${id}-panel`)}>${body}</div>`;
    if (this.mode !== 'accordion') {
      return html`<section part="section" class="section" id=${this.idFor(id)} data-section=${id}>
        ${heading(level, title, 'section-heading', headingId)} ${panel}
      </section>`;
    }
    return html`<section part="section" class="section" id=${this.idFor(id)} data-section=${id}>
      <details class="disclosure" ?open=${this.isOpen(id)} @toggle=${this.onToggle}>
        <summary part="toggle" class="toggle" id=${this.idFor(`${id}-toggle`)}>
          ${heading(level, title, 'section-heading', headingId)}<span class="icon" aria-hidden="true"></span>
        </summary>
        ${panel}
      </details>
    </section>`;
  }

  /** A person (or find-in-page) opened or closed a section; the open attribute changed by us fires this too. */
  private readonly onToggle = (event: Event): void => {
    const details = event.currentTarget as HTMLDetailsElement;
    const id = details.closest<HTMLElement>('[data-section]')?.dataset['section'] as ExplainerSectionId | undefined;
    if (id) this.setOpen(id, details.open);
  };

  /** Ids need only be unique in this shadow root, so they are fixed: a server and a browser render the same markup. */
  private idFor(suffix: string): string {
    return `explainer-${suffix}`;
  }

  private setOpen(id: ExplainerSectionId, open: boolean): void {
    if (this.mode === 'expanded' || this.isOpen(id) === open) return;
    const next = new Set(this.shown.filter((shown) => this.isOpen(shown)));
    if (open) next.add(id);
    else next.delete(id);
    this.opened = next;
    this.dispatchEvent(
      new CustomEvent<SectionToggleDetail>('ipt-section-toggle', {
        detail: { id, open },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** A citation leads to its numbered entry: the sources section opens first. */
  private readonly onCitationClick = (event: MouseEvent): Promise<void> =>
    focusCitedEntry(event, this.renderRoot, (id) => this.idFor(`source-${id}`), () => {
      this.setOpen('sources', true);
      return this.updateComplete;
    });
}
