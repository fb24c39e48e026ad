import { expect } from '@open-wc/testing';
import { CRISIS_REGIONS, en, type CrisisRegion, type CrisisResource } from '../../src/content/index.js';

const byRegion = (r: CrisisRegion): readonly CrisisResource[] =>
  en.crisis.regions.find((x) => x.region === r)?.resources ?? [];
const has = (r: CrisisRegion, kind: CrisisResource['kind'], number: string) =>
  byRegion(r).some((x) => x.kind === kind && x.number === number);

describe('crisis resources', () => {
  it('covers every region once, in order', () => {
    expect(en.crisis.regions.map((r) => r.region)).to.deep.equal([...CRISIS_REGIONS]);
  });

  it('lists the United States numbers: call or text 988, and 911', () => {
    expect(has('us', 'call', '988')).to.equal(true);
    expect(has('us', 'text', '988')).to.equal(true);
    expect(has('us', 'emergency', '911')).to.equal(true);
  });

  it('lists the Canada numbers: call or text 988, and 911', () => {
    expect(has('ca', 'call', '988')).to.equal(true);
    expect(has('ca', 'text', '988')).to.equal(true);
    expect(has('ca', 'emergency', '911')).to.equal(true);
  });

  it('lists the UK numbers: Samaritans 116 123, NHS 111 option 2, and 999', () => {
    expect(byRegion('uk').some((x) => x.name === 'Samaritans' && x.number === '116 123' && x.dial === '116123')).to.equal(true);
    const nhs = byRegion('uk').find((x) => x.dial === '111');
    expect(nhs?.action).to.match(/press 2/);
    expect(nhs?.note).to.match(/England and Wales/);
    expect(has('uk', 'emergency', '999')).to.equal(true);
  });

  it('lists the Ireland numbers: Samaritans 116 123, 112 and 999', () => {
    expect(byRegion('ie').some((x) => x.name === 'Samaritans' && x.number === '116 123')).to.equal(true);
    expect(has('ie', 'emergency', '112')).to.equal(true);
    expect(has('ie', 'emergency', '999')).to.equal(true);
  });

  it('lists the Australia numbers: Lifeline call 13 11 14, text 0477 13 11 14, 000, and 106 for text relay', () => {
    expect(byRegion('au').some((x) => x.name === 'Lifeline' && x.kind === 'call' && x.number === '13 11 14' && x.dial === '131114')).to.equal(true);
    expect(byRegion('au').some((x) => x.kind === 'text' && x.number === '0477 13 11 14' && x.dial === '0477131114')).to.equal(true);
    expect(has('au', 'emergency', '000')).to.equal(true);
    expect(has('au', 'emergency', '106')).to.equal(true);
  });

  it('lists 112 for the European Union', () => {
    expect(has('eu', 'emergency', '112')).to.equal(true);
  });

  it('uses only these numbers', () => {
    const allowed = new Set(['988', '911', '116 123', '111, then 2', '999', '112', '13 11 14', '0477 13 11 14', '000', '106']);
    const all = en.crisis.regions.flatMap((r) => r.resources.map((x) => x.number));
    expect(all.filter((n) => !allowed.has(n))).to.deep.equal([]);
  });

  it('gives every resource a digits-only dial string that matches the shown number', () => {
    for (const r of en.crisis.regions.flatMap((x) => x.resources)) {
      expect(r.dial, r.id).to.match(/^\d+$/);
      expect(r.number.replace(/\D/g, ''), r.id).to.include(r.dial);
    }
  });

  it('uses unique ids and an action label for every resource', () => {
    const all = en.crisis.regions.flatMap((x) => x.resources);
    expect(new Set(all.map((r) => r.id)).size).to.equal(all.length);
    for (const r of all) expect(r.action.trim(), r.id).to.not.equal('');
  });

  it('cites a source for every verified resource and flags the rest as unverified', () => {
    for (const r of en.crisis.regions.flatMap((x) => x.resources)) {
      if (r.cite.length === 0) expect(r.verified, r.id).to.equal(false);
      if (r.verified) expect(r.cite, r.id).to.not.be.empty;
    }
    expect(byRegion('ca').find((x) => x.number === '911')?.verified).to.equal(false);
    expect(byRegion('ie').find((x) => x.number === '999')?.verified).to.equal(false);
  });

  it('has a general line for everywhere else and an urgent opening line', () => {
    expect(en.crisis.generalLine).to.match(/local emergency number/i);
    expect(en.crisis.intro[0]).to.equal('If you might hurt yourself, get help now.');
  });
});
