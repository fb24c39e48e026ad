import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import * as classes from '../src/elements.js';
import { VERSION } from '../src/version.js';

const TAGS = {
  'ipt-crisis-help': classes.IptCrisisHelp,
  'ipt-explainer': classes.IptExplainer,
  'ipt-problem-area-quiz': classes.IptProblemAreaQuiz,
  'ipt-selfcare-checklist': classes.IptSelfcareChecklist,
} as const;


describe('registration', () => {
  for (const [tag, ctor] of Object.entries(TAGS)) {
    it(`defines <${tag}> with its class and version`, () => {
      expect(customElements.get(tag)).to.equal(ctor);
      expect((ctor as unknown as { iptVersion: string }).iptVersion).to.equal(VERSION);
    });

    it(`upgrades <${tag}> and renders into its shadow root`, async () => {
      const el = await fixture(`<${tag}></${tag}>`);
      expect(el).to.be.instanceOf(ctor);
      expect(el.shadowRoot?.textContent?.trim()).to.not.equal('');
    });
  }

  it('defines <ipt-provider>, which renders its children in place', async () => {
    expect(customElements.get('ipt-provider')).to.equal(classes.IptProvider);
    const el = await fixture(html`<ipt-provider><p>Page text</p></ipt-provider>`);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('importing the registering entry again does not throw', async () => {
    await import('../src/index.js');
    const el = await fixture(html`<ipt-explainer></ipt-explainer>`);
    expect(el.shadowRoot!.querySelector('h2')).to.exist;
  });
});
