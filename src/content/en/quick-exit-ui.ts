import type { QuickExitUiStrings } from '../types.js';

/**
 * Interface words for `<ipt-quick-exit>` and the link to it in every crisis box. Short and plain:
 * they may be read in a hurry, and nothing in them says what the page was about.
 */
export const quickExitUi: QuickExitUiStrings = {
  button: 'Leave this page',
  hint: 'Or press Shift 3 times',
  pressed: 'Shift pressed {count} of 3 times',
  reset: 'Shift count back to 0',
  leaving: 'Loading…',
  link: 'Leave this page quickly (press Shift 3 times)',
};
