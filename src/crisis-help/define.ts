import { define } from '../define.js';
import { IptCrisisHelp } from './crisis-help.js';

define('ipt-crisis-help', IptCrisisHelp);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-crisis-help': IptCrisisHelp;
  }
}

export { IptCrisisHelp };
