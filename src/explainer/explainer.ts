import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { baseStyles } from '../styles/tokens.js';
import { heading, parseHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { warnOnce } from '../shared/warn.js';
import { styles } from './explainer.styles.js';

/**
 * Explains Interpersonal Therapy (IPT) for depression in plain words, with sources.
 *
 * @tag ipt-explainer
 * @summary A cited, accessible walk through IPT for depression.
 * @csspart heading - The top heading.
 * @cssprop [--ipt-color-accent=#1d5e8c] - Accent colour for links and buttons.
 * @cssprop [--ipt-font-family=inherit] - Font family; inherits the page's font by default.
 * @cssprop [--ipt-radius=0.5rem] - Corner radius.
 */
export class IptExplainer extends LitElement {
  static readonly iptVersion = VERSION;
  static override styles = [baseStyles, styles];

  /** Level (1-6) of the top heading, so the widget fits the host page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string = '2';

  private get level(): HeadingLevel {
    const level = parseHeadingLevel(this.headingLevel);
    if (level === undefined) warnOnce(this, 'ipt-explainer', 'heading-level', this.headingLevel, 'using 2');
    return level ?? 2;
  }

  override render() {
    return html`<section part="base">${heading(this.level, 'Interpersonal therapy (IPT) for depression')}</section>`;
  }
}
