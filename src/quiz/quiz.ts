import { LitElement, html } from 'lit';
import { VERSION } from '../version.js';
import { baseStyles } from '../styles/tokens.js';
import { styles } from './quiz.styles.js';

/**
 * A private self-reflection on which IPT themes may fit your situation.
 *
 * @tag ipt-problem-area-quiz
 * @summary A private self-reflection on which IPT themes may fit your situation.
 */
export class IptProblemAreaQuiz extends LitElement {
  static readonly iptVersion = VERSION;
  static override styles = [baseStyles, styles];

  override render() {
    return html`<div part="base"><p>A private self-reflection on which IPT themes may fit your situation.</p></div>`;
  }
}
