import { html } from 'lit';
import type { IsoDate, Review, UiStrings } from '../content/types.js';

/** A calendar date such as "November 26, 2026", read as a date (no time zone shift). */
export function formatDate(iso: IsoDate, lang: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

const date = (iso: IsoDate, lang: string) => html`<time datetime=${iso}>${formatDate(iso, lang)}</time>`;

/** "Last reviewed: … Next review due: …" in the words' language `lang`, so a reader can judge how fresh the content is. */
export function renderReview(review: Review, ui: Pick<UiStrings, 'lastReviewed' | 'nextReviewDue'>, lang: string, part = 'reviewed') {
  return html`<p part=${part} class="reviewed" lang=${lang}>
    ${ui.lastReviewed}: ${date(review.lastReviewed, lang)}. ${ui.nextReviewDue}: ${date(review.nextReviewDue, lang)}.
  </p>`;
}
