import { expect } from '@open-wc/testing';
import { CRISIS_REGIONS, en, type CrisisRegion, type CrisisResource } from '../../src/content/index.js';
import { CRISIS_LINE_IDS } from '../../src/content/ids.js';

const all = en.crisis.regions.flatMap((r) => r.resources.map((x) => ({ region: r.region, ...x })));
const byRegion = (r: CrisisRegion): readonly CrisisResource[] =>
  en.crisis.regions.find((x) => x.region === r)?.resources ?? [];
const find = (r: CrisisRegion, test: (x: CrisisResource) => boolean) => byRegion(r).find(test);
const numberOf = (x: CrisisResource | undefined) => (x && x.kind !== 'online' ? x.number : undefined);

describe('crisis resources', () => {
  it('covers every region once, in order', () => {
    expect(en.crisis.regions.map((r) => r.region)).to.deep.equal([...CRISIS_REGIONS]);
  });

  it('puts the digits to dial or text in the words of every phone action', () => {
    for (const line of all) {
      if (line.kind === 'online') continue;
      expect(line.action, line.id).to.include(line.number);
      expect(line.action, line.id).to.match(/\d/);
    }
  });

  it('names the keyword in the words of every text line that needs one', () => {
    for (const line of all) {
      if (line.kind === 'text' && line.keyword) expect(line.action, line.id).to.include(line.keyword);
    }
  });

  it('gives every phone line a digits-only dial string that matches the shown number', () => {
    for (const line of all) {
      if (line.kind === 'online') continue;
      expect(line.dial, line.id).to.match(/^\d+$/);
      expect(line.number.replace(/\D/g, ''), line.id).to.equal(line.dial);
    }
  });

  it('links chat and video services only to the provider\u2019s own https page', () => {
    const online = all.filter((x) => x.kind === 'online');
    expect(online.length).to.be.greaterThan(0);
    for (const line of online) if (line.kind === 'online') expect(new URL(line.href).protocol, line.id).to.equal('https:');
  });

  it('cites at least one source for every line, and ships no unverified line', () => {
    for (const line of all) {
      expect(line.cite.length, line.id).to.be.greaterThan(0);
      expect(line, line.id).to.not.have.property('verified');
    }
  });

  it('uses unique ids, exactly the id list every language shares, in order', () => {
    expect(new Set(all.map((r) => r.id)).size).to.equal(all.length);
    expect(all.map((r) => r.id)).to.deep.equal([...CRISIS_LINE_IDS]);
  });

  it('United States: 988 by call, text, Spanish (press 2, text AYUDA), chat and ASL, and 911', () => {
    expect(find('us', (x) => x.kind === 'call' && x.action === 'Call 988')).to.exist;
    expect(find('us', (x) => x.kind === 'text' && x.action === 'Text 988')).to.exist;
    expect(find('us', (x) => x.kind === 'call' && /988, then press 2/.test(x.action))?.note).to.match(/Spanish/);
    const ayuda = find('us', (x) => x.kind === 'text' && x.action === 'Text AYUDA to 988');
    expect(ayuda && ayuda.kind === 'text' ? ayuda.keyword : undefined).to.equal('AYUDA');
    expect(find('us', (x) => x.kind === 'online' && /chat/i.test(x.action))).to.exist;
    expect(find('us', (x) => x.kind === 'online' && /ASL Now/.test(x.action))).to.exist;
    expect(find('us', (x) => x.kind === 'emergency' && x.action === 'Call 911')?.note).to.match(/voice|call if you can/i);
  });

  it('Canada: 988 by call and text, Kids Help Phone, Hope for Wellness for Indigenous peoples, and 9-1-1 with a source', () => {
    expect(find('ca', (x) => x.kind === 'call' && x.action === 'Call 988')).to.exist;
    expect(find('ca', (x) => x.kind === 'text' && x.action === 'Text 988')).to.exist;
    expect(numberOf(find('ca', (x) => x.name === 'Kids Help Phone' && x.kind === 'call'))).to.equal('1-800-668-6868');
    expect(find('ca', (x) => x.kind === 'text' && x.action === 'Text CONNECT to 686868')).to.exist;
    const hope = find('ca', (x) => /Hope for Wellness/.test(x.name) && x.kind === 'call');
    expect(numberOf(hope)).to.equal('1-855-242-3310');
    expect(hope?.servesOnly).to.match(/Indigenous/);
    const emergency = find('ca', (x) => x.kind === 'emergency');
    expect(emergency?.action).to.equal('Call 9-1-1');
    expect(emergency?.cite.length).to.be.greaterThan(0);
  });

  it('United Kingdom: Samaritans, Shout, NHS 111 mental health option (England), NHS 24 (Scotland), Lifeline (Northern Ireland), 999', () => {
    expect(find('uk', (x) => x.name === 'Samaritans' && x.action === 'Call 116 123')).to.exist;
    expect(find('uk', (x) => x.kind === 'text' && x.action === 'Text SHOUT to 85258')).to.exist;
    const england = find('uk', (x) => x.id === 'uk-nhs-111-england');
    expect(england?.action).to.match(/111 and choose the mental health option/);
    expect(england?.servesOnly).to.match(/England/);
    expect(england?.note).to.equal('For urgent mental health help.');
    const scotland = find('uk', (x) => /Scotland/.test(x.servesOnly ?? ''));
    expect(scotland?.action).to.match(/111/);
    const ni = find('uk', (x) => /Northern Ireland/.test(x.servesOnly ?? ''));
    expect(numberOf(ni)).to.equal('0808 808 8000');
    expect(find('uk', (x) => x.kind === 'emergency' && x.action === 'Call 999')).to.exist;
    expect(byRegion('uk').some((x) => /press 2|option 2/i.test(x.action))).to.equal(false);
  });

  it('Ireland: Samaritans, Text 50808 with no keyword, and 112 and 999 with sources', () => {
    expect(find('ie', (x) => x.name === 'Samaritans' && x.action === 'Call 116 123')).to.exist;
    const text = find('ie', (x) => x.kind === 'text' && x.action === 'Text 50808');
    expect(text && text.kind === 'text' ? text.keyword : 'missing').to.equal(undefined);
    for (const number of ['112', '999']) {
      const line = find('ie', (x) => x.kind === 'emergency' && numberOf(x) === number);
      expect(line?.cite.length, number).to.be.greaterThan(0);
    }
  });

  it('Australia: Lifeline, 13YARN, 000 with its digits, and the relay routes to 000 for people who cannot call', () => {
    expect(find('au', (x) => x.kind === 'call' && x.action === 'Call 13 11 14')).to.exist;
    expect(find('au', (x) => x.kind === 'text' && x.action === 'Text 0477 13 11 14')).to.exist;
    expect(find('au', (x) => /13YARN/.test(x.name))?.servesOnly).to.match(/Aboriginal and Torres Strait Islander/);
    expect(find('au', (x) => x.kind === 'emergency' && numberOf(x) === '000')?.action).to.equal('Call 000 (Triple Zero)');
    const sms = find('au', (x) => x.kind === 'text' && numberOf(x) === '0423 677 767');
    expect(sms?.action).to.match(/000 in your first message/);
    expect(find('au', (x) => x.kind === 'call' && numberOf(x) === '1800 555 727')?.action).to.match(/ask for 000/);
  });

  it('Australia: offers 106 only as a TTY number, never as a call or a text', () => {
    const lines106 = byRegion('au').filter((x) => numberOf(x) === '106');
    expect(lines106.map((x) => x.kind)).to.deep.equal(['tty']);
    expect(lines106[0]?.action).to.match(/TTY/);
  });

  it('European Union: 112, and 116 123 marked as not run everywhere', () => {
    expect(find('eu', (x) => x.kind === 'emergency' && x.action === 'Call 112')).to.exist;
    expect(find('eu', (x) => numberOf(x) === '116 123')?.servesOnly).to.match(/only/i);
  });

  it('never asks a person in crisis to judge whether a life is at risk', () => {
    const words = [en.crisis.heading, ...en.crisis.intro, en.crisis.generalLine, ...all.flatMap((x) => [x.action, x.note ?? '', x.servesOnly ?? ''])];
    for (const text of words) expect(text).to.not.match(/life is (?:not )?at risk|no life/i);
  });

  it('has a general line for everywhere else and an urgent opening line', () => {
    expect(en.crisis.generalLine).to.match(/local emergency number/i);
    expect(en.crisis.intro[0]).to.equal('If you might hurt yourself, get help now.');
  });
});
