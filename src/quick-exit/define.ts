import '../hydrate-support.js'; // first: before Lit loads
import { define } from '../define.js';
import { IptQuickExit, type IptQuickExitDetail } from './quick-exit.js';

define('ipt-quick-exit', IptQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-quick-exit': IptQuickExit;
  }
  interface HTMLElementEventMap {
    'ipt-quick-exit': CustomEvent<IptQuickExitDetail>;
  }
}

export { IptQuickExit };
export type { IptQuickExitDetail };
