import { expect } from '@open-wc/testing';
import { AREA_IDS, en, type AreaId, type QuizAnswerOption } from '../../src/content/index.js';
import { NEAR_TOP_MARGIN, SKIP, THEME_THRESHOLD, scoreQuiz, type ScoredStatement } from '../../src/quiz/scoring.js';

const options: QuizAnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'A little' },
  { value: 2, label: 'Quite a bit' },
  { value: 3, label: 'A lot' },
];

const zero: Record<AreaId, number> = { grief: 0, disputes: 0, 'role-transitions': 0, isolation: 0 };
const s = (id: string, weights: Partial<Record<AreaId, number>>): ScoredStatement => ({ id, weights: { ...zero, ...weights } });

/** Two statements per area, except isolation with one, and one cross-weighted statement. */
const bank: ScoredStatement[] = [
  s('g1', { grief: 1 }),
  s('g2', { grief: 1, 'role-transitions': 0.25 }),
  s('d1', { disputes: 1 }),
  s('d2', { disputes: 1 }),
  s('t1', { 'role-transitions': 1 }),
  s('t2', { 'role-transitions': 1 }),
  s('i1', { isolation: 1 }),
];

describe('scoreQuiz', () => {
  it('ranks the areas from the highest normalised score down', () => {
    const result = scoreQuiz({ g1: 3, g2: 3, d1: 2, d2: 2, t1: 1 }, bank, options);
    expect(result.ranking.map((r) => r.id)).to.deep.equal(['grief', 'disputes', 'role-transitions', 'isolation']);
    expect(result.ranking.map((r) => r.rank)).to.deep.equal([1, 2, 3, 4]);
    expect(result.scores.grief).to.equal(1);
    expect(result.top).to.deep.equal(['grief']);
  });

  it('divides by the most each area could reach, so areas with fewer statements compare fairly', () => {
    // Isolation has one statement, answered "A lot" (3 of 3); grief has a higher raw sum (4 of 6).
    const result = scoreQuiz({ i1: 3, g1: 2, g2: 2 }, bank, options);
    expect(result.scores.isolation).to.equal(1);
    expect(result.scores.grief).to.equal(0.6667);
    expect(result.top).to.deep.equal(['isolation']);
  });

  it('gives tied areas the same rank and puts both in top', () => {
    const result = scoreQuiz({ d1: 3, d2: 3, i1: 3 }, bank, options);
    expect(result.scores.disputes).to.equal(result.scores.isolation);
    expect(result.ranking.filter((r) => r.rank === 1).map((r) => r.id)).to.deep.equal(['disputes', 'isolation']);
    expect(result.ranking.find((r) => r.id === 'grief')?.rank).to.equal(3);
    expect(result.top).to.deep.equal(['disputes', 'isolation']);
  });

  it('names no theme when every answer is zero', () => {
    const answers = Object.fromEntries(bank.map((x) => [x.id, 0]));
    const result = scoreQuiz(answers, bank, options);
    expect(Object.values(result.scores)).to.deep.equal([0, 0, 0, 0]);
    expect(result.top).to.deep.equal([]);
  });

  it('names no theme when the leader stays below the threshold', () => {
    expect(THEME_THRESHOLD).to.be.greaterThan(0).and.at.most(1);
    // Grief leads with 1 of 6 points, well under the threshold.
    const result = scoreQuiz({ g1: 1 }, bank, options);
    expect(result.ranking[0]!.id).to.equal('grief');
    expect(result.scores.grief).to.be.below(THEME_THRESHOLD);
    expect(result.top).to.deep.equal([]);
  });

  it('names a theme that reaches the threshold exactly', () => {
    const result = scoreQuiz({ g1: 3, g2: 0 }, bank, options, { threshold: 0.5 });
    expect(result.scores.grief).to.equal(0.5);
    expect(result.top).to.deep.equal(['grief']);
  });

  it('treats "I\'d rather not say" as no answer: it neither raises nor lowers a score', () => {
    const skipped = scoreQuiz({ d1: 3, d2: SKIP }, bank, options);
    const missing = scoreQuiz({ d1: 3 }, bank, options);
    const zero = scoreQuiz({ d1: 3, d2: 0 }, bank, options);
    expect(skipped.scores).to.deep.equal(missing.scores);
    expect(skipped.scores.disputes).to.equal(1);
    expect(zero.scores.disputes).to.equal(0.5);
  });

  it('never shows a theme whose own statements were all skipped, even when a side weight touches it', () => {
    const result = scoreQuiz({ g1: 3, g2: 3, t1: SKIP, t2: SKIP }, bank, options);
    expect(result.scores['role-transitions']).to.equal(0);
    expect(result.top).to.deep.equal(['grief']);
  });

  it('shows every theme near the top that reaches the threshold, not only the first', () => {
    // Grief 6 of 6, disputes 5 of 6 (within the margin), isolation 2 of 3 (too far below).
    const result = scoreQuiz({ g1: 3, g2: 3, d1: 3, d2: 2, i1: 2, t1: 0, t2: 0 }, bank, options);
    expect(result.scores.grief - result.scores.disputes).to.be.at.most(NEAR_TOP_MARGIN);
    expect(result.scores.grief - result.scores.isolation).to.be.greaterThan(NEAR_TOP_MARGIN);
    expect(result.top).to.deep.equal(['grief', 'disputes']);
    expect(result.several).to.equal(false);
  });

  it('leaves out a theme above the threshold that sits well below the top one', () => {
    const result = scoreQuiz({ g1: 3, g2: 3, d1: 2, d2: 2 }, bank, options);
    expect(result.scores.disputes).to.be.at.least(THEME_THRESHOLD);
    expect(result.top).to.deep.equal(['grief']);
  });

  it('says "several" when three themes are high', () => {
    const result = scoreQuiz({ g1: 3, g2: 3, d1: 3, d2: 3, i1: 3, t1: 0, t2: 0 }, bank, options);
    expect(result.top).to.deep.equal(['grief', 'disputes', 'isolation']);
    expect(result.several).to.equal(true);
  });

  it('says "several" when all four themes are high', () => {
    const result = scoreQuiz(Object.fromEntries(bank.map((x) => [x.id, 3])), bank, options);
    expect(result.top).to.have.length(4);
    expect(result.several).to.equal(true);
  });

  it('does not say "several" for one theme', () => {
    expect(scoreQuiz({ g1: 3, g2: 3 }, bank, options).several).to.equal(false);
  });

  it('ignores values that are not answer options and ids that are not statements', () => {
    const bad = { g1: 7, g2: -1, d1: 1.5, d2: '3', t1: Number.NaN, t2: null, i1: undefined, nope: 3 } as Record<string, unknown>;
    const result = scoreQuiz(bad, bank, options);
    expect(Object.values(result.scores)).to.deep.equal([0, 0, 0, 0]);
    expect(result.top).to.deep.equal([]);
  });

  it('does not throw on missing or non-object answers', () => {
    for (const answers of [null, undefined, 'x' as unknown as Record<string, unknown>]) {
      expect(scoreQuiz(answers, bank, options).top).to.deep.equal([]);
    }
  });

  it('credits every area a statement is weighted towards, by its weight', () => {
    const result = scoreQuiz({ g2: 3, t1: 0, t2: 0, g1: 0 }, bank, options);
    // Role transitions: 3 x 0.25 of a possible 3 x (1 + 1 + 0.25).
    expect(result.scores['role-transitions']).to.equal(Math.round((0.75 / 6.75) * 1e4) / 1e4);
    expect(result.scores.grief).to.equal(0.5);
  });

  it('uses the weights and answer options from the content', () => {
    const statement = en.quiz.statements.find((x) => x.id === 'grief-mood-after-loss')!;
    const max = Math.max(...en.quiz.answers.map((a) => a.value));
    const answers = { ...Object.fromEntries(en.quiz.statements.map((x) => [x.id, 0])), [statement.id]: max };
    const result = scoreQuiz(answers, en.quiz.statements, en.quiz.answers);
    for (const area of AREA_IDS) {
      const possible = en.quiz.statements.reduce((sum, x) => sum + x.weights[area] * max, 0);
      const expected = Math.round(((statement.weights[area] * max) / possible) * 1e4) / 1e4;
      expect(result.scores[area], area).to.equal(expected);
    }
    expect(result.scores['role-transitions']).to.be.greaterThan(0);
  });

  it('scores every area of the content from 0 to 1', () => {
    const max = Math.max(...en.quiz.answers.map((a) => a.value));
    const all = Object.fromEntries(en.quiz.statements.map((x) => [x.id, max]));
    const result = scoreQuiz(all, en.quiz.statements, en.quiz.answers);
    expect(Object.keys(result.scores)).to.deep.equal([...AREA_IDS]);
    for (const area of AREA_IDS) expect(result.scores[area]).to.equal(1);
    expect(result.top).to.deep.equal([...AREA_IDS]);
  });
});
