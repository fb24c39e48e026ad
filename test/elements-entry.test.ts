import { expect } from '@open-wc/testing';
import { captureWarnings } from './helpers/console.js';
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

  it('registers <ipt-crisis-help> when a widget class is used alone, so crisis help never shows empty', async () => {
    expect(customElements.get('ipt-crisis-help'), 'not registered yet').to.be.undefined;
    entry.define('clinic-explainer', entry.IptExplainer);
    const el = document.createElement('clinic-explainer') as InstanceType<typeof entry.IptExplainer>;
    el.setAttribute('region', 'uk');
    document.body.append(el);
    await el.updateComplete;
    const help = el.shadowRoot!.querySelector('ipt-crisis-help') as InstanceType<typeof entry.IptCrisisHelp>;
    expect(help instanceof entry.IptCrisisHelp, 'an IptCrisisHelp').to.equal(true);
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
    el.remove();
  });

  it('lets the page register a class under its own tag name, even after a widget registered the crisis box', async () => {
    // The widget above holds ipt-crisis-help with a private subclass, so naming the class itself must not throw.
    expect(() => customElements.define('my-ipt-crisis-help', entry.IptCrisisHelp)).not.to.throw();
    const el = document.createElement('my-ipt-crisis-help') as InstanceType<typeof entry.IptCrisisHelp>;
    el.setAttribute('region', 'eu');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[href="tel:112"]')).to.exist;
    el.remove();
  });

  it('warns instead of throwing when a class already registered under another name is registered again', () => {
    // Registered under the page's own name first (as the test above does; repeated so this test stands alone).
    if (!customElements.get('clinic-explainer')) entry.define('clinic-explainer', entry.IptExplainer);
    const warnings = captureWarnings();
    try {
      expect(() => entry.define('ipt-explainer', entry.IptExplainer)).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(customElements.get('ipt-explainer')).to.be.undefined;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('<ipt-explainer>');
  });
});
