import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/content/index.js';
import {
  bodyTextBlocks,
  countSentences,
  countSyllables,
  countWords,
  crisisTextBlocks,
  fleschKincaidGrade,
  normalizeText,
  pooledGrade,
} from '../tools/readability.js';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('readability helpers', () => {
  it('counts a bullet or heading without end punctuation as a sentence', () => {
    const text = '# A heading\n- first point\n- second point\nA normal sentence. Another one!';
    assert.deepEqual(normalizeText(text), ['A heading.', 'first point.', 'second point.', 'A normal sentence.', 'Another one!']);
    assert.equal(countSentences(text), 5);
  });

  it('does not split sentences inside decimal numbers', () => {
    assert.equal(countSentences('Close to 37.5% got well.'), 1);
  });

  it('counts words and syllables of plain text', () => {
    assert.equal(countWords('The cat sat on the mat.'), 6);
    assert.equal(countSyllables('The cat sat on the mat.'), 6);
    assert.equal(countSyllables('Depression'), 3);
  });

  it('reads numbers digit by digit and acronyms letter by letter', () => {
    assert.equal(countWords('Call 988'), 4);
    assert.equal(countSyllables('Call 988'), 4);
    assert.equal(countSyllables('IPT'), 3);
  });

  it('gives simple text a low grade and dense text a high grade', () => {
    const simple = fleschKincaidGrade('The cat sat on the mat. The dog ran.');
    assert.ok(simple < 2, `simple text scored grade ${simple}, expected under 2`);
    const dense = fleschKincaidGrade(
      'Interpersonal psychotherapy demonstrates considerable efficaciousness relative to pharmacological interventions administered contemporaneously.',
    );
    assert.ok(dense > 16, `dense text scored grade ${dense}, expected over 16`);
  });

  it('returns 0 for empty text', () => {
    assert.equal(fleschKincaidGrade(''), 0);
    assert.equal(fleschKincaidGrade(' \n - \n'), 0);
  });
});

describe('content readability', () => {
  const body = bodyTextBlocks();
  const grades = body.map((b) => ({ label: b.label, grade: fleschKincaidGrade(b.text) }));

  it('scores a large set of body text blocks', () => {
    assert.ok(body.length > 150, `only ${body.length} body text blocks, expected over 150`);
    assert.equal(body.every((b) => b.text.trim().length > 0), true);
  });

  it('keeps body text at grade 8 or lower on average', () => {
    const average = mean(grades.map((g) => g.grade));
    assert.ok(average <= 8, `mean grade ${average.toFixed(2)}, expected at most 8`);
    const pooled = pooledGrade(body);
    assert.ok(pooled <= 8, `pooled grade ${pooled.toFixed(2)}, expected at most 8`);
  });

  it('keeps every body text block at grade 11 or lower', () => {
    const hard = grades.filter((g) => g.grade > 11).map((g) => `${g.label}: ${g.grade.toFixed(1)}`);
    assert.deepEqual(hard, []);
  });

  it('keeps most sentences under 15 words', () => {
    const sentences = body.flatMap((b) => normalizeText(b.text));
    const long = sentences.filter((s) => countWords(s) >= 15);
    const share = long.length / sentences.length;
    assert.ok(share < 0.15, `${long.length} of ${sentences.length} sentences have 15 words or more, expected under 15%`);
  });

  it('keeps crisis text at grade 6 or lower', () => {
    const crisis = crisisTextBlocks();
    assert.ok(crisis.length > 10, `only ${crisis.length} crisis text blocks, expected over 10`);
    const pooled = pooledGrade(crisis);
    assert.ok(pooled <= 6, `pooled crisis grade ${pooled.toFixed(2)}, expected at most 6`);
    const hard = crisis.map((b) => ({ ...b, grade: fleschKincaidGrade(b.text) })).filter((b) => b.grade > 6);
    assert.deepEqual(
      hard.map((b) => `${b.label}: ${b.grade.toFixed(1)}`),
      [],
    );
  });

  it('explains "interpersonal" and "depression" in the first what blocks', () => {
    const [first, second] = en.what.intro;
    assert.equal(body[0]?.label, 'what.intro[0]');
    assert.match(first?.text ?? '', /"Interpersonal" means between people/);
    assert.match(second?.text ?? '', /"Depression" here means an illness/);
    // Neither word is used anywhere in `what` before it is explained.
    assert.equal(first?.text.toLowerCase().indexOf('depression'), -1);
  });
});
