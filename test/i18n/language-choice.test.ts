// Which language a widget shows, how it falls back, and switching while the person is using it.
import { say } from '../../src/shared/format.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/es/index.js';
import { en, registerLocale } from '../../src/content/index.js';
import { es } from '../../src/content/es/index.js';
import type { IptElement } from '../../src/shared/ipt-element.js';
import type { IptProblemAreaQuiz } from '../../src/quiz/quiz.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { captureWarnings } from '../helpers/console.js';
import { pseudoContent } from './pseudo-pack.js';

const headingOf = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
const langOf = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang');
const htmlLang = document.documentElement.getAttribute('lang');

async function settled(el: IptElement) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('choosing the language', () => {
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('uses the widget\u2019s own lang first', async () => {
    const el = await fixture(html`<ipt-provider locale="en"><ipt-crisis-help lang="es"></ipt-crisis-help></ipt-provider>`);
    const help = el.querySelector('ipt-crisis-help')!;
    await (help as IptElement).updateComplete;
    expect(headingOf(help)).to.equal(es.crisis.heading);
  });

  it('then the provider\u2019s locale, over the page\u2019s lang', async () => {
    const el = await fixture(html`<div lang="en"><ipt-provider locale="es"><ipt-crisis-help></ipt-crisis-help></ipt-provider></div>`);
    const help = el.querySelector('ipt-crisis-help')!;
    await settled(help as IptElement);
    expect(headingOf(help)).to.equal(es.crisis.heading);
    expect(langOf(help)).to.equal('es');
  });

  it('then the nearest ancestor\u2019s lang, across shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="es"><div id="host"></div></div>`);
    const shadow = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
    const help = document.createElement('ipt-crisis-help') as IptElement;
    shadow.append(help);
    await settled(help);
    expect(headingOf(help)).to.equal(es.crisis.heading);
  });

  it('then <html lang>, and English when nothing is set', async () => {
    document.documentElement.setAttribute('lang', 'es');
    const el = await fixture<IptElement>(html`<ipt-crisis-help></ipt-crisis-help>`);
    expect(headingOf(el)).to.equal(es.crisis.heading);
    document.documentElement.removeAttribute('lang');
    const plain = await fixture<IptElement>(html`<ipt-crisis-help></ipt-crisis-help>`);
    expect(headingOf(plain)).to.equal(en.crisis.heading);
    expect(langOf(plain)).to.equal('en');
  });

  it('shows Spanish for a regional tag such as es-MX, marking the text with the pack\u2019s language', async () => {
    const el = await fixture<IptElement>(html`<ipt-crisis-help lang="es-MX"></ipt-crisis-help>`);
    expect(headingOf(el)).to.equal(es.crisis.heading);
    expect(langOf(el)).to.equal('es');
  });

  it('shows English, marked lang="en", for a language without a pack, with one warning naming the element and value', async () => {
    const warnings = captureWarnings();
    let el: IptElement;
    try {
      el = await fixture<IptElement>(html`<ipt-crisis-help lang="xx"></ipt-crisis-help>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(headingOf(el)).to.equal(en.crisis.heading);
    expect(langOf(el)).to.equal('en');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('<ipt-crisis-help>').and.include('lang="xx"');
  });

  it('never throws on a lang that is not a language tag', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<IptElement>(html`<ipt-crisis-help lang=${'<script>alert(1)</script>'}></ipt-crisis-help>`);
      expect(headingOf(el)).to.equal(en.crisis.heading);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join()).to.include('<ipt-crisis-help>');
  });
});

describe('switching language while in use', () => {
  it('follows a change of the widget\u2019s lang at once', async () => {
    const el = await fixture<IptElement>(html`<ipt-crisis-help></ipt-crisis-help>`);
    el.setAttribute('lang', 'es');
    await settled(el);
    expect(headingOf(el)).to.equal(es.crisis.heading);
  });

  it('follows a change of <html lang> at once', async () => {
    const el = await fixture<IptElement>(html`<ipt-crisis-help></ipt-crisis-help>`);
    document.documentElement.setAttribute('lang', 'es');
    try {
      await settled(el);
      expect(headingOf(el)).to.equal(es.crisis.heading);
    } finally {
      document.documentElement.removeAttribute('lang');
    }
    await settled(el);
    expect(headingOf(el)).to.equal(en.crisis.heading);
  });

  it('follows the provider\u2019s locale at once', async () => {
    const el = await fixture<HTMLElement>(html`<ipt-provider><ipt-crisis-help></ipt-crisis-help></ipt-provider>`);
    const help = el.querySelector('ipt-crisis-help') as IptElement;
    el.setAttribute('locale', 'es');
    await settled(help);
    expect(headingOf(help)).to.equal(es.crisis.heading);
  });

  it('keeps the quiz\u2019s step and answers', async () => {
    const quiz = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    const root = quiz.shadowRoot!;
    (root.querySelector('[part="start-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    (root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[3]!).click();
    await quiz.updateComplete;
    (root.querySelector('[part="next-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    quiz.setAttribute('lang', 'es');
    await settled(quiz);
    expect(root.querySelector('[part="counter"]')!.textContent).to.equal(say(es.quizUi.questionOf, { n: 2, total: es.quiz.statements.length }));
    expect(root.querySelector('[part="statement"]')!.textContent!.trim()).to.equal(es.quiz.statements[1]!.text);
    (root.querySelector('[part="back-button"]') as HTMLButtonElement).click();
    await quiz.updateComplete;
    expect(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[3]!.checked, 'the first answer is kept').to.equal(true);
  });

  it('keeps the checklist\u2019s ticks, and the stored data does not change', async () => {
    localStorage.removeItem('ipt-selfcare:lang-switch');
    const list = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist storage-key="lang-switch"></ipt-selfcare-checklist>`);
    const first = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    first.click();
    await list.updateComplete;
    const before = localStorage.getItem('ipt-selfcare:lang-switch');
    list.setAttribute('lang', 'es');
    await settled(list);
    expect(list.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    expect(list.shadowRoot!.textContent).to.include(es.selfCare.items[0]!.label);
    expect(localStorage.getItem('ipt-selfcare:lang-switch')).to.equal(before);
    localStorage.removeItem('ipt-selfcare:lang-switch');
  });
});

describe('a language a site brings', () => {
  it('shows a pack registered later at once, with its direction', async () => {
    const el = await fixture<IptElement>(html`<ipt-crisis-help lang="qps"></ipt-crisis-help>`);
    const warnings = captureWarnings();
    try {
      expect(registerLocale({ lang: 'qps', dir: 'rtl', content: pseudoContent() })).to.equal(true);
      await settled(el);
    } finally {
      warnings.restore();
    }
    expect(headingOf(el)).to.equal(`⟦${en.crisis.heading}⟧`);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['qps', 'rtl']);
  });

  it('shows a whole widget in English, marked lang="en", when a pack lacks a part it needs, and says which', async () => {
    const { crisis, ui } = pseudoContent();
    const warnings = captureWarnings();
    let quiz: IptElement;
    try {
      expect(registerLocale({ lang: 'qpb', content: { crisis, ui } })).to.equal(true);
      expect(warnings.messages.join('\n')).to.include('registerLocale("qpb") content.quiz: missing');
      quiz = await fixture<IptElement>(html`<ipt-problem-area-quiz lang="qpb"></ipt-problem-area-quiz>`);
    } finally {
      warnings.restore();
    }
    expect(langOf(quiz)).to.equal('en');
    expect(headingOf(quiz)).to.equal(en.sectionTitles.quiz);
    expect(warnings.messages.join()).to.include('<ipt-problem-area-quiz>').and.include('quiz');
    const box = quiz.shadowRoot!.querySelector('ipt-crisis-help') as IptElement;
    await settled(box);
    expect(langOf(box), 'the crisis box speaks the widget\u2019s language').to.equal('en');
  });

  it('refuses, when registered, a part with a missing, changed or extra field, naming each path, and shows English', async () => {
    const content = pseudoContent();
    const [first, ...rest] = content.crisis.regions;
    const changed = { ...first!, resources: first!.resources.map((line, i) => (i === 0 ? { ...line, cite: ['ohara2000'] } : line)) };
    const crisis = { ...content.crisis, heading: '', regions: [changed, ...rest], extra: 'x' };
    const warnings = captureWarnings();
    let el: IptElement;
    try {
      registerLocale({ lang: 'qpc', content: { ...content, crisis } });
      el = await fixture<IptElement>(html`<ipt-crisis-help lang="qpc"></ipt-crisis-help>`);
    } finally {
      warnings.restore();
    }
    const said = warnings.messages.join('\n');
    expect(said).to.include('content.crisis.heading: missing, or not text');
    expect(said).to.include('content.crisis.regions[0].resources[0].cite: must be');
    expect(said).to.include('content.crisis.extra: unknown');
    expect(headingOf(el), 'the crisis part falls back to English').to.equal(en.crisis.heading);
    expect(langOf(el)).to.equal('en');
  });

  it('refuses crisis lines whose words lost the number or keyword a person must dial or text', () => {
    const content = pseudoContent();
    const crisis = structuredClone(content.crisis);
    (crisis.regions[0]!.resources[0] as { action: string }).action = 'Call 999';
    const warnings = captureWarnings();
    try {
      registerLocale({ lang: 'qpf', content: { ...content, crisis } });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.include('content.crisis.regions[0].resources[0].action: must show the number 988');
  });

  it('refuses a plural form that is not text, and keeps a copy so later changes to the object show nowhere', async () => {
    const content = pseudoContent();
    const bad = { ...content.checklistUi, counterOver: { one: 42, other: 'x' } };
    const warnings = captureWarnings();
    try {
      registerLocale({ lang: 'qpg', content: { ...content, checklistUi: bad } });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.include('content.checklistUi.counterOver.one: missing, or not text');
    const pack = { lang: 'qph', content: pseudoContent() };
    registerLocale(pack);
    (pack.content.crisis as { heading: string }).heading = 'changed afterwards';
    const el = await fixture<IptElement>(html`<ipt-crisis-help lang="qph"></ipt-crisis-help>`);
    expect(headingOf(el)).to.equal(`⟦${en.crisis.heading}⟧`);
  });

  it('keeps a right-to-left language right to left when parts are added without a direction', async () => {
    const { crisis, ui, ...rest } = pseudoContent();
    registerLocale({ lang: 'qpr', dir: 'rtl', content: { crisis, ui } });
    registerLocale({ lang: 'qpr', content: rest });
    const el = await fixture<IptElement>(html`<ipt-crisis-help lang="qpr"></ipt-crisis-help>`);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('accepts plural forms the language has and English does not', () => {
    const content = pseudoContent();
    const checklistUi = { ...content.checklistUi, counterOver: { one: 'a', few: 'b', many: 'c', other: 'd' } };
    const warnings = captureWarnings();
    try {
      expect(registerLocale({ lang: 'qpd', content: { ...content, checklistUi } })).to.equal(true);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('renders pack text as text, never as HTML', async () => {
    const content = pseudoContent();
    registerLocale({ lang: 'qpe', content: { ...content, crisis: { ...content.crisis, heading: '<img src=x onerror=alert(1)>' } } });
    const el = await fixture<IptElement>(html`<ipt-crisis-help lang="qpe"></ipt-crisis-help>`);
    expect(headingOf(el)).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('warns about a value that is not a pack, and never throws', () => {
    const warnings = captureWarnings();
    try {
      for (const bad of [null, 'es', 42, { lang: 'not a tag!', content: {} }, { lang: 'fr' }, { lang: 'en', content: {} }]) {
        expect(registerLocale(bad), JSON.stringify(bad)).to.equal(false);
      }
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(6);
  });
});
