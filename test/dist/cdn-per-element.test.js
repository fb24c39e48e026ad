// Loads each one-element CDN file alone, in its own frame, as a site that wants one widget would.
// Each must work by itself and register only its own tag (plus <ipt-crisis-help>, which the
// three widgets render inside themselves).
import { expect } from '@open-wc/testing';
import { upgraded } from '../embed/frame.js';

const ALL_TAGS = [
  'ipt-explainer',
  'ipt-problem-area-quiz',
  'ipt-selfcare-checklist',
  'ipt-crisis-help',
  'ipt-provider',
];
const CASES = [
  { file: 'ipt-explainer', tag: 'ipt-explainer', alsoDefines: ['ipt-crisis-help'] },
  { file: 'ipt-problem-area-quiz', tag: 'ipt-problem-area-quiz', alsoDefines: ['ipt-crisis-help'] },
  { file: 'ipt-selfcare-checklist', tag: 'ipt-selfcare-checklist', alsoDefines: ['ipt-crisis-help'] },
  { file: 'ipt-crisis-help', tag: 'ipt-crisis-help', alsoDefines: [] },
];

/** A frame whose page holds only the given markup and one module script for the file. */
async function frameWith(file, markup) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script>window.__iptErrors = []; addEventListener('error', (e) => __iptErrors.push(String(e.message)));</script>
    <script type="module" src="${location.origin}/dist/cdn/${file}.js"></script>
    ${markup}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

for (const { file, tag, alsoDefines } of CASES) {
  describe(`dist/cdn/${file}.js alone`, () => {
    let frame;

    before(async () => {
      frame = await frameWith(file, `<${tag} region="uk"></${tag}>`);
      await upgraded(frame, [tag]);
    });

    after(() => frame.remove());

    it(`renders <${tag}> with its heading and crisis help`, () => {
      const el = frame.contentDocument.querySelector(tag);
      const heading = el.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6');
      expect(heading, `<${tag}> heading`).to.exist;
      expect(heading.textContent.trim()).to.not.equal('');
      const crisis = tag === 'ipt-crisis-help' ? el : el.shadowRoot.querySelector('ipt-crisis-help');
      expect(crisis, 'crisis help').to.exist;
      const numbers = [...crisis.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(numbers, 'UK crisis numbers').to.include('tel:116123');
    });

    it('registers only its own element', () => {
      const defined = ALL_TAGS.filter((name) => frame.contentWindow.customElements.get(name));
      expect(defined.sort()).to.deep.equal([tag, ...alsoDefines].sort());
    });

    it('throws nothing into the page', () => {
      expect(frame.contentWindow.__iptErrors).to.deep.equal([]);
    });
  });
}

describe('dist/cdn/ipt-provider.js alone', () => {
  it('registers <ipt-provider> and nothing else', async () => {
    const frame = await frameWith('ipt-provider', '<ipt-provider region="uk"></ipt-provider>');
    try {
      await upgraded(frame, ['ipt-provider']);
      const defined = ALL_TAGS.filter((name) => frame.contentWindow.customElements.get(name));
      expect(defined).to.deep.equal(['ipt-provider']);
      expect(frame.contentWindow.__iptErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

// The Spanish twins: each shows its widget in Spanish on a Spanish page, English elsewhere.
for (const { file, tag } of [...CASES, { file: 'ipt-widgets', tag: 'ipt-explainer' }]) {
  describe(`dist/cdn/${file}.es.js alone`, () => {
    let frame;

    before(async () => {
      frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en"><body>
        <script>window.__iptErrors = []; addEventListener('error', (e) => __iptErrors.push(String(e.message)));</script>
        <script type="module" src="${location.origin}/dist/cdn/${file}.es.js"></script>
        <${tag} lang="es-MX" region="us"></${tag}><${tag} id="english" region="us"></${tag}></body></html>`;
      document.body.append(frame);
      await loaded;
      await upgraded(frame, [tag]);
    });

    after(() => frame.remove());

    it(`renders <${tag} lang="es-MX"> in Spanish, its crisis box too, and the same tag without lang in English`, async () => {
      const [spanish, english] = frame.contentDocument.querySelectorAll(tag);
      await spanish.updateComplete;
      expect(spanish.shadowRoot.querySelector('[part="base"]').getAttribute('lang')).to.equal('es');
      expect(english.shadowRoot.querySelector('[part="base"]').getAttribute('lang')).to.equal('en');
      const crisis = tag === 'ipt-crisis-help' ? spanish : spanish.shadowRoot.querySelector('ipt-crisis-help');
      await crisis.updateComplete;
      const sms = [...crisis.shadowRoot.querySelectorAll('a[href^="sms:"]')].map((a) => a.textContent.trim());
      expect(sms.some((text) => text.includes('AYUDA') && text.includes('988'))).to.equal(true);
      expect(crisis.shadowRoot.querySelector('[part="base"]').getAttribute('lang')).to.equal('es');
    });

    it('throws nothing into the page', () => {
      expect(frame.contentWindow.__iptErrors).to.deep.equal([]);
    });
  });
}

describe('examples/own-language', () => {
  it('shows the crisis box in the site\u2019s pack, and a widget the pack cannot cover in English', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/examples/own-language/index.html';
    document.body.append(frame);
    try {
      await loaded;
      await upgraded(frame, ['ipt-crisis-help', 'ipt-explainer']);
      const doc = frame.contentDocument;
      const box = doc.querySelector('body > main > ipt-crisis-help');
      const explainer = doc.querySelector('ipt-explainer');
      await box.updateComplete;
      await explainer.updateComplete;
      expect(box.shadowRoot.querySelector('[part="base"]').getAttribute('lang')).to.equal('qps');
      expect(box.shadowRoot.querySelector('[part="heading"]').textContent).to.match(/^⟦.+⟧$/);
      expect(explainer.shadowRoot.querySelector('[part="base"]').getAttribute('lang')).to.equal('en');
    } finally {
      frame.remove();
    }
  });
});
