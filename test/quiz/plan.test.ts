// From reflection to a plan: the steps the quiz offers with each theme, and the self-care list they
// go to (issue 18, point 1). Quiz and checklist sit in separate shadow roots, in either order.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/quiz/define.js';
import '../../src/checklist/define.js';
import '../../src/locales/es/index.js';
import type { IptProblemAreaQuiz } from '../../src/quiz/quiz.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { es } from '../../src/content/es/index.js';
import { PLAN_STEPS } from '../../src/content/plan.js';
import { answerAll, answersFor, qa } from './helpers.js';
import { cleanStorage, FakeStorage, stored } from '../checklist/helpers.js';
import { webStorage } from '../../src/controllers/storage.js';
import { spyListeners } from '../helpers/listeners.js';

const webdriver = () => !/Chrom|Firefox/.test(navigator.userAgent) || /Version\/[\d.]+ Safari/.test(navigator.userAgent);
const stepTextOf = (id: string, pack = en) =>
  pack.selfCare.items.find((item) => item.id === id)?.label ?? pack.relationships.tips.find((tip) => tip.id === id)!.text;
const addButtons = (quiz: IptProblemAreaQuiz) => qa<HTMLButtonElement>(quiz, '[part="plan-add"]');
const buttonFor = (quiz: IptProblemAreaQuiz, id: string) =>
  addButtons(quiz).find((b) => b.getAttribute('aria-describedby')!.endsWith(`-${id}`))!;
const planGroup = (list: IptSelfcareChecklist) => list.shadowRoot!.querySelector('[data-group="plan"]');
const planLabels = (list: IptSelfcareChecklist) =>
  [...(planGroup(list)?.querySelectorAll('label') ?? [])].map((label) => label.textContent!.trim());

