// Two script tags in the "wrong" order: the widget's script runs, and its element asks for settings,
// before <ipt-provider> is defined. The provider must still reach it once its script loads.
// Own file: the provider must not be registered by anything else on this page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/crisis-help/define.js';
import type { IptCrisisHelp } from '../../src/crisis-help/crisis-help.js';

const telLinks = (help: IptCrisisHelp) =>
  [...help.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

describe('a provider whose script loads after the widget', () => {
  it('still gives the widget its region', async () => {
    const wrap = await fixture(html`<ipt-provider region="uk"><ipt-crisis-help></ipt-crisis-help></ipt-provider>`);
    const help = wrap.querySelector('ipt-crisis-help') as IptCrisisHelp;
    await help.updateComplete;
    expect(customElements.get('ipt-provider')).to.be.undefined;
    expect(telLinks(help), 'every region before the provider arrives').to.include('tel:988');

    await import('../../src/provider/define.js');
    await waitUntil(() => !telLinks(help).includes('tel:988'), 'the provider region never arrived', { timeout: 3000 });
    expect(telLinks(help)).to.include('tel:116123');
  });
});
