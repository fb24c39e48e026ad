import type { Review } from '../types.js';

/** Content review dates (ISO 8601). Review at least every six months. */
export const review: Review = {
  lastReviewed: '2026-11-26',
  nextReviewDue: '2027-05-26',
};
