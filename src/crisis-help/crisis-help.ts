import { LitElement, html } from 'lit';
import { VERSION } from '../version.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './crisis-help.styles.js';

/**
 * Crisis lines for a region, as call and text links.
 *
 * @tag ipt-crisis-help
 * @summary Crisis lines for a region, as call and text links.
 */
export class IptCrisisHelp extends LitElement {
  static readonly iptVersion = VERSION;
  static override styles = [baseStyles, styles];

  override render() {
    return html`<div part="base"><p>Crisis lines for a region, as call and text links.</p></div>`;
  }
}
