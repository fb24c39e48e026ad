import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/provider/define.js';
import '../../src/crisis-help/define.js';
import '../../src/checklist/define.js';
import '../../src/quiz/define.js';
import '../../src/explainer/define.js';
import type { IptProvider } from '../../src/provider/provider.js';
import type { IptCrisisHelp } from '../../src/crisis-help/crisis-help.js';
import { captureWarnings } from '../helpers/console.js';
import { en, type CrisisRegion } from '../../src/content/index.js';

/** The tel: links a region's crisis box must show: its call and emergency lines. */
const telFor = (region: CrisisRegion) =>
  en.crisis.regions
    .find((r) => r.region === region)!
    .resources.flatMap((x) => (x.kind === 'call' || x.kind === 'emergency' ? [`tel:${x.dial}`] : []));

const telLinks = (el: IptCrisisHelp) =>
  [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!).filter((h) => h.startsWith('tel:'));


async function settle(...elements: Element[]) {
  for (const el of elements) await (el as IptCrisisHelp).updateComplete;
}

describe('<ipt-provider>', () => {
  it('gives its region to the widgets inside it', async () => {
    const provider = await fixture<IptProvider>(html`<ipt-provider region="uk"><ipt-crisis-help></ipt-crisis-help></ipt-provider>`);
    const help = provider.querySelector('ipt-crisis-help')!;
    await settle(help);
    expect(telLinks(help)).to.have.members(telFor('uk'));
  });

  it("lets a widget's own region win over the provider's", async () => {
    const provider = await fixture<IptProvider>(
      html`<ipt-provider region="uk"><ipt-crisis-help region="au"></ipt-crisis-help></ipt-provider>`,
    );
    const help = provider.querySelector('ipt-crisis-help')!;
    await settle(help);
    expect(telLinks(help)).to.have.members(telFor('au'));
  });

  it('passes a region change to the widgets at once', async () => {
    const provider = await fixture<IptProvider>(html`<ipt-provider region="uk"><ipt-crisis-help></ipt-crisis-help></ipt-provider>`);
    const help = provider.querySelector('ipt-crisis-help')!;
    provider.setAttribute('region', 'eu');
    await provider.updateComplete;
    await settle(help);
    expect(telLinks(help)).to.deep.equal(telFor('eu'));
  });

  it('reaches widgets nested inside other shadow roots', async () => {
    const provider = await fixture<IptProvider>(html`<ipt-provider region="ca"><div id="host"></div></ipt-provider>`);
    const host = provider.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    const help = document.createElement('ipt-crisis-help');
    root.append(help);
    await settle(help);
    expect(telLinks(help)).to.have.members(telFor('ca'));
  });

  it('warns once, naming itself and the attribute, for an unknown region and leaves widgets on every region', async () => {
    const warnings = captureWarnings();
    let help: IptCrisisHelp;
    try {
      const provider = await fixture<IptProvider>(html`<ipt-provider region="mars"><ipt-crisis-help></ipt-crisis-help></ipt-provider>`);
      help = provider.querySelector('ipt-crisis-help')!;
      await settle(help);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<ipt-provider>').and.contain('region').and.contain('mars');
    expect(help!.shadowRoot!.querySelectorAll('[part="region"]')).to.have.length(6);
  });

  it('sets the colour scheme of the widgets inside it, and a widget attribute wins', async () => {
    const provider = await fixture<IptProvider>(
      html`<ipt-provider color-scheme="dark"
        ><ipt-crisis-help id="a"></ipt-crisis-help><ipt-crisis-help id="b" color-scheme="light"></ipt-crisis-help
      ></ipt-provider>`,
    );
    const [a, b] = [...provider.querySelectorAll('ipt-crisis-help')];
    await settle(a, b);
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    expect(background(a)).to.equal('rgb(20, 25, 31)');
    expect(background(b)).to.equal('rgb(255, 255, 255)');
  });

  it('sets the colour scheme of the quiz and of the crisis box inside it', async () => {
    const provider = await fixture<IptProvider>(
      html`<ipt-provider color-scheme="dark"><ipt-problem-area-quiz></ipt-problem-area-quiz></ipt-provider>`,
    );
    const quiz = provider.querySelector('ipt-problem-area-quiz') as LitElement;
    await quiz.updateComplete;
    const help = quiz.shadowRoot!.querySelector('ipt-crisis-help') as IptCrisisHelp;
    await help.updateComplete;
    expect(getComputedStyle(quiz).backgroundColor).to.equal('rgb(20, 25, 31)');
    expect(getComputedStyle(help).backgroundColor).to.equal('rgb(20, 25, 31)');
  });

  it('warns for a locale it has no content for and shows English marked as English', async () => {
    const warnings = captureWarnings();
    let help: IptCrisisHelp;
    try {
      const provider = await fixture<IptProvider>(html`<ipt-provider locale="fr"><ipt-crisis-help></ipt-crisis-help></ipt-provider>`);
      help = provider.querySelector('ipt-crisis-help')!;
      await settle(help);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.contain('<ipt-provider>').and.contain('locale').and.contain('fr');
    expect(help!.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('en');
  });
});

describe('content overrides from a JSON child', () => {
  const json = (data: unknown) => JSON.stringify(data);

  it('adds a local crisis line from the provider to the widgets inside', async () => {
    const provider = await fixture<IptProvider>(html`<ipt-provider region="uk">
      <script type="application/json">
        ${json({ crisis: { extraResources: [{ region: 'uk', name: 'City crisis team', number: '0800 123 456', kind: 'call' }] } })}
      </script>
      <ipt-crisis-help></ipt-crisis-help>
    </ipt-provider>`);
    const help = provider.querySelector('ipt-crisis-help')!;
    await settle(help);
    expect(help.shadowRoot!.textContent).to.contain('City crisis team');
    expect(telLinks(help)).to.include('tel:0800123456');
  });

  it("reads a widget's own JSON child without a provider", async () => {
    const help = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="us">
      <script type="application/json">
        ${json({ crisis: { extraResources: [{ name: 'County line', number: '555 0100', kind: 'text' }] } })}
      </script>
    </ipt-crisis-help>`);
    const sms = [...help.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(sms).to.include('sms:5550100');
  });

  it('warns once for JSON that cannot be read and still renders', async () => {
    const warnings = captureWarnings();
    let help: IptCrisisHelp;
    try {
      help = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="us"><script type="application/json">{ not json</script></ipt-crisis-help>`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<ipt-crisis-help>').and.contain('JSON');
    expect(telLinks(help!)).to.include('tel:988');
  });

  it('warns with the path and reason for an invalid field and applies the valid rest', async () => {
    const warnings = captureWarnings();
    let help: IptCrisisHelp;
    try {
      help = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="us">
        <script type="application/json">
          ${json({
            crisis: {
              extraResources: [
                { name: 'Bad line', number: 'call me', kind: 'call' },
                { name: 'Good line', number: '555 0199', kind: 'call' },
              ],
            },
          })}
        </script>
      </ipt-crisis-help>`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.contain('crisis.extraResources[0].number');
    expect(help!.shadowRoot!.textContent).to.contain('Good line').and.not.contain('Bad line');
  });

  it('renders hostile override text as text and never links javascript: URLs', async () => {
    const warnings = captureWarnings();
    let help: IptCrisisHelp;
    const name = '<img src=x onerror="window.__iptPwned=1">Help';
    try {
      help = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="us">
        <script type="application/json">
          ${json({
            crisis: {
              extraResources: [
                { name, number: '555 0100', kind: 'call' },
                { name: 'Script line', number: '555 0101', kind: 'call', href: 'javascript:alert(1)' },
              ],
            },
          })}
        </script>
      </ipt-crisis-help>`);
    } finally {
      warnings.restore();
    }
    const root = help!.shadowRoot!;
    expect(root.querySelector('img')).to.be.null;
    expect(root.textContent).to.contain(name);
    expect((window as { __iptPwned?: number }).__iptPwned).to.be.undefined;
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.some((h) => h.toLowerCase().startsWith('javascript:'))).to.be.false;
    expect(warnings.messages.join('\n')).to.contain('href');
  });

  it("follows a widget's own JSON child added, edited and removed after it connected", async () => {
    const help = await fixture<IptCrisisHelp>(html`<ipt-crisis-help region="us"></ipt-crisis-help>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json({ crisis: { extraResources: [{ name: 'County line', number: '555 0100', kind: 'text' }] } });
    const changed = async () => {
      await new Promise((r) => setTimeout(r));
      await help.updateComplete;
    };
    help.append(script);
    await changed();
    expect(help.shadowRoot!.textContent).to.contain('County line');
    script.textContent = json({ crisis: { extraResources: [{ name: 'Night line', number: '555 0123', kind: 'call' }] } });
    await changed();
    expect(help.shadowRoot!.textContent).to.contain('Night line');
    expect(help.shadowRoot!.textContent).not.to.contain('County line');
    script.remove();
    await changed();
    expect(help.shadowRoot!.textContent).not.to.contain('Night line');
  });

  it('follows the provider JSON when a CMS editor replaces it', async () => {
    const provider = await fixture<IptProvider>(html`<ipt-provider region="us">
      <script type="application/json">{}</script>
      <ipt-crisis-help></ipt-crisis-help>
    </ipt-provider>`);
    const help = provider.querySelector('ipt-crisis-help')!;
    provider.querySelector('script')!.textContent = json({
      crisis: { extraResources: [{ name: 'Night line', number: '555 0123', kind: 'call' }] },
    });
    await new Promise((r) => setTimeout(r));
    await provider.updateComplete;
    await settle(help);
    expect(help.shadowRoot!.textContent).to.contain('Night line');
  });
});

describe('without a provider', () => {
  it('keeps its English content left-to-right on a right-to-left page', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"><ipt-crisis-help region="eu"></ipt-crisis-help></div>`);
    const help = wrapper.querySelector('ipt-crisis-help')!;
    await settle(help);
    const section = help.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(section).direction).to.equal('ltr');
  });

  it('marks its English content as English on a page in another language', async () => {
    const wrapper = await fixture(html`<div lang="de"><ipt-crisis-help region="eu"></ipt-crisis-help></div>`);
    const help = wrapper.querySelector('ipt-crisis-help')!;
    await settle(help);
    expect(help.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('en');
  });
});

describe('content overrides in the widgets', () => {
  it('adds a site step to the checklist, in its group, as plain text', async () => {
    const checklist = await fixture(html`<ipt-selfcare-checklist persist="none">
      <script type="application/json">
        {"selfCare": {"extraItems": [{"id": "walk-with-a-friend", "label": "Walk with a <b>friend</b>", "group": "connection"}]}}
      </script>
    </ipt-selfcare-checklist>`);
    await (checklist as LitElement).updateComplete;
    const labels = [...checklist.shadowRoot!.querySelectorAll('[data-group="connection"] label')].map((l) => l.textContent);
    expect(labels).to.include('Walk with a <b>friend</b>');
    expect(checklist.shadowRoot!.querySelector('b')).to.be.null;
  });

  it("shows the site's intro line on the quiz intro", async () => {
    const quiz = await fixture(html`<ipt-provider>
      <script type="application/json">{"quizIntro": "Our clinic offers IPT."}</script>
      <ipt-problem-area-quiz></ipt-problem-area-quiz>
    </ipt-provider>`);
    const el = quiz.querySelector('ipt-problem-area-quiz')!;
    await (el as LitElement).updateComplete;
    expect(el.shadowRoot!.querySelector('[part="site-intro"]')?.textContent).to.equal('Our clinic offers IPT.');
  });

  it('gives the provider region to the crisis help inside each widget', async () => {
    const provider = await fixture(html`<ipt-provider region="au"><ipt-explainer></ipt-explainer></ipt-provider>`);
    const explainer = provider.querySelector('ipt-explainer')!;
    await (explainer as LitElement).updateComplete;
    const help = explainer.shadowRoot!.querySelector('ipt-crisis-help')!;
    await (help as IptCrisisHelp).updateComplete;
    expect(help.getAttribute('region')).to.equal('au');
    expect(telLinks(help as IptCrisisHelp)).to.include('tel:131114');
  });
});

describe('site links and local crisis lines handed down', () => {
  it("lists the site's links at the end of the explainer, with safe addresses only", async () => {
    const warnings = captureWarnings();
    let explainer: LitElement;
    try {
      explainer = await fixture(html`<ipt-explainer>
        <script type="application/json">
          {"links": [{"label": "Our IPT service", "href": "https://example.org/ipt"}, {"label": "Bad", "href": "javascript:alert(1)"}]}
        </script>
      </ipt-explainer>`);
    } finally {
      warnings.restore();
    }
    const nav = explainer!.shadowRoot!.querySelector('nav[aria-label="More from this site"]')!;
    const links = [...nav.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([['Our IPT service', 'https://example.org/ipt']]);
    expect(warnings.messages.join('\n')).to.contain('links[1].href');
  });

  it("shows a widget's own local crisis line in the crisis box inside it", async () => {
    const quiz = await fixture<LitElement>(html`<ipt-problem-area-quiz region="uk">
      <script type="application/json">
        {"crisis": {"extraResources": [{"region": "uk", "name": "Borough crisis line", "number": "0800 111 222", "kind": "call"}]}}
      </script>
    </ipt-problem-area-quiz>`);
    const help = quiz.shadowRoot!.querySelector('ipt-crisis-help') as IptCrisisHelp;
    await help.updateComplete;
    expect(help.shadowRoot!.textContent).to.contain('Borough crisis line');
    expect(telLinks(help)).to.include('tel:0800111222');
  });
});
