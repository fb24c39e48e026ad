import { LitElement, html } from 'lit';
import { VERSION } from '../version.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './checklist.styles.js';

/**
 * Evidence-based self-care steps, kept on your own device.
 *
 * @tag ipt-selfcare-checklist
 * @summary Evidence-based self-care steps, kept on your own device.
 */
export class IptSelfcareChecklist extends LitElement {
  static readonly iptVersion = VERSION;
  static override styles = [baseStyles, styles];

  override render() {
    return html`<div part="base"><p>Evidence-based self-care steps, kept on your own device.</p></div>`;
  }
}
