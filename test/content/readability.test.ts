import { expect } from '@open-wc/testing';
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
} from '../../src/content/readability.js';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('readability helpers', () => {
  it('counts a bullet or heading without end punctuation as a sentence', () => {
    const text = '# A heading\n- first point\n- second point\nA normal sentence. Another one!';
    expect(normalizeText(text)).to.deep.equal(['A heading.', 'first point.', 'second point.', 'A normal sentence.', 'Another one!']);
    expect(countSentences(text)).to.equal(5);
  });

  it('does not split sentences inside decimal numbers', () => {
    expect(countSentences('Close to 37.5% got well.')).to.equal(1);
  });

  it('counts words and syllables of plain text', () => {
    expect(countWords('The cat sat on the mat.')).to.equal(6);
    expect(countSyllables('The cat sat on the mat.')).to.equal(6);
    expect(countSyllables('Depression')).to.equal(3);
  });

  it('reads numbers digit by digit and acronyms letter by letter', () => {
    expect(countWords('Call 988')).to.equal(4);
    expect(countSyllables('Call 988')).to.equal(4);
    expect(countSyllables('IPT')).to.equal(3);
  });

  it('gives simple text a low grade and dense text a high grade', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. The dog ran.')).to.be.lessThan(2);
    expect(
      fleschKincaidGrade(
        'Interpersonal psychotherapy demonstrates considerable efficaciousness relative to pharmacological interventions administered contemporaneously.',
      ),
    ).to.be.greaterThan(16);
  });

  it('returns 0 for empty text', () => {
    expect(fleschKincaidGrade('')).to.equal(0);
    expect(fleschKincaidGrade(' \n - \n')).to.equal(0);
  });
});

describe('content readability', () => {
  const body = bodyTextBlocks();
  const grades = body.map((b) => ({ label: b.label, grade: fleschKincaidGrade(b.text) }));

  it('scores a large set of body text blocks', () => {
    expect(body.length).to.be.greaterThan(150);
    expect(body.every((b) => b.text.trim().length > 0)).to.equal(true);
  });

  it('keeps body text at grade 8 or lower on average', () => {
    expect(mean(grades.map((g) => g.grade))).to.be.at.most(8);
    expect(pooledGrade(body)).to.be.at.most(8);
  });

  it('keeps every body text block at grade 11 or lower', () => {
    const hard = grades.filter((g) => g.grade > 11).map((g) => `${g.label}: ${g.grade.toFixed(1)}`);
    expect(hard).to.deep.equal([]);
  });

  it('keeps most sentences under 15 words', () => {
    const sentences = body.flatMap((b) => normalizeText(b.text));
    const long = sentences.filter((s) => countWords(s) >= 15);
    expect(long.length / sentences.length).to.be.lessThan(0.15);
  });

  it('keeps crisis text at grade 6 or lower', () => {
    const crisis = crisisTextBlocks();
    expect(crisis.length).to.be.greaterThan(10);
    expect(pooledGrade(crisis)).to.be.at.most(6);
    const hard = crisis.map((b) => ({ ...b, grade: fleschKincaidGrade(b.text) })).filter((b) => b.grade > 6);
    expect(hard.map((b) => `${b.label}: ${b.grade.toFixed(1)}`)).to.deep.equal([]);
  });

  it('explains "interpersonal" and "depression" in the first what blocks', () => {
    const [first, second] = en.what.intro;
    expect(body[0]?.label).to.equal('what.intro[0]');
    expect(first?.text).to.match(/"Interpersonal" means between people/);
    expect(second?.text).to.match(/"Depression" here means an illness/);
    // Neither word is used anywhere in `what` before it is explained.
    expect(first?.text.toLowerCase().indexOf('depression')).to.equal(-1);
  });
});
