import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../styles/tokens.js';
// Only the modules this element shows, so its own entry does not carry the whole explainer.
import { crisis as crisisEn } from '../content/en/crisis.js';
import { ui as uiEn } from '../content/en/ui.js';
import { isSafeHref, type ContentOverrides, type OverrideCrisisResource } from '../content/validate.js';
import { checkOverrides } from '../context/overrides.js';
import type { CrisisPhoneLine, CrisisRegion, CrisisRegionInfo, CrisisResource } from '../content/types.js';
import { renderReview } from '../shared/review.js';
import { IptElement } from '../shared/ipt-element.js';
import { below, heading, type HeadingLevel } from '../shared/heading.js';
import { flatList } from '../shared/flat-list.js';
import { styles } from './crisis-help.styles.js';

/** `tel:` or `sms:` (RFC 5724), with a text line's keyword filled in where the phone supports it. */
function phoneHref(line: CrisisPhoneLine): string {
  if (line.kind !== 'text') return `tel:${line.dial}`;
  return line.keyword ? `sms:${line.dial}?body=${encodeURIComponent(line.keyword)}` : `sms:${line.dial}`;
}

/**
 * Crisis lines for one region, or for every region when none is set, as call and text links.
 * The three widgets show it on every screen; it also works alone.
 *
 * @tag ipt-crisis-help
 * @summary Crisis lines for a region, as call and text links.
 * @csspart base - The outer section.
 * @csspart heading - The heading ("Need help now?").
 * @csspart region - The block for one region.
 * @csspart region-heading - The heading of one region's block.
 * @csspart resource - One line in the list.
 * @csspart link - A call, text or chat link.
 * @csspart action - What to do for a line no browser link can start (a TTY number).
 * @csspart serves-only - Which part of the region a line serves ("In Scotland.").
 * @csspart reviewed - When the crisis lines were last checked and when they are next due.
 * @cssprop [--ipt-color-danger=#a4262c] - Colour of the left border that marks crisis help.
 * @cssprop [--ipt-color-accent=#1d5e8c] - Colour of the call and text links.
 * @cssprop [--ipt-radius=0.5rem] - Corner radius of the box and links.
 * @cssprop [--ipt-font-family=inherit] - Font family; inherits the page's font by default.
 */
export class IptCrisisHelp extends IptElement {
  static override styles = [baseStyles, styles];

  /** Interface words in the language shown, set at each render. */
  private words = uiEn;

  /** Content overrides handed down by the widget that shows this box, so its local crisis lines appear here. */
  @property({ attribute: false }) overrides: ContentOverrides | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Public, so a script may set anything here: keep only what the validator accepts.
    if (changed.has('overrides')) {
      this.config.passed = this.overrides == null ? undefined : checkOverrides(this.overrides, this.localName, 'overrides property');
    }
  }

  override render() {
    const level = this.level;
    const code = this.regionInForce;
    const { crisis, ui } = this.showContent({ crisis: crisisEn, ui: uiEn });
    this.words = ui;
    const info = code && crisis.regions.find((r) => r.region === code);
    // Ids need only be unique in this shadow root: the same markup on a server and in a browser.
    const headingId = 'crisis-heading';
    return html`<section part="base" aria-labelledby=${headingId} lang=${this.shownLang} dir=${this.shownDir}>
      ${heading(level, crisis.heading, 'heading', headingId, { focusable: true })}
      ${flatList(crisis.intro, (line) => html`<p class="intro">${line}</p>`)}
      ${
        info
          ? this.renderResources(info, true)
          : html`${this.renderEverywhereLines()}
            ${flatList(crisis.regions, (region) => this.renderRegion(region, below(level)))}`
      }
      <p class="general">${crisis.generalLine}</p>
      ${renderReview(crisis.review, this.words, this.shownLang, this.dateWords)}
    </section>`;
  }

  /** Moves focus to the heading and brings the box into view: the target of a widget's "Need help now?" link. */
  focusHeading(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[part="heading"]');
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  /** Lines a site adds through content overrides: for one region, or (undefined) for every region. */
  private localLines(region: CrisisRegion | undefined): OverrideCrisisResource[] {
    return (this.config.overrides.crisis?.extraResources ?? []).filter((line) => line.region === region);
  }

  private renderEverywhereLines() {
    const lines = this.localLines(undefined);
    return lines.length
      ? html`<ul class="resources">
          ${flatList(lines, (line) => this.renderLocalLine(line))}
        </ul>`
      : nothing;
  }

  private renderRegion(region: CrisisRegionInfo, level: HeadingLevel) {
    return html`<div part="region" class="region">
      ${heading(level, region.label, 'region-heading')} ${this.renderResources(region)}
    </div>`;
  }

  private renderResources(region: CrisisRegionInfo, withEverywhereLines = false) {
    const local = [...this.localLines(region.region), ...(withEverywhereLines ? this.localLines(undefined) : [])];
    // Named only when no region heading above it already says which region this is.
    return html`<ul class="resources" aria-label=${withEverywhereLines ? region.label : nothing}>
      ${flatList(local, (line) => this.renderLocalLine(line))}
      ${flatList(region.resources, (resource) => this.renderResource(resource))}
    </ul>`;
  }

  /**
   * One line: its link (or, for a TTY number, plain text) whose words always carry the digits to
   * dial or text, then its name. One flat template per kind: every widget shows this box, and a
   * nested template per line would add DOM nodes to each of them.
   */
  private renderResource(resource: CrisisResource) {
    const aside = this.renderAside(resource);
    // A TTY number cannot be reached from a browser or an ordinary phone, so it is not offered as a link.
    // prettier-ignore
    if (resource.kind === 'tty') return html`<li part="resource" class="tty"><span part="action" class="action">${resource.action}</span> <span class="name">${resource.name}</span> ${aside}</li>`;
    const href = resource.kind === 'online' ? resource.href : phoneHref(resource);
    // prettier-ignore
    return html`<li part="resource" class=${resource.kind}><a part="link" href=${href} aria-label="${resource.action}: ${resource.name}">${resource.action}</a> <span class="name" aria-hidden="true">${resource.name}</span> ${aside}</li>`;
  }

  /** Which part of the region a line serves ("In Scotland.") and its note, in one part: few lines have both. */
  private renderAside(resource: CrisisResource) {
    const servesOnly = resource.servesOnly && html`<span part="serves-only" class="serves-only">${resource.servesOnly}</span>`;
    const note = resource.note && html`<span class="note">${resource.note}</span>`;
    return servesOnly && note ? html`${servesOnly} ${note}` : servesOnly || note || nothing;
  }

  private renderLocalLine(line: OverrideCrisisResource) {
    const scheme = line.kind === 'text' ? 'sms' : 'tel';
    const href = line.href && isSafeHref(line.href) ? line.href : `${scheme}:${line.number.replace(/[^\d+]/g, '')}`;
    const action = `${line.kind === 'text' ? this.words.crisis.text : this.words.crisis.call} ${line.number}`;
    return html`<li part="resource" class="local ${line.kind}">
      <a part="link" href=${href} aria-label="${action}: ${line.name}">${action}</a>
      <span class="name" aria-hidden="true">${line.name}</span>
    </li>`;
  }
}
