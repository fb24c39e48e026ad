import { IptCrisisHelp } from './crisis-help.js';

const TAG = 'ipt-crisis-help';

/**
 * Every widget renders <ipt-crisis-help>. A page that registered only a widget class (from the
 * classes-only entry) would show an empty box, and crisis help must always be in reach.
 */
export function ensureCrisisHelp(): void {
  if (typeof customElements === 'undefined' || customElements.get(TAG)) return;
  try {
    // A private subclass, so the page can still give IptCrisisHelp itself a name of its own later.
    customElements.define(TAG, class extends IptCrisisHelp {});
  } catch (error) {
    console.warn(`[ipt-widgets] <${TAG}> could not be registered: ${(error as Error).message}`);
  }
}
