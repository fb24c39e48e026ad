// Review dates come from each language's date words, so no widget makes an Intl date formatter while
// it renders: the first one on a page costs about 15-20 ms of main thread (issue 20). A pack
// without date words still gets dates in its own language, from Intl.
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/es/index.js';
import { registerLocale } from '../../src/content/index.js';
import { pseudoContent } from './pseudo-pack.js';
import { captureWarnings } from '../helpers/console.js';

const TAGS = ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help'];
type Settled = HTMLElement & { updateComplete: Promise<unknown> };

/** Counts `new Intl.DateTimeFormat(...)` while `run` runs. */
async function formattersMadeDuring(run: () => Promise<void>): Promise<number> {
  const Real = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = new Proxy(Real, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new target(...args);
    },
  });
  try {
    await run();
  } finally {
    Intl.DateTimeFormat = Real;
  }
  return made;
}

const reviewed = (el: Element) => el.shadowRoot!.querySelector('[part~="reviewed"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('review dates', () => {
  for (const [lang, expected] of [
    ['en', /Last reviewed: November 30, 2026\./],
    ['es', /30 de noviembre de 2026/],
  ] as const) {
    for (const tag of TAGS) {
      it(`<${tag} lang="${lang}"> writes them without making an Intl date formatter`, async () => {
        let el!: Settled;
        const made = await formattersMadeDuring(async () => {
          el = await fixture<Settled>(`<${tag} lang="${lang}" persist="none"></${tag}>`);
        });
        expect(reviewed(el)).to.match(expected);
        expect(made).to.equal(0);
      });
    }
  }

  it('are written by Intl, in the pack\u2019s language, when a site\u2019s pack has no date words', async () => {
    const content = Object.fromEntries(Object.entries(pseudoContent()).filter(([part]) => part !== 'dates'));
    expect(registerLocale({ lang: 'de', content })).to.equal(true);
    let el!: Settled;
    const made = await formattersMadeDuring(async () => {
      el = await fixture<Settled>('<ipt-crisis-help lang="de"></ipt-crisis-help>');
    });
    expect(reviewed(el)).to.contain('30. November 2026');
    expect(made).to.be.above(0);
  });

  it('refuse a pattern without the day, the month or the year, with a warning, and fall back to Intl', async () => {
    const warnings = captureWarnings();
    try {
      const content = { ...pseudoContent(), dates: { months: [...pseudoContent().dates.months], long: '{month} {day}' } };
      expect(registerLocale({ lang: 'nl', content })).to.equal(true);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      '[ipt-widgets] registerLocale("nl") content.dates.long: must contain {year} (so the browser writes dates in this language).',
    ]);
    const el = await fixture<Settled>('<ipt-crisis-help lang="nl"></ipt-crisis-help>');
    expect(reviewed(el)).to.contain('30 november 2026');
  });
});
