import { html } from 'lit';
import type { DateWords, IsoDate, Review, UiStrings } from '../content/types.js';
import { perLanguage, say } from './format.js';

/**
 * A calendar date such as "November 26, 2026" in language `lang`, read as a date (no time zone
 * shift): from the language's own date words when it has them, else by the browser's Intl.
 */
export function formatDate(iso: IsoDate, lang: string, words?: DateWords): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const month = words?.months[date.getUTCMonth()];
  if (month) return say(words!.long, { day: date.getUTCDate(), month, year: date.getUTCFullYear() });
  return longDates(lang)?.format(date) ?? iso;
}

// An unknown language tag gets the ISO date as it is.
const longDates = perLanguage((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));

/**
 * "Last reviewed: … Next review due: …" in the words' language `lang`, so a reader can judge how
 * fresh the content is. `dates`: that language's date words (undefined leaves dates to Intl).
 */
export function renderReview(
  review: Review,
  ui: Pick<UiStrings, 'lastReviewed' | 'nextReviewDue'>,
  lang: string,
  dates: DateWords | undefined,
  part = 'reviewed',
) {
  const date = (iso: IsoDate) => html`<time datetime=${iso}>${formatDate(iso, lang, dates)}</time>`;
  return html`<p part=${part} class="reviewed" lang=${lang}>
    ${ui.lastReviewed}: ${date(review.lastReviewed)}. ${ui.nextReviewDue}: ${date(review.nextReviewDue)}.
  </p>`;
}
