import type { DateWords } from '../types.js';

/** "November 30, 2026", as Intl writes a long English date. */
export const dates: DateWords = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  long: '{month} {day}, {year}',
};
