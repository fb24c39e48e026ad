// Every widget works on a page served with a strict Content-Security-Policy and Trusted Types
// (test/embed/csp-middleware.mjs, STRICT_CSP): it renders, it is styled, and nothing is refused.
import { expect } from '@open-wc/testing';
import { WIDGETS, loadFrame, problems, settle, upgraded } from './frame.js';

describe('a page with a strict Content-Security-Policy', () => {
  let frame;
  let elements;

  before(async () => {
    frame = await loadFrame('/test/embed/csp-page.html');
    elements = await upgraded(frame);
    await settle();
  });

  after(() => frame.remove());

  for (const tag of WIDGETS) {
    it(`renders <${tag}> into its shadow root`, () => {
      const instances = elements.filter((el) => el.localName === tag);
      expect(instances).to.not.be.empty;
      for (const el of instances) {
        expect(el.shadowRoot, `${tag} shadow root`).to.exist;
        expect(el.shadowRoot.textContent.trim(), `${tag} text`).to.not.equal('');
      }
    });

    it(`styles <${tag}> from its adopted style sheets`, () => {
      for (const el of elements.filter((e) => e.localName === tag)) {
        // Custom elements are inline by default; the shared base styles make every widget a block.
        expect(getComputedStyle(el).display, `${tag} display`).to.equal('block');
      }
    });
  }

  it('styles the crisis help box: a thick inline-start border', () => {
    const crisis = elements.find((el) => el.localName === 'ipt-crisis-help');
    const box = crisis.shadowRoot.querySelector('[part~="base"]');
    const style = frame.contentWindow.getComputedStyle(box);
    expect(parseFloat(style.borderInlineStartWidth)).to.be.greaterThan(parseFloat(style.borderInlineEndWidth));
    expect(style.borderInlineStartStyle).to.equal('solid');
  });

  it('applies content overrides from a JSON script block', () => {
    const crisis = frame.contentDocument.querySelector('ipt-provider ipt-crisis-help');
    expect(crisis.shadowRoot.textContent).to.contain('Example clinic line (test)');
  });

  it('causes no CSP or Trusted Types violation and no uncaught error', () => {
    const { violations, errors } = problems(frame);
    expect(violations, JSON.stringify(violations)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  // Last, because the probe itself is a violation: proves the policy applied, so the checks above meant something.
  it('runs under the policy: a string written to innerHTML is refused', () => {
    const win = frame.contentWindow;
    expect(win.trustedTypes, 'this engine supports Trusted Types').to.exist;
    let error;
    try {
      win.document.createElement('div').innerHTML = '<b>x</b>';
    } catch (e) {
      error = e;
    }
    expect(error?.name).to.equal('TypeError');
  });
});
