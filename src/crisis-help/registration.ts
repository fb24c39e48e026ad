import { define } from '../define.js';
import { IptCrisisHelp } from './crisis-help.js';

export const CRISIS_HELP_TAG = 'ipt-crisis-help';

/**
 * The one place `<ipt-crisis-help>` is registered. The public entry registers the class itself; a
 * widget that finds the tag missing (a page that registered only widget classes from the classes-only
 * entry) registers a private subclass, so the page can still give IptCrisisHelp a name of its own,
 * and crisis help is never an empty box.
 */
export function registerCrisisHelp(ctor?: typeof IptCrisisHelp): void {
  if (typeof customElements === 'undefined') return;
  // A widget only makes sure the tag exists; the public entry always registers, so a second copy
  // of another version is told (once) that the first one owns the tag.
  if (!ctor && customElements.get(CRISIS_HELP_TAG)) return;
  define(CRISIS_HELP_TAG, ctor ?? class extends IptCrisisHelp {});
}
