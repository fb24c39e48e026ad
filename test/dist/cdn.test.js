// Loads the CDN file as a site would (one module script) and checks that every element upgrades.
import { expect, fixture } from '@open-wc/testing';

const CDN = new URL('/dist/cdn/ipt-widgets.js', location.href).href;
const TAGS = ['ipt-crisis-help', 'ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist'];

function captureWarnings() {
  const messages = [];
  const original = console.warn;
  console.warn = (...args) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** A copy of the CDN file that claims another version, as a second, older embed would. */
async function importAsVersion(version) {
  const source = await (await fetch(CDN)).text();
  const { VERSION } = await import(CDN);
  const patched = source.replaceAll(`\`${VERSION}\``, `\`${version}\``).replaceAll(`"${VERSION}"`, `"${version}"`);
  const url = URL.createObjectURL(new Blob([patched], { type: 'text/javascript' }));
  try {
    return await import(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

describe('dist/cdn/ipt-widgets.js', () => {
  before(async () => {
    await import(CDN);
  });

  for (const tag of TAGS) {
    it(`defines and upgrades <${tag}>`, async () => {
      const el = await fixture(`<${tag}></${tag}>`);
      expect(customElements.get(tag)).to.be.a('function');
      expect(el).to.be.instanceOf(customElements.get(tag));
      expect(el.shadowRoot, `${tag} has a shadow root`).to.exist;
      expect(el.shadowRoot.textContent.trim()).to.not.equal('');
    });
  }

  it('defines <ipt-provider>', () => {
    expect(customElements.get('ipt-provider')).to.be.a('function');
  });

  it('exports the version it was built from', async () => {
    const { VERSION } = await import(CDN);
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('loads a second time as another module instance without throwing or warning', async () => {
    const warnings = captureWarnings();
    try {
      await import(`${CDN}?second-cms-block`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    const el = await fixture('<ipt-explainer></ipt-explainer>');
    expect(el.shadowRoot.textContent.trim()).to.not.equal('');
  });

  it('warns once per tag, naming both versions, when a different version loads too', async () => {
    const { VERSION } = await import(CDN);
    const warnings = captureWarnings();
    try {
      await importAsVersion('0.0.1-other');
    } finally {
      warnings.restore();
    }
    for (const tag of [...TAGS, 'ipt-provider']) {
      const forTag = warnings.messages.filter((m) => m.includes(`<${tag}>`));
      expect(forTag, tag).to.have.length(1);
      expect(forTag[0]).to.contain(VERSION).and.contain('0.0.1-other');
    }
    expect(customElements.get('ipt-explainer').iptVersion).to.equal(VERSION);
  });
});
