import { expect } from '@open-wc/testing';
import {
  isSafeHref,
  MAX_LIST_LENGTH,
  MAX_STRING_LENGTH,
  ROOT_PATH,
  validateOverrides,
  type ValidationError,
} from '../../src/content/index.js';

const errorAt = (errors: ValidationError[], path: string) => errors.find((e) => e.path === path);

const validItem = { id: 'walk-with-a-friend', label: 'Walk with a friend', why: 'It mixes movement and company.', group: 'body' };
const validResource = { region: 'uk', name: 'Local crisis team', number: '0800 000 000', kind: 'call', href: 'tel:0800000000' };
const validLink = { label: 'Our clinic', href: 'https://example.org/ipt' };

describe('validateOverrides', () => {
  it('accepts a fully valid object without errors', () => {
    const input = {
      quizIntro: 'Take your time.',
      selfCare: { extraItems: [validItem] },
      crisis: { extraResources: [validResource] },
      links: [validLink, { label: 'Email us', href: 'mailto:help@example.org' }, { label: 'Text us', href: 'sms:+447700900000' }],
    };
    const { value, errors } = validateOverrides(input);
    expect(errors).to.deep.equal([]);
    expect(value).to.deep.equal(input);
  });

  it('treats undefined as no overrides', () => {
    expect(validateOverrides(undefined)).to.deep.equal({ value: {}, errors: [] });
  });

  it('rejects null, arrays, numbers and strings at the root', () => {
    for (const input of [null, [], [validItem], 42, 'text', true]) {
      const { value, errors } = validateOverrides(input);
      expect(value).to.deep.equal({});
      expect(errors).to.have.length(1);
      expect(errors[0]?.path).to.equal(ROOT_PATH);
      expect(errors[0]?.reason).to.match(/^expected an object, got /);
    }
    expect(validateOverrides(null).errors[0]?.reason).to.equal('expected an object, got null');
    expect(validateOverrides([]).errors[0]?.reason).to.equal('expected an object, got an array');
  });

  it('reports an unknown top-level key and keeps the rest', () => {
    const { value, errors } = validateOverrides({ quizIntro: 'Hello.', colour: 'red' });
    expect(errors).to.have.length(1);
    expect(errors[0]?.path).to.equal('colour');
    expect(errors[0]?.reason).to.match(/^unknown key/);
    expect(value).to.deep.equal({ quizIntro: 'Hello.' });
  });

  it('reports wrong types with the exact path', () => {
    const { value, errors } = validateOverrides({
      quizIntro: 12,
      selfCare: { extraItems: 'nope' },
      crisis: [],
      links: [validLink, 'https://example.org'],
    });
    expect(errorAt(errors, 'quizIntro')?.reason).to.equal('expected a string, got a number');
    expect(errorAt(errors, 'selfCare.extraItems')?.reason).to.equal('expected an array, got a string');
    expect(errorAt(errors, 'crisis')?.reason).to.equal('expected an object, got an array');
    expect(errorAt(errors, 'links[1]')?.reason).to.equal('expected an object, got a string');
    expect(value).to.deep.equal({ selfCare: {}, links: [validLink] });
  });

  it('reports an unknown self-care group and drops only that item', () => {
    const bad = { ...validItem, id: 'sing-daily', group: 'music' };
    const other = { ...validItem, id: 'call-a-friend', group: 'connection' };
    const { value, errors } = validateOverrides({ selfCare: { extraItems: [validItem, bad, other] } });
    expect(errors).to.have.length(1);
    expect(errors[0]?.path).to.equal('selfCare.extraItems[1].group');
    expect(errors[0]?.reason).to.match(/^unknown group "music"/);
    expect(value.selfCare?.extraItems?.map((i) => i.id)).to.deep.equal(['walk-with-a-friend', 'call-a-friend']);
  });

  it('reports bad, duplicate and built-in self-care ids', () => {
    const { value, errors } = validateOverrides({
      selfCare: {
        extraItems: [
          { ...validItem, id: 'Not Kebab' },
          validItem,
          validItem,
          { ...validItem, id: 'enough-sleep' },
        ],
      },
    });
    expect(errorAt(errors, 'selfCare.extraItems[0].id')?.reason).to.match(/kebab-case/);
    expect(errorAt(errors, 'selfCare.extraItems[2].id')?.reason).to.equal('duplicate id "walk-with-a-friend"');
    expect(errorAt(errors, 'selfCare.extraItems[3].id')?.reason).to.match(/built-in/);
    expect(value.selfCare?.extraItems).to.deep.equal([validItem]);
  });

  it('keeps the "own-" prefix for the steps people add themselves', () => {
    const { value, errors } = validateOverrides({ selfCare: { extraItems: [{ ...validItem, id: 'own-walk' }] } });
    expect(errorAt(errors, 'selfCare.extraItems[0].id')?.reason).to.match(/own-/);
    expect(value.selfCare?.extraItems ?? []).to.deep.equal([]);
  });

  it('reports an unknown crisis region and an unknown kind', () => {
    const { value, errors } = validateOverrides({
      crisis: { extraResources: [{ ...validResource, region: 'fr' }, { ...validResource, kind: 'fax' }, validResource] },
    });
    expect(errorAt(errors, 'crisis.extraResources[0].region')?.reason).to.match(/^unknown region "fr"/);
    expect(errorAt(errors, 'crisis.extraResources[1].kind')?.reason).to.match(/^unknown kind "fax"/);
    expect(value.crisis?.extraResources).to.deep.equal([validResource]);
  });

  it('refuses a number of zeros only, like an example left in, with a reason', () => {
    const { value, errors } = validateOverrides({
      crisis: { extraResources: [{ ...validResource, number: '0000 000 000' }, { ...validResource, number: '000-000-0000' }, validResource] },
    });
    expect(errorAt(errors, 'crisis.extraResources[0].number')?.reason).to.match(/all zeros/);
    expect(errorAt(errors, 'crisis.extraResources[1].number')?.reason).to.match(/all zeros/);
    expect(value.crisis?.extraResources).to.deep.equal([validResource]);
  });

  it('keeps a three-digit emergency number made of zeros (Australia\'s 000)', () => {
    const triple = { region: 'au', name: 'Triple Zero', number: '000', kind: 'emergency' };
    const { value, errors } = validateOverrides({ crisis: { extraResources: [triple] } });
    expect(errors).to.deep.equal([]);
    expect(value.crisis?.extraResources).to.deep.equal([triple]);
  });

  it('reports unknown keys inside entries but keeps the entry', () => {
    const { value, errors } = validateOverrides({ links: [{ ...validLink, target: '_blank' }] });
    expect(errors).to.have.length(1);
    expect(errors[0]?.path).to.equal('links[0].target');
    expect(errors[0]?.reason).to.match(/^unknown key/);
    expect(value.links).to.deep.equal([validLink]);
  });

  it('reports empty strings', () => {
    const { value, errors } = validateOverrides({ quizIntro: '   ', selfCare: { extraItems: [{ ...validItem, label: '' }] } });
    expect(errorAt(errors, 'quizIntro')?.reason).to.equal('must not be empty');
    expect(errorAt(errors, 'selfCare.extraItems[0].label')?.reason).to.equal('must not be empty');
    expect(value).to.deep.equal({ selfCare: { extraItems: [] } });
  });

  it('reports overlong strings', () => {
    const long = 'a'.repeat(MAX_STRING_LENGTH + 1);
    const { value, errors } = validateOverrides({ quizIntro: long, selfCare: { extraItems: [validItem, { ...validItem, id: 'x-2', label: long }] } });
    expect(errorAt(errors, 'quizIntro')?.reason).to.equal(`is too long (max ${MAX_STRING_LENGTH} characters)`);
    expect(errorAt(errors, 'selfCare.extraItems[1].label')?.reason).to.match(/too long/);
    expect(value.quizIntro).to.equal(undefined);
    expect(value.selfCare?.extraItems).to.deep.equal([validItem]);
    expect(validateOverrides({ quizIntro: 'a'.repeat(MAX_STRING_LENGTH) }).errors).to.deep.equal([]);
  });

  it('reports missing required fields', () => {
    const { errors } = validateOverrides({ links: [{ label: 'No link' }] });
    expect(errorAt(errors, 'links[0].href')?.reason).to.equal('is required');
  });

  it('rejects javascript:, data:, vbscript:, relative and protocol-relative URLs', () => {
    const bad = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      '/relative/page',
      'page.html',
      '//evil.example.com',
      'https://',
      'ftp://example.org',
    ];
    const { value, errors } = validateOverrides({ links: bad.map((href, i) => ({ label: `Link ${i}`, href })).concat([validLink]) });
    bad.forEach((_, i) => {
      const e = errorAt(errors, `links[${i}].href`);
      expect(e, bad[i]).to.not.equal(undefined);
      expect(e?.reason, bad[i]).to.match(/not an allowed URL/);
    });
    expect(value.links).to.deep.equal([validLink]);
  });

  it('rejects an unsafe crisis href but reports its exact path', () => {
    const { value, errors } = validateOverrides({ crisis: { extraResources: [{ ...validResource, href: 'data:,x' }] } });
    expect(errorAt(errors, 'crisis.extraResources[0].href')?.reason).to.match(/not an allowed URL/);
    expect(value.crisis?.extraResources).to.deep.equal([]);
  });

  it('accepts http, https, tel, sms and mailto links', () => {
    for (const href of ['http://example.org', 'https://example.org/a?b=c', 'tel:988', 'tel:+61131114', 'sms:988', 'mailto:jo@example.org']) {
      expect(isSafeHref(href), href).to.equal(true);
    }
  });

  it('caps long lists and reports it', () => {
    const items = Array.from({ length: MAX_LIST_LENGTH + 5 }, (_, i) => ({ label: `L${i}`, href: `https://example.org/${i}` }));
    const { value, errors } = validateOverrides({ links: items });
    expect(value.links).to.have.length(MAX_LIST_LENGTH);
    expect(errorAt(errors, 'links')?.reason).to.match(/too many entries/);
  });

  it('never throws on cyclic, huge or hostile input', () => {
    const cyclic: Record<string, unknown> = { quizIntro: 'Hi.' };
    cyclic['self'] = cyclic;
    cyclic['selfCare'] = { extraItems: [cyclic] };
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
        get() {
          throw new Error('boom');
        },
        getPrototypeOf() {
          return Object.prototype;
        },
      },
    );
    const huge: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i += 1) huge[`k${i}`] = i;
    const inputs: unknown[] = [cyclic, hostile, huge, { quizIntro: 'x'.repeat(1_000_000) }, new Date(), () => 1, Symbol('s'), 10n];
    for (const input of inputs) {
      expect(() => validateOverrides(input)).to.not.throw();
    }
    const c = validateOverrides(cyclic);
    expect(c.value.quizIntro).to.equal('Hi.');
    expect(errorAt(c.errors, 'self')?.reason).to.match(/^unknown key/);
    expect(errorAt(c.errors, 'selfCare.extraItems[0].self')?.reason).to.match(/^unknown key/);
    const h = validateOverrides(huge);
    expect(h.errors.length).to.be.at.most(12);
  });
});
