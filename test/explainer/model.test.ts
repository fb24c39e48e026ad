import { formatDate } from '../../src/shared/review.js';
import { say } from '../../src/shared/format.js';
import { sourceHref } from '../../src/content/source-href.js';
import { expect } from '@open-wc/testing';
import {
  CitationIndex,
  SECTION_IDS,
  parseOpen,
  parseSections,
  splitIds,
} from '../../src/explainer/model.js';
import { captureWarnings } from '../helpers/console.js';
import { en } from '../../src/content/en/index.js';
import type { IsoDate } from '../../src/content/types.js';
import { es } from '../../src/content/es/index.js';


function withWarnings<T>(run: () => T): { result: T; messages: string[] } {
  const warnings = captureWarnings();
  try {
    return { result: run(), messages: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('explainer model', () => {
  describe('splitIds', () => {
    it('splits on spaces and commas and lower-cases', () => {
      expect(splitIds(' What,  Process ,evidence\nsources ')).to.deep.equal(['what', 'process', 'evidence', 'sources']);
    });

    it('gives an empty list for null', () => {
      expect(splitIds(null)).to.deep.equal([]);
    });
  });

  describe('parseSections', () => {
    it('shows every section in the default order when unset', () => {
      const { result, messages } = withWarnings(() => parseSections({}, 'ipt-x', null));
      expect(result).to.deep.equal([...SECTION_IDS]);
      expect(messages).to.deep.equal([]);
    });

    it('keeps the given order and drops duplicates', () => {
      const { result, messages } = withWarnings(() => parseSections({}, 'ipt-x', 'process what process'));
      expect(result).to.deep.equal(['process', 'what']);
      expect(messages).to.deep.equal([]);
    });

    it('skips an unknown id with one warning naming the element, attribute and value', () => {
      const host = {};
      const { result, messages } = withWarnings(() => {
        parseSections(host, 'ipt-x', 'what nope');
        return parseSections(host, 'ipt-x', 'what nope');
      });
      expect(result).to.deep.equal(['what']);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('<ipt-x>').and.contain('sections="nope"');
    });

    it('shows every section when no id is known', () => {
      const { result, messages } = withWarnings(() => parseSections({}, 'ipt-x', 'nope, nada'));
      expect(result).to.deep.equal([...SECTION_IDS]);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('sections="nope, nada"').and.contain('every section');
    });
  });

  describe('parseOpen', () => {
    it('returns null when the attribute is absent', () => {
      expect(parseOpen({}, 'ipt-x', null)).to.equal(null);
    });

    it('opens none for an empty value', () => {
      expect([...parseOpen({}, 'ipt-x', '')!]).to.deep.equal([]);
    });

    it('keeps known ids and warns about unknown ones', () => {
      const { result, messages } = withWarnings(() => parseOpen({}, 'ipt-x', 'evidence,bogus'));
      expect([...result!]).to.deep.equal(['evidence']);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('open="bogus"');
    });
  });

  describe('sourceHref', () => {
    it('uses the url when there is one', () => {
      expect(sourceHref({ url: 'https://example.org/a', doi: '10.1/x' })).to.equal(
        'https://example.org/a',
      );
    });

    it('links a DOI through doi.org', () => {
      expect(sourceHref({ doi: '10.1176/appi.ajp.2015.15091141' })).to.equal(
        'https://doi.org/10.1176/appi.ajp.2015.15091141',
      );
    });

    it('refuses an address that is not http or https', () => {
      expect(sourceHref({ url: 'javascript:alert(1)' })).to.equal(undefined);
    });
  });

  describe('CitationIndex', () => {
    it('numbers sources in the order they are first cited', () => {
      const index = new CitationIndex();
      expect(index.number('lipsitz2013')).to.equal(1);
      expect(index.number('webmdIpt')).to.equal(2);
      expect(index.number('lipsitz2013')).to.equal(1);
      expect(index.entries().map((e) => [e.id, e.number])).to.deep.equal([
        ['lipsitz2013', 1],
        ['webmdIpt', 2],
      ]);
    });
  });

  describe('formatDate', () => {
    it('writes an ISO date as a readable date without a time-zone shift', () => {
      expect(formatDate('2026-01-01', 'en')).to.equal('January 1, 2026');
    });

    it('falls back to the ISO text for an impossible date', () => {
      expect(formatDate('2026-13-45', 'en')).to.equal('2026-13-45');
      expect(formatDate('2026-02-45', 'en', en.dates)).to.equal('2026-02-45');
    });

    // The date words spare a page the first Intl formatter (about 15-20 ms): they must say what Intl says.
    for (const pack of [en, es]) {
      it(`writes every month in ${pack.lang} from its date words exactly as the browser's Intl does`, () => {
        for (let month = 1; month <= 12; month++) {
          for (const day of [1, 9, 28]) {
            const iso = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
            expect(formatDate(iso, pack.lang, pack.dates)).to.equal(formatDate(iso, pack.lang));
          }
        }
      });
    }

    it('leaves dates to Intl, in the page\u2019s language, when a language has no date words', () => {
      expect(formatDate('2026-11-30', 'de')).to.equal('30. November 2026');
    });
  });

  describe('say', () => {
    it('picks the plural form of the language, with `other` when the language has no such form', () => {
      const forms = { one: '{count} character too many', other: '{count} characters too many' };
      expect(say(forms, { count: 1 })).to.equal('1 character too many');
      expect(say(forms, { count: 3 })).to.equal('3 characters too many');
      expect(say({ one: 'uno', few: 'kilka', other: 'wiele' }, { count: 3 }, 'pl')).to.equal('kilka');
      expect(say({ one: 'uno', other: 'otros' }, { count: 1 }, 'not a tag!')).to.equal('otros');
    });

    it('fills placeholders and leaves unknown ones', () => {
      expect(say('Source {number}: {title} {x}', { number: 3, title: 'T' })).to.equal('Source 3: T {x}');
    });
  });
});
