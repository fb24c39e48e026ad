import { IptCrisisHelp } from './crisis-help.js';
import { ensureCrisisHelp } from './ensure.js';

ensureCrisisHelp();

declare global {
  interface HTMLElementTagNameMap {
    'ipt-crisis-help': IptCrisisHelp;
  }
}

export { IptCrisisHelp };
