import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { en } from '../../src/content/index.js';
import '../../src/crisis-help/define.js';
import type { IptCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { captureWarnings } from '../helpers/console.js';

interface Expected {
  tel: string[];
  sms?: string[];
}

// The numbers each region must offer, as links (fact brief section 7.1, revised 2026-11-30).
const EXPECTED: Record<string, Expected> = {
  us: { tel: ['988', '988', '911'], sms: ['988', '988?body=AYUDA'] },
  ca: { tel: ['988', '18006686868', '18552423310', '911'], sms: ['988', '686868?body=CONNECT'] },
  uk: { tel: ['116123', '111', '111', '08088088000', '999'], sms: ['85258?body=SHOUT'] },
  ie: { tel: ['116123', '112', '999'], sms: ['50808'] },
  au: { tel: ['131114', '139276', '000', '1800555727'], sms: ['0477131114', '0423677767?body=000'] },
  eu: { tel: ['112', '116123'] },
};

const links = (el: IptCrisisHelp) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const hrefs = (el: IptCrisisHelp, scheme: string) =>
  links(el)
    .map((a) => a.getAttribute('href')!)
    .filter((h) => h.startsWith(`${scheme}:`))
    .map((h) => h.slice(scheme.length + 1));


describe('<ipt-crisis-help>', () => {
  for (const [region, expected] of Object.entries(EXPECTED)) {
    describe(`region="${region}"`, () => {
      let el: IptCrisisHelp;
      beforeEach(async () => {
        el = await fixture(html`<ipt-crisis-help region=${region}></ipt-crisis-help>`);
      });

      it('offers every required number as a tel: link', () => {
        expect(hrefs(el, 'tel')).to.have.members(expected.tel);
      });

      it('offers text lines as sms: links', () => {
        expect(hrefs(el, 'sms')).to.have.members(expected.sms ?? []);
      });

      it('gives each link an accessible name that starts with its visible words', () => {
        for (const a of links(el)) {
          const name = a.getAttribute('aria-label') ?? '';
          expect(name.startsWith(a.textContent!.trim()), name).to.be.true;
          expect(name.length).to.be.greaterThan(a.textContent!.trim().length);
        }
      });

      it('shows the digits to dial or text in the words and the accessible name of every phone link', () => {
        const lines = en.crisis.regions.find((r) => r.region === region)!.resources;
        for (const line of lines) {
          if (line.kind === 'online' || line.kind === 'tty') continue;
          const a = links(el).find((x) => x.textContent!.trim() === line.action);
          expect(a, line.id).to.exist;
          expect(a!.textContent, line.id).to.include(line.number);
          expect(a!.getAttribute('aria-label'), line.id).to.include(line.number);
        }
      });

      it('keeps the digits on the printed page', async function () {
        // emulateMedia works only through the Chrome DevTools Protocol; the other engines skip this.
        if (!/Chrom(e|ium)\//.test(navigator.userAgent)) this.skip();
        await emulateMedia({ media: 'print' });
        try {
          for (const a of links(el).filter((x) => /^(tel|sms):/.test(x.getAttribute('href')!))) {
            expect(getComputedStyle(a).display, a.textContent!).to.not.equal('none');
            expect(a.innerText, a.textContent!).to.match(/\d/);
          }
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      });

      it('always ends with the line for people elsewhere', () => {
        const text = el.shadowRoot!.textContent!;
        expect(text).to.match(/local emergency number/);
      });

      it('passes axe', async () => {
        await expect(el).to.be.accessible();
      });
    });
  }

  it('offers 106 in Australia only as a TTY number in plain text, never as a call or text link', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="au"></ipt-crisis-help>`);
    expect(links(el).some((a) => /(?:tel|sms):106\b/.test(a.getAttribute('href')!))).to.equal(false);
    const tty = el.shadowRoot!.querySelector('[part="action"]')!;
    expect(tty.tagName).to.equal('SPAN');
    expect(tty.textContent).to.match(/106.*TTY/);
  });

  it('links chat and video services to the provider\'s page, named with their words', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="us"></ipt-crisis-help>`);
    const chat = links(el).filter((a) => a.getAttribute('href')!.startsWith('https:'));
    expect(chat.map((a) => a.textContent!.trim())).to.deep.equal(['Chat at 988lifeline.org', 'Press "ASL Now" at 988lifeline.org']);
    for (const a of chat) expect(a.getAttribute('href')).to.equal('https://988lifeline.org/');
  });

  it('says which part of the region a line serves', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="uk"></ipt-crisis-help>`);
    const parts = [...el.shadowRoot!.querySelectorAll('[part="serves-only"]')].map((x) => x.textContent!.trim());
    expect(parts).to.deep.equal(['In England.', 'In Scotland.', 'In Northern Ireland.']);
  });

  it('shows when the crisis lines were last checked and when they are next due', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="ie"></ipt-crisis-help>`);
    const times = [...el.shadowRoot!.querySelectorAll('[part="reviewed"] time')].map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal([en.crisis.review.lastReviewed, en.crisis.review.nextReviewDue]);
    expect(el.shadowRoot!.querySelector('[part="reviewed"]')!.textContent).to.match(/Last reviewed.*Next review due/s);
  });

  it('reads the service name once: inside the link name, not again from the text beside it', async () => {
    const el: IptCrisisHelp = await fixture(html`<ipt-crisis-help region="uk"></ipt-crisis-help>`);
    for (const name of el.shadowRoot!.querySelectorAll('.name')) {
      const link = name.parentElement!.querySelector('a')!;
      expect(link.getAttribute('aria-label')).to.include(name.textContent!.trim());
      expect(name.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(el.shadowRoot!.querySelectorAll('.name').length).to.be.greaterThan(0);
  });

  it('keeps the valid lines of an overrides property set from script, warning about the rest', async () => {
    const el: IptCrisisHelp = await fixture(html`<ipt-crisis-help region="uk"></ipt-crisis-help>`);
    const warnings = captureWarnings();
    try {
      el.overrides = {
        crisis: {
          extraResources: [
            { region: 'uk', name: 'Our clinic line', number: '0800 000 000', kind: 'call' },
            // A script may hand over anything: a number where text belongs must not break the box.
            { region: 'uk', name: 'Broken', number: 5, kind: 'call' },
          ],
        },
      } as unknown as IptCrisisHelp['overrides'];
      await el.updateComplete;
      (el as unknown as { overrides: unknown }).overrides = { crisis: { extraResources: 'not a list' } };
      await el.updateComplete;
      el.overrides = { crisis: { extraResources: [{ region: 'uk', name: 'Our clinic line', number: '0800 000 000', kind: 'call' }] } };
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(hrefs(el, 'tel')).to.include('0800000000');
    expect(el.shadowRoot!.textContent).not.to.include('Broken');
    expect(warnings.messages.length).to.equal(2);
    for (const message of warnings.messages) expect(message).to.include('<ipt-crisis-help> overrides property');
  });

  it('shows a general line and then every region when no region is set', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help></ipt-crisis-help>`);
    const regionHeadings = [...el.shadowRoot!.querySelectorAll('[part="region-heading"]')].map((h) => h.textContent!.trim());
    expect(regionHeadings).to.deep.equal(['United States', 'Canada', 'United Kingdom', 'Ireland', 'Australia', 'European Union']);
    const firstParagraph = el.shadowRoot!.querySelector('p')!;
    expect(firstParagraph.compareDocumentPosition(el.shadowRoot!.querySelector('[part="region"]')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    await expect(el).to.be.accessible();
  });

  it('warns once, naming itself, the attribute and the value, for an unknown region and shows every region', async () => {
    const warnings = captureWarnings();
    let el: IptCrisisHelp;
    try {
      el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="atlantis"></ipt-crisis-help>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<ipt-crisis-help>').and.contain('region').and.contain('atlantis');
    expect(el!.shadowRoot!.querySelectorAll('[part="region"]')).to.have.length(6);
  });

  it('accepts a region code in capitals and with spaces', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region=" UK "></ipt-crisis-help>`);
    expect(hrefs(el, 'tel')).to.include('116123');
    expect(el.shadowRoot!.querySelectorAll('[part="region"]')).to.have.length(0);
  });

  it('follows a region change at run time', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="us"></ipt-crisis-help>`);
    el.setAttribute('region', 'au');
    await el.updateComplete;
    expect(hrefs(el, 'tel')).to.have.members(EXPECTED['au']!.tel);
  });

  it('uses the heading level it is given, with region headings one level down', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help heading-level="4"></ipt-crisis-help>`);
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Need help now?');
    expect(el.shadowRoot!.querySelectorAll('h5')).to.have.length(6);
  });

  it('names its section after its heading', async () => {
    const el = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="eu"></ipt-crisis-help>`);
    const section = el.shadowRoot!.querySelector('section')!;
    const labelled = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!);
    expect(labelled?.textContent).to.equal('Need help now?');
  });

  it('renders the same ids in two boxes, each resolving inside its own shadow root', async () => {
    const wrapper = await fixture(html`<div><ipt-crisis-help></ipt-crisis-help><ipt-crisis-help></ipt-crisis-help></div>`);
    const [a, b] = [...wrapper.querySelectorAll('ipt-crisis-help')];
    const idOf = (el: Element) => el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')!;
    // Deterministic ids (no counter), so a server and a browser render the same markup.
    expect(idOf(a!)).to.equal(idOf(b!));
    for (const el of [a!, b!]) expect(el.shadowRoot!.getElementById(idOf(el))!.getRootNode()).to.equal(el.shadowRoot);
  });
});
