/**
 * The Spanish pack is checked against the same sources on the same dates as the English one, so it
 * shares the English review dates. The crisis lines carry their own review in crisis.ts.
 */
export { review } from '../en/review.js';
