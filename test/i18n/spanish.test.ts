import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/es/index.js';
import { en } from '../../src/content/index.js';
import { es } from '../../src/content/es/index.js';
import type { IptElement } from '../../src/shared/ipt-element.js';
import { captureWarnings } from '../helpers/console.js';

const WIDGETS = {
  'ipt-explainer': html`<ipt-explainer lang="es" layout="expanded" region="us"></ipt-explainer>`,
  'ipt-problem-area-quiz': html`<ipt-problem-area-quiz lang="es" region="us"></ipt-problem-area-quiz>`,
  'ipt-selfcare-checklist': html`<ipt-selfcare-checklist lang="es" region="us" persist="none"></ipt-selfcare-checklist>`,
  'ipt-crisis-help': html`<ipt-crisis-help lang="es" region="us"></ipt-crisis-help>`,
};

/** Every visible text of a widget, through nested shadow roots (its crisis box too). */
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const parts: string[] = [];
  const el = node as Element;
  if (el.shadowRoot) parts.push(deepText(el.shadowRoot));
  for (const child of node.childNodes) {
    if (child instanceof HTMLStyleElement) continue;
    parts.push(deepText(child));
  }
  return parts.join(' ');
}

/** Pairs of English and Spanish texts at the same place in the content, where they differ. */
function translatedPairs(a: unknown, b: unknown, out: [string, string][] = []): [string, string][] {
  if (typeof a === 'string' && typeof b === 'string') {
    if (a !== b) out.push([a, b]);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    a.forEach((item, i) => translatedPairs(item, b[i], out));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of Object.keys(a)) translatedPairs((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], out);
  }
  return out;
}

describe('every widget in Spanish', () => {
  // English texts of two words or more that Spanish says differently: none may show in Spanish.
  const english = translatedPairs(en, es)
    .map(([text]) => text)
    .filter((text) => text.trim().split(/\s+/).length >= 2);

  for (const [tag, template] of Object.entries(WIDGETS)) {
    describe(`<${tag} lang="es">`, () => {
      it('shows no English sentence, only the Spanish (source titles and service names stay as they are)', async () => {
        const el = await fixture<IptElement>(template);
        await el.updateComplete;
        const text = deepText(el).replace(/\s+/g, ' ');
        const left = english.filter((sentence) => text.includes(sentence));
        expect(left).to.deep.equal([]);
        expect(text).to.include(es.crisis.heading);
      });

      it('marks its content lang="es" and dir="ltr", its crisis box too', async () => {
        const el = await fixture<IptElement>(template);
        const root = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(root.getAttribute('lang')).to.equal('es');
        expect(root.getAttribute('dir')).to.equal('ltr');
        const box = tag === 'ipt-crisis-help' ? el : el.shadowRoot!.querySelector('ipt-crisis-help')!;
        await (box as IptElement).updateComplete;
        expect(box.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
      });

      it('passes axe', async function () {
        this.timeout(30000);
        const el = await fixture<IptElement>(template);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('formats review dates in Spanish', async () => {
    const el = await fixture<IptElement>(html`<ipt-crisis-help lang="es"></ipt-crisis-help>`);
    const reviewed = el.shadowRoot!.querySelector('[part="reviewed"]')!;
    expect(reviewed.getAttribute('lang')).to.equal('es');
    expect(reviewed.textContent).to.match(/de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d/);
  });

  it('keeps the crisis actions\u2019 digits and shows the US Spanish lines in Spanish', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<IptElement>(html`<ipt-crisis-help lang="es" region="us"></ipt-crisis-help>`);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.some((a) => a.getAttribute('href') === 'sms:988?body=AYUDA' && /AYUDA/.test(a.textContent!))).to.equal(true);
      for (const line of es.crisis.regions.find((r) => r.region === 'us')!.resources) {
        if (line.kind === 'online') continue;
        expect(line.action).to.include(line.number);
      }
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});
