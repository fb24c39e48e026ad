// Interface phrases and review dates are formatted on every render, with one Intl object kept per
// language: each language must still get its own forms, and a tag Intl rejects its fallback, however
// often and in whatever order they are asked for.
import { expect } from '@open-wc/testing';
import { perLanguage, say } from '../../src/shared/format.js';
import { formatDate } from '../../src/shared/review.js';

const steps = { one: '{count} step', other: '{count} steps' };
// Arabic has six plural categories, so a form kept from English would show.
const arabic = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

describe('say', () => {
  it('fills placeholders and leaves unknown ones as they are', () => {
    expect(say('{done} of {total} done', { done: 2, total: 5 })).to.equal('2 of 5 done');
    expect(say('Hello {name}', {})).to.equal('Hello {name}');
    expect(say('No placeholders here', { count: 3 })).to.equal('No placeholders here');
  });

  it('picks the plural form of each language, asked in turn', () => {
    for (let round = 0; round < 2; round++) {
      expect(say(steps, { count: 1 }, 'en')).to.equal('1 step');
      expect(say(arabic, { count: 2 }, 'ar')).to.equal('two');
      expect(say(arabic, { count: 3 }, 'ar')).to.equal('few');
      expect(say(steps, { count: 2 }, 'en')).to.equal('2 steps');
    }
  });

  it('uses the other form for a language tag Intl rejects', () => {
    for (let round = 0; round < 2; round++) {
      expect(say(steps, { count: 1 }, 'not a tag!')).to.equal('1 steps');
    }
  });
});

describe('formatDate', () => {
  it('reads a date in each language, asked in turn', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatDate('2026-11-26', 'en')).to.equal('November 26, 2026');
      expect(formatDate('2026-11-26', 'de')).to.equal('26. November 2026');
    }
  });

  it('gives the ISO date for a language tag Intl rejects, and for a date that is not one', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatDate('2026-11-26', 'not a tag!')).to.equal('2026-11-26');
    }
    expect(formatDate('2026-13-45', 'en')).to.equal('2026-13-45');
  });
});

describe('perLanguage', () => {
  it('makes one value per language and keeps a failure as undefined without asking again', () => {
    const made: string[] = [];
    const upper = perLanguage((lang) => {
      made.push(lang);
      if (lang === 'bad') throw new RangeError('bad tag');
      return lang.toUpperCase();
    });
    expect([upper('en'), upper('es'), upper('en'), upper('bad'), upper('bad')]).to.deep.equal([
      'EN',
      'ES',
      'EN',
      undefined,
      undefined,
    ]);
    expect(made).to.deep.equal(['en', 'es', 'bad']);
  });
});
