import '../hydrate-support.js'; // first: before Lit loads
import { IptCrisisHelp } from './crisis-help.js';
import { registerCrisisHelp } from './registration.js';

registerCrisisHelp(IptCrisisHelp);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-crisis-help': IptCrisisHelp;
  }
}

export { IptCrisisHelp };
