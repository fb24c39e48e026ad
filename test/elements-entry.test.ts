import { expect } from '@open-wc/testing';
import * as entry from '../src/elements.js';

// This file runs in its own page, so nothing else has registered the tags.
describe('the side-effect-free entry (ipt-widgets/elements)', () => {
  it('exports every element class', () => {
    for (const name of ['IptProvider', 'IptCrisisHelp', 'IptExplainer', 'IptProblemAreaQuiz', 'IptSelfcareChecklist']) {
      expect(entry[name as keyof typeof entry], name).to.be.a('function');
    }
  });

  it('registers no tag until the page chooses to', () => {
    for (const tag of ['ipt-provider', 'ipt-crisis-help', 'ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist']) {
      expect(customElements.get(tag), tag).to.be.undefined;
    }
  });

  it('lets the page register a class under its own tag name', async () => {
    entry.define('my-ipt-crisis-help', entry.IptCrisisHelp);
    const el = document.createElement('my-ipt-crisis-help') as InstanceType<typeof entry.IptCrisisHelp>;
    el.setAttribute('region', 'eu');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href="tel:112"]')).to.exist;
    el.remove();
  });
});
