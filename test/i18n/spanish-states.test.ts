// Every screen of every widget in Spanish: what a person sees and what a screen reader says.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/locales/es/index.js';
import { en } from '../../src/content/index.js';
import { es } from '../../src/content/es/index.js';
import { say } from '../../src/shared/format.js';
import type { IptElement } from '../../src/shared/ipt-element.js';

/**
 * The only English a Spanish widget may show: names of services and organisations (and "DOI",
 * "Error:", the same word in both). Anything else English is a missed translation.
 */
const PROPER_NAMES = [
  '988 Suicide & Crisis Lifeline',
  '9-8-8 Suicide Crisis Helpline',
  'Kids Help Phone',
  'Hope for Wellness Help Line',
  'Samaritans',
  'Shout',
  'NHS 111',
  'NHS 24 Mental Health Hub',
  'Lifeline',
  'Australia',
  '13YARN',
  'Triple Zero',
  'NRS Chat',
  'DOI',
  'Error:',
];

/** English texts of the content, two words or more, that are not proper names. */
function englishTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.trim().split(/\s+/).length >= 2 && /[a-z]{2}/i.test(value) && !PROPER_NAMES.includes(value)) out.push(value);
  } else if (typeof value === 'object' && value) {
    for (const child of Object.values(value)) englishTexts(child, out);
  }
  return out;
}
const ENGLISH = englishTexts((({ lang: _l, dir: _d, ...content }) => content)(en)).filter(
  (text) => !text.includes('{'), // templates are checked filled in, below
);

/** Visible text and accessible names (aria-label) of a widget, through nested shadow roots. */
function spoken(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLStyleElement) return;
    if (node instanceof Element) {
      const label = node.getAttribute('aria-label');
      if (label) parts.push(label);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

function expectNoEnglish(el: Element) {
  const text = spoken(el);
  expect(ENGLISH.filter((sentence) => text.includes(sentence))).to.deep.equal([]);
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;

async function press(el: IptElement, part: string) {
  $(el, `[part="${part}"]`).click();
  await el.updateComplete;
}

describe('the quiz in Spanish, screen by screen', () => {
  it('question: statement, counter, answers (with "Prefiero no responder"), buttons', async () => {
    const quiz = await fixture<IptElement>(html`<ipt-problem-area-quiz lang="es" region="us"></ipt-problem-area-quiz>`);
    await press(quiz, 'start-button');
    expect($(quiz, '[part="statement"]').textContent!.trim()).to.equal(es.quiz.statements[0]!.text);
    expect($(quiz, '[part="counter"]').textContent).to.equal(say(es.quizUi.questionOf, { n: 1, total: es.quiz.statements.length }));
    const labels = [...quiz.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal([...es.quiz.answers.map((a) => a.label), es.quiz.skipLabel]);
    expectNoEnglish(quiz);
  });

  it('error: shown and announced in Spanish', async () => {
    const quiz = await fixture<IptElement>(html`<ipt-problem-area-quiz lang="es"></ipt-problem-area-quiz>`);
    await press(quiz, 'start-button');
    await press(quiz, 'next-button');
    await quiz.updateComplete;
    expect($(quiz, '[part="error"]').textContent).to.include(es.quizUi.errorNoAnswer);
    expect($(quiz, '[role="status"]').textContent).to.include(es.quizUi.errorNoAnswer);
    expectNoEnglish(quiz);
  });

  it('result: themes, the several-themes note and next steps in Spanish', async () => {
    const quiz = await fixture<IptElement>(html`<ipt-problem-area-quiz lang="es" region="uk"></ipt-problem-area-quiz>`);
    await press(quiz, 'start-button');
    for (const statement of es.quiz.statements) {
      const radios = quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[statement.weights['role-transitions'] === 1 ? 0 : 3]!.click();
      await quiz.updateComplete;
      await press(quiz, 'next-button');
    }
    expect($(quiz, '[part="several"]').textContent).to.equal(es.quiz.severalNote.text);
    expect($(quiz, '[part="result-heading"]').textContent!.trim()).to.equal(es.ui.quiz.themesHeading);
    expectNoEnglish(quiz);
  });
});

describe('the checklist in Spanish', () => {
  beforeEach(() => localStorage.removeItem('ipt-selfcare:es-states'));
  afterEach(() => localStorage.removeItem('ipt-selfcare:es-states'));

  it('adds a step and says so in Spanish; an empty step gets a Spanish error', async () => {
    const list = await fixture<IptElement>(html`<ipt-selfcare-checklist lang="es" storage-key="es-states"></ipt-selfcare-checklist>`);
    const input = $<HTMLInputElement>(list, '#new-step');
    input.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect($(list, '[role="status"]').textContent).to.include(es.checklistUi.errorEmpty);
    // Typed as a value: WebKit's driver drops spaces from typed text.
    input.focus();
    input.value = 'Llamar a mi hermana';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await list.updateComplete;
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect($(list, '[role="status"]').textContent).to.include(say(es.checklistUi.added, { text: 'Llamar a mi hermana' }));
    expectNoEnglish(list);
  });

  it('asks before clearing, in Spanish', async () => {
    const list = await fixture<IptElement>(html`<ipt-selfcare-checklist lang="es" storage-key="es-states"></ipt-selfcare-checklist>`);
    $<HTMLButtonElement>(list, '.clear-trigger').click();
    await list.updateComplete;
    expect($(list, 'dialog').textContent).to.include(es.checklistUi.clearTitle).and.include(es.checklistUi.clearConfirm);
    expectNoEnglish(list);
  });
});

describe('the explainer in Spanish', () => {
  it('accordion summaries, citations\u2019 accessible names and the safety note are Spanish', async () => {
    const explainer = await fixture<IptElement>(html`<ipt-explainer lang="es" region="ca"></ipt-explainer>`);
    const toggles = [...explainer.shadowRoot!.querySelectorAll('summary')].map((b) => b.textContent!.trim());
    expect(toggles).to.include(es.sectionTitles.what);
    const citation = explainer.shadowRoot!.querySelector('a[aria-label]');
    expect(citation?.getAttribute('aria-label')).to.match(/^Fuente \d+: /);
    expectNoEnglish(explainer);
  });
});
