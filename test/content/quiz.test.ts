import { expect } from '@open-wc/testing';
import { AREA_IDS, en, type AreaId } from '../../src/content/index.js';
import { QUIZ_STATEMENT_IDS } from '../../src/content/ids.js';

const statements = en.quiz.statements;

function mainArea(weights: Record<AreaId, number>): AreaId | undefined {
  const sorted = AREA_IDS.map((a) => [a, weights[a]] as const).sort((x, y) => y[1] - x[1]);
  const [top, next] = sorted;
  return top && next && top[1] > next[1] ? top[0] : undefined;
}

describe('quiz statement bank', () => {
  it('has 12 to 16 statements', () => {
    expect(statements.length).to.be.within(12, 16);
  });

  it('uses unique, kebab-case ids: the id list every language shares, in order', () => {
    const ids = statements.map((s) => s.id);
    expect(ids).to.deep.equal([...QUIZ_STATEMENT_IDS]);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every statement a weight for each area, between 0 and 1', () => {
    for (const s of statements) {
      expect(Object.keys(s.weights).sort(), s.id).to.deep.equal([...AREA_IDS].sort());
      for (const a of AREA_IDS) expect(s.weights[a], `${s.id}.${a}`).to.be.within(0, 1);
    }
  });

  it('points each statement mainly to exactly one area with weight 1', () => {
    for (const s of statements) {
      const main = mainArea(s.weights);
      expect(main, s.id).to.not.equal(undefined);
      expect(s.weights[main as AreaId], s.id).to.equal(1);
      const others = AREA_IDS.filter((a) => a !== main).map((a) => s.weights[a]);
      for (const w of others) expect(w, s.id).to.be.at.most(0.5);
    }
  });

  it('has at least 3 statements for each area', () => {
    for (const area of AREA_IDS) {
      const count = statements.filter((s) => mainArea(s.weights) === area).length;
      expect(count, area).to.be.at.least(3);
    }
  });

  it('never mentions self-harm, suicide or killing', () => {
    const banned = /\b(suicid\w*|kill\w*|dying|self[- ]?harm\w*|hurt (?:my|your)self|harm (?:my|your)self|end (?:my|your) life)\b/i;
    for (const s of statements) expect(s.text, s.id).to.not.match(banned);
  });

  it('says "died" plainly, never a euphemism such as "passed away"', () => {
    for (const s of statements) expect(s.text, s.id).to.not.match(/passed (?:away|on)|lost (?:someone|a loved one)/i);
    expect(statements.filter((s) => /\bdied\b/.test(s.text)).length).to.be.greaterThan(0);
  });

  it('interleaves the areas: every run of four statements touches all four', () => {
    for (let i = 0; i + 4 <= statements.length; i += 4) {
      const areas = statements.slice(i, i + 4).map((s) => mainArea(s.weights));
      expect(new Set(areas).size, `statements ${i + 1} to ${i + 4}`).to.equal(4);
    }
  });

  it('never puts two statements about a death in a row', () => {
    statements.forEach((s, i) => {
      const next = statements[i + 1];
      if (next) expect(/\bdied\b/.test(s.text) && /\bdied\b/.test(next.text), `${s.id}, ${next.id}`).to.equal(false);
    });
  });

  it('starts every statement with the same time frame', () => {
    for (const s of statements) expect(s.text, s.id).to.match(/^Lately, /);
    expect(en.quiz.intro.map((b) => b.text).join(' ')).to.match(/"Lately"/);
  });

  it('asks one thing per statement (no "X or Y" pairs of feelings or acts)', () => {
    for (const s of statements) expect(s.text, s.id).to.not.match(/\b(?:stuck, or|make or keep|or on hold|heavier or longer)\b/i);
  });

  it('offers "I\'d rather not say" on every statement', () => {
    expect(en.quiz.skipLabel).to.equal("I'd rather not say");
  });

  it('writes every statement in the first person', () => {
    for (const s of statements) expect(s.text, s.id).to.match(/\b(I|my|me)\b/i);
  });

  it('avoids blame and jargon words', () => {
    const words = /\b(fault|blame|should|failure|weak|interpersonal|transition|dispute|deficit|bereavement|diagnos\w*)\b/i;
    for (const s of statements) expect(s.text, s.id).to.not.match(words);
  });

  it('says the quiz is for learning only, not a diagnosis, and that a therapist chooses the focus', () => {
    const intro = en.quiz.intro.map((b) => b.text).join(' ');
    expect(intro).to.match(/learning only/i);
    expect(intro).to.match(/not a test|diagnosis/i);
    expect(intro).to.match(/focus is set with a trained therapist/i);
    expect(intro).to.match(/past few weeks/i);
    expect(en.quiz.severalNote.text).to.match(/talk with/i);
    expect(en.quiz.stopNote.text).to.match(/\bstop\b/i);
  });

  it('offers the four-point scale from "Not at all" (0) to "A lot" (3)', () => {
    expect(en.quiz.answers.map((a) => [a.value, a.label])).to.deep.equal([
      [0, 'Not at all'],
      [1, 'A little'],
      [2, 'Quite a bit'],
      [3, 'A lot'],
    ]);
  });
});