async function quizAtResult(markup = html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`, areas = ['grief'] as const) {
  const quiz = await fixture<IptProblemAreaQuiz>(markup);
  await answerAll(quiz, answersFor([...areas]));
  return quiz;
}

describe('the quiz result leads to steps for the self-care list', () => {
  beforeEach(cleanStorage);
  afterEach(async () => {
    cleanStorage();
    await setViewport({ width: 800, height: 600 }).catch(() => undefined);
  });

  it('offers the steps that fit each theme shown, in the words of the self-care list and tips, each with a named source', async () => {
    const quiz = await quizAtResult(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`, ['grief', 'isolation'] as never);
    const themes = qa(quiz, '[part="theme"]');
    expect(themes.length).to.equal(2);
    const steps = themes.map((theme) => [...theme.querySelectorAll('[part="plan-step"] > span')].map((s) => s.textContent!.trim()));
    expect(steps[0]).to.deep.equal(PLAN_STEPS.grief.map((id) => stepTextOf(id)));
    expect(steps[1]).to.deep.equal(PLAN_STEPS.isolation.map((id) => stepTextOf(id)));
    for (const step of qa(quiz, '[part="plan-step"]')) {
      const sources = [...step.querySelectorAll<HTMLAnchorElement>('a.plan-source')];
      expect(sources.length).to.be.greaterThan(0);
      for (const a of sources) {
        expect(a.href).to.match(/^https?:\/\//);
        expect(a.getAttribute('aria-label')).to.match(/^Source: .+/);
      }
      const add = step.querySelector('button')!;
      expect(add.textContent!.trim()).to.equal(en.quizUi.planAdd);
      // The button's description is the step it adds.
      expect(quiz.shadowRoot!.getElementById(add.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(step.querySelector('span')!.textContent!.trim());
    }
    await expect(quiz).to.be.accessible();
  });

  it('adds nothing by itself: finishing the quiz stores no list', async () => {
    await quizAtResult();
    expect(stored()).to.equal(null);
  });

  it('adds a step when asked, keeps focus on the button, says so, and tells the page which list changed but not what', async () => {
    const quiz = await quizAtResult();
    const id = PLAN_STEPS.grief[0]!;
    const add = buttonFor(quiz, id);
    add.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(quiz, 'ipt-plan-add')) as CustomEvent;
    expect(event.detail).to.deep.equal({ storageKey: 'default' });
    expect(event.bubbles && event.composed).to.equal(true);
    await quiz.updateComplete;
    expect((stored() as { plan: string[] }).plan).to.deep.equal([id]);
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(add.textContent!.trim()).to.equal(en.quizUi.planAdded);
    expect(quiz.shadowRoot!.activeElement).to.equal(add);
    expect(quiz.shadowRoot!.textContent).to.contain(`Added to your self-care list: ${stepTextOf(id)}`);
    // A second press adds nothing more.
    add.click();
    await quiz.updateComplete;
    expect((stored() as { plan: string[] }).plan).to.deep.equal([id]);
  });

  it('keeps what the list already holds (ticks, own steps) when it adds', async () => {
    localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { 'enough-sleep': true }, own: [{ id: 'own-a', text: 'Walk with Sam' }] }));
    const quiz = await quizAtResult();
    buttonFor(quiz, PLAN_STEPS.grief[1]!).click();
    await quiz.updateComplete;
    expect(stored()).to.deep.equal({
      v: 3,
      ticks: { 'enough-sleep': true },
      own: [{ id: 'own-a', text: 'Walk with Sam' }],
      plan: [PLAN_STEPS.grief[1]],
    });
  });

  for (const order of ['quiz first', 'checklist first'] as const) {
    it(`puts the step into a checklist on the same page at once (${order})`, async () => {
      const box = await fixture<HTMLElement>(
        order === 'quiz first'
          ? html`<div><ipt-problem-area-quiz></ipt-problem-area-quiz><ipt-selfcare-checklist></ipt-selfcare-checklist></div>`
          : html`<div><ipt-selfcare-checklist></ipt-selfcare-checklist><ipt-problem-area-quiz></ipt-problem-area-quiz></div>`,
      );
      const quiz = box.querySelector('ipt-problem-area-quiz')!;
      const list = box.querySelector('ipt-selfcare-checklist')!;
      await list.updateComplete;
      expect(planGroup(list)).to.equal(null);
      await answerAll(quiz, answersFor(['disputes']));
      buttonFor(quiz, 'say-what-you-need').click();
      await list.updateComplete;
      expect(planLabels(list)).to.deep.equal([stepTextOf('say-what-you-need')]);
      expect(planGroup(list)!.querySelector('legend')!.textContent!.trim()).to.equal(en.checklistUi.planHeading);
    });
  }

  it('moves a checklist step into the plan group, keeps its tick, and puts it back when removed', async () => {
    localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 3, ticks: { 'talk-to-someone': true }, own: [], plan: [] }));
    const box = await fixture<HTMLElement>(html`<div><ipt-problem-area-quiz></ipt-problem-area-quiz><ipt-selfcare-checklist></ipt-selfcare-checklist></div>`);
    const quiz = box.querySelector('ipt-problem-area-quiz')!;
    const list = box.querySelector('ipt-selfcare-checklist')!;
    await answerAll(quiz, answersFor(['grief']));
    buttonFor(quiz, 'talk-to-someone').click();
    await list.updateComplete;
    const boxes = () => [...list.shadowRoot!.querySelectorAll<HTMLInputElement>('#item-talk-to-someone')];
    expect(boxes()).to.have.length(1);
    expect(planGroup(list)!.contains(boxes()[0]!)).to.equal(true);
    expect(boxes()[0]!.checked).to.equal(true);
    planGroup(list)!.querySelector<HTMLButtonElement>('[part="remove-button"]')!.click();
    await list.updateComplete;
    expect(planGroup(list)).to.equal(null);
    expect(boxes()).to.have.length(1);
    expect(boxes()[0]!.closest('[data-group]')!.getAttribute('data-group')).to.equal('connection');
    expect(boxes()[0]!.checked).to.equal(true);
    expect((stored() as { plan: string[] }).plan).to.deep.equal([]);
  });

  it('takes a tip off the plan with its tick, moving focus to a box, not to the page', async () => {
    localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 3, ticks: { reconnect: true }, own: [], plan: ['reconnect'] }));
    const list = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    expect(planLabels(list)).to.deep.equal([stepTextOf('reconnect')]);
    await expect(list).to.be.accessible();
    planGroup(list)!.querySelector<HTMLButtonElement>('[part="remove-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(planGroup(list)).to.equal(null);
    expect(stored()).to.deep.include({ plan: [], ticks: {} });
    expect(list.shadowRoot!.activeElement?.localName).to.equal('input');
  });

  it('can add a step again after the checklist took it off, and shows that at once', async () => {
    const box = await fixture<HTMLElement>(html`<div><ipt-problem-area-quiz></ipt-problem-area-quiz><ipt-selfcare-checklist></ipt-selfcare-checklist></div>`);
    const quiz = box.querySelector('ipt-problem-area-quiz')!;
    const list = box.querySelector('ipt-selfcare-checklist')!;
    await answerAll(quiz, answersFor(['isolation']));
    const add = buttonFor(quiz, 'reconnect');
    add.click();
    await list.updateComplete;
    planGroup(list)!.querySelector<HTMLButtonElement>('[part="remove-button"]')!.click();
    await list.updateComplete;
    await quiz.updateComplete;
    expect(add.getAttribute('aria-disabled')).to.equal('false');
    add.click();
    await list.updateComplete;
    expect(planLabels(list)).to.deep.equal([stepTextOf('reconnect')]);
    expect((stored() as { plan: string[] }).plan).to.deep.equal(['reconnect']);
  });

  it('adds to the list with the same storage-key only', async () => {
    const box = await fixture<HTMLElement>(
      html`<div><ipt-problem-area-quiz storage-key="clinic"></ipt-problem-area-quiz><ipt-selfcare-checklist storage-key="clinic"></ipt-selfcare-checklist><ipt-selfcare-checklist></ipt-selfcare-checklist></div>`,
    );
    const quiz = box.querySelector('ipt-problem-area-quiz')!;
    const [mine, other] = [...box.querySelectorAll('ipt-selfcare-checklist')];
    await answerAll(quiz, answersFor(['isolation']));
    buttonFor(quiz, 'reconnect').click();
    await mine!.updateComplete;
    expect(planLabels(mine!)).to.deep.equal([stepTextOf('reconnect')]);
    expect(planGroup(other!)).to.equal(null);
    expect(stored()).to.equal(null);
    expect((stored('clinic') as { plan: string[] }).plan).to.deep.equal(['reconnect']);
  });

  it('shows steps another tab added when its storage event arrives', async () => {
    const list = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    const value = JSON.stringify({ v: 3, ticks: {}, own: [], plan: ['build-support'] });
    localStorage.setItem('ipt-selfcare:default', value);
    window.dispatchEvent(new StorageEvent('storage', { key: 'ipt-selfcare:default', newValue: value, storageArea: localStorage }));
    await list.updateComplete;
    expect(planLabels(list)).to.deep.equal([stepTextOf('build-support')]);
  });

  it('marks steps already on the list when the result shows', async () => {
    localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 3, ticks: {}, own: [], plan: ['let-people-help'] }));
    const quiz = await quizAtResult();
    expect(buttonFor(quiz, 'let-people-help').getAttribute('aria-disabled')).to.equal('true');
    expect(buttonFor(quiz, 'talk-to-someone').getAttribute('aria-disabled')).to.equal('false');
  });

  it('shows a step another tab put on the list while the result shows, also while and after the quiz moved on the page', async () => {
    const otherTabStores = (plan: string[]) => {
      const value = JSON.stringify({ v: 3, ticks: {}, own: [], plan });
      localStorage.setItem('ipt-selfcare:default', value);
      window.dispatchEvent(new StorageEvent('storage', { key: 'ipt-selfcare:default', newValue: value, storageArea: localStorage }));
    };
    const quiz = await quizAtResult();
    expect(buttonFor(quiz, 'talk-to-someone').getAttribute('aria-disabled')).to.equal('false');
    otherTabStores(['talk-to-someone']);
    await quiz.updateComplete;
    expect(buttonFor(quiz, 'talk-to-someone').getAttribute('aria-disabled')).to.equal('true');
    // Off the page, it hears nothing; back on it, it reads the list again, then hears the next change.
    const parent = quiz.parentNode!;
    quiz.remove();
    otherTabStores(['talk-to-someone', 'let-people-help']);
    parent.appendChild(quiz);
    await quiz.updateComplete;
    expect(buttonFor(quiz, 'let-people-help').getAttribute('aria-disabled')).to.equal('true');
    otherTabStores([]);
    await quiz.updateComplete;
    expect(buttonFor(quiz, 'talk-to-someone').getAttribute('aria-disabled')).to.equal('false');
  });

  it('listens for other tabs only while its result shows on the page, so its questions start no storage', async () => {
    const listeners = spyListeners();
    try {
      const quiz = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
      expect(listeners.count('window:storage')).to.equal(0);
      await answerAll(quiz, answersFor(['grief']));
      expect(listeners.count('window:storage')).to.equal(1);
      quiz.remove();
      expect(listeners.count('window:storage')).to.equal(0);
    } finally {
      listeners.restore();
    }
  });

  it('reaches and presses Add with the keyboard only', async () => {
    const quiz = await quizAtResult();
    const first = addButtons(quiz)[0]!;
    // From the step's last source link, the next Tab stop is its Add button.
    const sources = first.parentElement!.querySelectorAll('a');
    sources[sources.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(quiz.shadowRoot!.activeElement).to.equal(first);
    await sendKeys({ press: 'Enter' });
    await quiz.updateComplete;
    expect((stored() as { plan: string[] }).plan).to.have.length(1);
  });

  it('says clearly when the list cannot be saved, loses nothing and leaves the button to try again', async () => {
    const store = new FakeStorage();
    store.data.set('ipt-selfcare:default', JSON.stringify({ v: 3, ticks: { 'enough-sleep': true }, own: [], plan: [] }));
    store.failWrites = true;
    webStorage.local = () => store;
    const quiz = await quizAtResult();
    const add = buttonFor(quiz, 'talk-to-someone');
    let events = 0;
    quiz.addEventListener('ipt-plan-add', () => events++);
    add.click();
    await quiz.updateComplete;
    const error = add.parentElement!.querySelector('[part="plan-error"]')!;
    expect(error.textContent!.trim()).to.equal(en.quizUi.planNotSaved);
    expect(add.getAttribute('aria-disabled')).to.equal('false');
    expect(events).to.equal(0);
    expect(JSON.parse(store.data.get('ipt-selfcare:default')!)).to.deep.equal({ v: 3, ticks: { 'enough-sleep': true }, own: [], plan: [] });
    // Storage back: the same button works.
    store.failWrites = false;
    add.click();
    await quiz.updateComplete;
    expect(add.parentElement!.querySelector('[part="plan-error"]')).to.equal(null);
    expect(JSON.parse(store.data.get('ipt-selfcare:default')!).plan).to.deep.equal(['talk-to-someone']);
  });

  it('never overwrites stored data it cannot read', async () => {
    localStorage.setItem('ipt-selfcare:default', '{"v":3,"ticks":');
    const quiz = await quizAtResult();
    buttonFor(quiz, 'talk-to-someone').click();
    await quiz.updateComplete;
    expect(localStorage.getItem('ipt-selfcare:default')).to.equal('{"v":3,"ticks":');
    expect(qa(quiz, '[part="plan-error"]')).to.have.length(1);
  });

  it('speaks Spanish in a Spanish quiz and checklist', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="es"><ipt-problem-area-quiz></ipt-problem-area-quiz><ipt-selfcare-checklist></ipt-selfcare-checklist></div>`);
    const quiz = box.querySelector('ipt-problem-area-quiz')!;
    const list = box.querySelector('ipt-selfcare-checklist')!;
    await answerAll(quiz, answersFor(['disputes']));
    const add = buttonFor(quiz, 'find-mix-ups');
    expect(add.textContent!.trim()).to.equal(es.quizUi.planAdd);
    expect(add.parentElement!.querySelector('span')!.textContent!.trim()).to.equal(stepTextOf('find-mix-ups', es));
    add.click();
    await list.updateComplete;
    expect(planLabels(list)).to.deep.equal([stepTextOf('find-mix-ups', es)]);
    expect(planGroup(list)!.querySelector('legend')!.textContent!.trim()).to.equal(es.checklistUi.planHeading);
  });

  it('fits a 320 px wide screen: no step or button wider than the quiz', async function () {
    if (webdriver()) this.skip(); // WebKit's driver cannot set the viewport
    await setViewport({ width: 320, height: 640 });
    const quiz = await quizAtResult();
    const right = quiz.getBoundingClientRect().right + 0.5;
    const controls = [...addButtons(quiz), ...qa(quiz, '[part="plan-step"]'), ...qa(quiz, 'label.keep'), ...qa(quiz, '[part="actions"] button')];
    expect(controls.length).to.be.greaterThan(6);
    for (const node of controls) {
      expect(node.getBoundingClientRect().right).to.be.at.most(right);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
