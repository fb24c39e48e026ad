import { expect, fixture, html } from '@open-wc/testing';
import '../../src/crisis-help/define.js';
import type { IptCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { captureWarnings } from '../helpers/console.js';

interface Expected {
  tel: string[];
  sms?: string[];
}

// The numbers the content must offer in each region (issue 3, point 7).
const EXPECTED: Record<string, Expected> = {
  us: { tel: ['988', '911'], sms: ['988'] },
  ca: { tel: ['988', '911'], sms: ['988'] },
  uk: { tel: ['116123', '111', '999'] },
  ie: { tel: ['116123', '112', '999'] },
  au: { tel: ['131114', '000', '106'], sms: ['0477131114'] },
  eu: { tel: ['112'] },
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

      it('always ends with the line for people elsewhere', () => {
        const text = el.shadowRoot!.textContent!;
        expect(text).to.match(/local emergency number/);
      });

      it('passes axe', async () => {
        await expect(el).to.be.accessible();
      });
    });
  }

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
    expect(hrefs(el, 'tel')).to.have.members(['131114', '000', '106']);
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

  it('keeps ids unique between two boxes on one page', async () => {
    const wrapper = await fixture(html`<div><ipt-crisis-help></ipt-crisis-help><ipt-crisis-help></ipt-crisis-help></div>`);
    const [a, b] = [...wrapper.querySelectorAll('ipt-crisis-help')];
    const idOf = (el: Element) => el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby');
    expect(idOf(a)).to.not.equal(idOf(b));
  });
});
