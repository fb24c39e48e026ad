import { expect } from '@open-wc/testing';
import { en, type IsoDate } from '../../src/content/index.js';

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const addMonths = (iso: IsoDate, months: number) => {
  const d = day(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

describe('review dates', () => {
  it('plans the next check of the crisis lines at most six months after the last', () => {
    const { lastReviewed, nextReviewDue } = en.crisis.review;
    expect(day(nextReviewDue) > day(lastReviewed)).to.equal(true);
    expect(day(nextReviewDue) <= addMonths(lastReviewed, 6)).to.equal(true);
  });

  it('plans the next check of the other content at most two years after the last', () => {
    const { lastReviewed, nextReviewDue } = en.review;
    expect(day(nextReviewDue) > day(lastReviewed)).to.equal(true);
    expect(day(nextReviewDue) <= addMonths(lastReviewed, 24)).to.equal(true);
  });

  it('is not past the crisis lines\u2019 next review date', () => {
    const due = en.crisis.review.nextReviewDue;
    const overdue = day(due).getTime() < Date.now();
    expect(
      overdue,
      `The crisis lines were due for review on ${due}. Re-check every number, text keyword, opening time and ` +
        'who each line serves against its source (fact brief section 7.1), fix what changed in ' +
        'src/content/<locale>/crisis.ts, then move crisis.review to today and six months on.',
    ).to.equal(false);
  });

  it('is not past the content\u2019s next review date', () => {
    const due = en.review.nextReviewDue;
    expect(
      day(due).getTime() < Date.now(),
      `The content was due for review on ${due}. Re-check each claim against its cited source, then move review.ts on.`,
    ).to.equal(false);
  });
});
