// The long widgets start with a "Need help now?" link, so crisis lines are one key press away
// from the top instead of dozens of Tab presses.
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/explainer/define.js';
import '../../src/checklist/define.js';
import { ui } from '../../src/content/en/ui.js';

const WIDGETS = [
  '<ipt-explainer region="uk"></ipt-explainer>',
  '<ipt-selfcare-checklist region="uk" persist="none"></ipt-selfcare-checklist>',
];

/** The deepest focused element, through nested shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

for (const markup of WIDGETS) {
  const tag = markup.slice(1, markup.indexOf(' '));

  describe(`<${tag}> crisis shortcut`, () => {
    it('is the first link or button, right under the heading', async () => {
      const el = await fixture<HTMLElement>(markup);
      const first = el.shadowRoot!.querySelector('a, button, input');
      expect(first?.getAttribute('part')).to.equal('crisis-shortcut');
      expect(first!.textContent!.trim()).to.equal(ui.crisis.shortcut);
    });

    it('moves focus to the crisis lines when activated with the keyboard', async () => {
      const el = await fixture<HTMLElement>(markup);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="crisis-shortcut"]')!;
      link.focus();
      const url = location.href;
      await sendKeys({ press: 'Enter' });
      const focused = deepActive();
      const help = el.shadowRoot!.querySelector('ipt-crisis-help')!;
      expect(focused?.getRootNode()).to.equal(help.shadowRoot);
      expect(focused?.getAttribute('part')).to.equal('heading');
      expect(location.href, 'the page does not jump to #').to.equal(url);
    });

    it('is left out of print (Chromium only: the other launchers cannot emulate print)', async function () {
      if (!/Chrom(e|ium)\//.test(navigator.userAgent)) this.skip();
      const el = await fixture<HTMLElement>(markup);
      const link = el.shadowRoot!.querySelector('[part="crisis-shortcut"]')!;
      expect(getComputedStyle(link.parentElement!).display).not.to.equal('none');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(link.parentElement!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
}

describe('<ipt-explainer> safety note with the relationship tips', () => {
  it('says threats and control are not a clash to talk through, with a link that moves to the crisis lines', async () => {
    const el = await fixture<HTMLElement>('<ipt-explainer region="au" layout="expanded"></ipt-explainer>');
    const note = el.shadowRoot!.querySelector('[part="safety-note"]')!;
    expect(note.textContent).to.match(/Threats, hurting you or trying to control you are not a mix-up/);
    const link = note.querySelector<HTMLAnchorElement>('[part="crisis-link"]')!;
    expect(link.textContent!.trim()).to.equal(ui.crisis.getHelpNow);
    link.focus();
    await sendKeys({ press: 'Enter' });
    const help = el.shadowRoot!.querySelector('ipt-crisis-help')!;
    expect(deepActive()?.getRootNode()).to.equal(help.shadowRoot);
    expect(deepActive()?.getAttribute('part')).to.equal('heading');
  });
});
