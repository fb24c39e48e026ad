import type { Review } from '../types.js';

/**
 * When the content (everything but the crisis lines) was last checked against its sources: at most
 * two years apart. The crisis lines carry their own, shorter review in crisis.ts.
 */
export const review: Review = {
  lastReviewed: '2026-11-30',
  nextReviewDue: '2028-11-30',
};
