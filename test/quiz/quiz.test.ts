import { say } from '../../src/shared/format.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/quiz/define.js';
import { AREA_IDS, en } from '../../src/content/index.js';
import { quizUi } from '../../src/content/en/quiz-ui.js';
import type { IptProblemAreaQuiz } from '../../src/quiz/quiz.js';
import { scoreQuiz } from '../../src/quiz/scoring.js';
import { SESSION_KEY, sessionKeyFor } from '../../src/quiz/session.js';
import {
  MAX,
  MIN,
  mainArea,
  answerAll,
  answersFor,
  button,
  choose,
  click,
  options,
  q,
  qa,
  radios,
  root,
  statements,
  text,
} from './helpers.js';

const area = (id: string) => en.problemAreas.areas.find((a) => a.id === id)!;
const active = (el: IptProblemAreaQuiz) => root(el).activeElement as HTMLElement | null;
const statementHeading = (el: IptProblemAreaQuiz) => q(el, '[part="statement"]')!;
const crisis = (el: IptProblemAreaQuiz) => q(el, 'ipt-crisis-help');
const statusText = (el: IptProblemAreaQuiz) => text(el, '[role="status"]');
const errorAnnouncement = `${quizUi.errorPrefix} ${quizUi.errorNoAnswer}`;
// emulateMedia works only through the Chrome DevTools Protocol; the other engines skip print tests.
const isChromium = () => /Chrom(e|ium)\//.test(navigator.userAgent);

/** Removes every quiz entry, whatever its storage-key. */
function clearQuizStorage() {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('ipt-quiz:')) sessionStorage.removeItem(key);
}

/** Every text the live region shows while `action` runs and until `until` holds, in order. */
async function statusTexts(el: IptProblemAreaQuiz, action: () => unknown, until: () => boolean) {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(statusText(el)));
  observer.observe(q(el, '[role="status"]')!, { subtree: true, childList: true, characterData: true });
  try {
    await action();
    await waitUntil(until, 'the live region settles');
    await el.updateComplete;
  } finally {
    observer.disconnect();
  }
  return seen;
}

let warnings: unknown[][] = [];
const realWarn = console.warn;

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  clearQuizStorage();
});

afterEach(() => {
  console.warn = realWarn;
  clearQuizStorage();
});

describe('<ipt-problem-area-quiz> intro', () => {
  it('explains what it is, how long it takes, that it is private and not a diagnosis, and when to stop', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    const intro = text(el, '[part="intro"]');
    for (const block of en.quiz.intro) expect(intro).to.include(block.text);
    expect(intro).to.include(say(quizUi.length, { count: statements.length }));
    expect(intro).to.include('two minutes');
    expect(intro).to.include(quizUi.privacyMemory);
    expect(intro).to.include(en.quiz.stopNote.text);
    expect(button(el, 'start-button').textContent!.trim()).to.equal(en.ui.quiz.start);
  });

  it('says answers are kept in this tab when persist="session"', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    expect(text(el, '[part="intro"]')).to.include(quizUi.privacySession);
    expect(text(el, '[part="intro"]')).to.not.include(quizUi.privacyMemory);
  });

  it('uses heading-level for the top heading and one level down inside', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz heading-level="4"></ipt-problem-area-quiz>`);
    expect(q(el, 'h4')!.textContent).to.equal(en.sectionTitles.quiz);
    await click(el, 'start-button');
    expect(statementHeading(el).tagName).to.equal('H5');
  });

  it('falls back to level 2 with one warning for a bad heading-level', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz heading-level="9"></ipt-problem-area-quiz>`);
    expect(q(el, 'h2')!.textContent).to.equal(en.sectionTitles.quiz);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> heading-level="9"');
  });

  it('passes an automated accessibility check', async function () {
    this.timeout(30000); // axe-core loads on first use; slow on a busy machine
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz region="us"></ipt-problem-area-quiz>`);
    await expect(el).to.be.accessible();
  });
});

describe('<ipt-problem-area-quiz> questions', () => {
  it('fires ipt-quiz-start when Start is pressed', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    setTimeout(() => button(el, 'start-button').click());
    const event = await oneEvent(el, 'ipt-quiz-start');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ total: statements.length });
  });

  it('shows one statement as the legend of a group of labelled radios, one per answer, then "I\'d rather not say"', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    const fieldset = q(el, 'fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal(statements[0]!.text);
    const inputs = radios(el);
    expect(inputs.map((r) => r.value)).to.deep.equal([...options.map((o) => String(o.value)), 'skip']);
    expect(inputs.map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal([...options.map((o) => o.label), "I'd rather not say"]);
    expect(new Set(inputs.map((r) => r.name)).size).to.equal(1);
  });

  it('shows "Question N of M" and a progress bar', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await choose(el, MIN);
    await click(el, 'next-button');
    expect(text(el, '[part="counter"]')).to.equal(`Question 2 of ${statements.length}`);
    const progress = q<HTMLProgressElement>(el, 'progress')!;
    expect(progress.value).to.equal(2);
    expect(progress.max).to.equal(statements.length);
  });

  it('gives screen readers "Question N of M" once, as the description of the statement', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    const counter = q(el, '[part="counter"]')!;
    expect(statementHeading(el).getAttribute('aria-describedby')).to.equal(counter.id);
    expect(counter.textContent).to.equal(`Question 1 of ${statements.length}`);
    // The bar repeats the visible text, so it is hidden from the accessibility tree and names nothing.
    const progress = q(el, 'progress')!;
    expect(progress.getAttribute('aria-hidden')).to.equal('true');
    const pointers = qa(el, `[aria-labelledby~="${counter.id}"], [aria-describedby~="${counter.id}"]`);
    expect(pointers).to.deep.equal([statementHeading(el)]);
    expect(progress.hasAttribute('aria-label')).to.equal(false);
  });

  it('moves focus to the statement on Start and on each Next', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    expect(active(el)).to.equal(statementHeading(el));
    await choose(el, MAX);
    await click(el, 'next-button');
    expect(active(el)).to.equal(statementHeading(el));
    expect(active(el)!.textContent).to.equal(statements[1]!.text);
  });

  it('passes an automated accessibility check on a question', async function () {
    this.timeout(30000); // axe-core loads on first use; slow on a busy machine
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await choose(el, MAX);
    await expect(el).to.be.accessible();
  });

  it('shows an error tied to the group when Next is pressed without an answer', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await click(el, 'next-button');
    const error = q(el, '[part="error"]')!;
    expect(error.textContent).to.include(quizUi.errorNoAnswer);
    expect(q(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal(error.id);
    for (const r of radios(el)) expect(r.getAttribute('aria-invalid')).to.equal('true');
    expect(active(el)).to.equal(radios(el)[0]);
    expect(text(el, '[part="counter"]')).to.equal(`Question 1 of ${statements.length}`);
  });

  it('announces the error in the live region when Next is pressed without an answer', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await click(el, 'next-button');
    await waitUntil(() => statusText(el) !== '', 'the error is announced');
    expect(statusText(el)).to.equal(errorAnnouncement);
    expect(active(el)).to.equal(radios(el)[0]);
  });

  it('announces the error again on a second Next without an answer, with focus already on the first answer', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await click(el, 'next-button');
    await waitUntil(() => statusText(el) === errorAnnouncement, 'the error is announced');
    const region = q(el, '[role="status"]')!;
    const first = region.textContent;
    const seen = await statusTexts(
      el,
      () => click(el, 'next-button'),
      () => region.textContent !== first,
    );
    // The same words in a changed text node: that change is what screen readers announce again.
    expect(seen.length).to.be.greaterThan(0);
    expect(statusText(el)).to.equal(errorAnnouncement);
    expect(region.textContent).to.not.equal(first);
    expect(active(el)).to.equal(radios(el)[0]);
  });

  it('describes each answer by the error while it shows, and no longer once an answer is chosen', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await click(el, 'next-button');
    const errorId = q(el, '[part="error"]')!.id;
    expect(errorId).to.not.equal('');
    for (const r of radios(el)) expect((r.getAttribute('aria-describedby') ?? '').split(' ')).to.include(errorId);
    await choose(el, MAX);
    for (const r of radios(el)) expect((r.getAttribute('aria-describedby') ?? '').split(' ')).to.not.include(errorId);
    await waitUntil(() => statusText(el) === '', 'the announcement is taken back');
  });

  it('passes an automated accessibility check with the error showing', async function () {
    this.timeout(30000); // axe-core loads on first use; slow on a busy machine
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await click(el, 'next-button');
    await expect(el).to.be.accessible();
  });

  it('clears the error once an answer is chosen', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await click(el, 'next-button');
    await choose(el, MAX);
    expect(q(el, '[part="error"]')).to.equal(null);
    expect(q(el, 'fieldset')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(radios(el)[0]!.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('keeps earlier answers when going Back', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await choose(el, MAX);
    await click(el, 'next-button');
    await choose(el, MIN);
    await click(el, 'next-button');
    await click(el, 'back-button');
    expect(radios(el).find((r) => r.checked)?.value).to.equal(String(MIN));
    await click(el, 'back-button');
    expect(text(el, 'legend')).to.equal(statements[0]!.text);
    expect(radios(el).find((r) => r.checked)?.value).to.equal(String(MAX));
    expect(active(el)).to.equal(statementHeading(el));
  });

  it('shows the next statement with no answer picked', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await choose(el, MAX);
    await click(el, 'next-button');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
  });

  it('goes back to the intro from the first statement', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await click(el, 'back-button');
    expect(q(el, '[part="intro"]')).to.exist;
    expect(active(el)).to.equal(q(el, '[part="heading"]'));
  });

  it('clears the answers and says so when Stop is pressed', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    await choose(el, MAX);
    await click(el, 'stop-button');
    expect(q(el, '[part="intro"]')).to.exist;
    expect(text(el, '[role="status"]')).to.equal(quizUi.stopped);
    await click(el, 'start-button');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
  });
});

describe('<ipt-problem-area-quiz> result', () => {
  it('names a clear leader as a theme that may fit, with what IPT works on', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']));
    const result = text(el, '[part="result"]');
    expect(text(el, '[part="result-heading"]')).to.equal(en.ui.quiz.themesHeading);
    expect(qa(el, '[part="theme-heading"]').map((h) => h.textContent)).to.deep.equal([area('grief').name]);
    expect(result).to.include(area('grief').summary.text);
    for (const block of area('grief').focus) expect(result).to.include(block.text);
    expect(result).to.include(en.quiz.resultNote.text);
    expect(result).to.include(en.ui.notDiagnosis);
    expect(result).to.include(quizUi.talkToSomeone);
    expect(result).to.not.match(/\d/);
  });

  it('names both themes when two tie', async () => {
    const values = answersFor(['grief', 'isolation']);
    const answers = Object.fromEntries(statements.map((s, i) => [s.id, values[i]]));
    const score = scoreQuiz(answers, statements, options);
    expect(score.scores.grief, 'the content gives these two equal scores').to.equal(score.scores.isolation);
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, values);
    expect(qa(el, '[part="theme-heading"]').map((h) => h.textContent)).to.deep.equal([area('grief').name, area('isolation').name]);
  });

  it('says no single theme stands out and gives the general explainer when all answers are lowest', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor([]));
    const result = text(el, '[part="result"]');
    expect(text(el, '[part="result-heading"]')).to.equal(quizUi.noneHeading);
    expect(result).to.include(quizUi.noneStillMatters);
    for (const block of en.problemAreas.intro) expect(result).to.include(block.text);
    for (const a of en.problemAreas.areas) expect(result).to.include(a.summary.text);
    expect(result).to.include(quizUi.talkToSomeone);
    expect(result).to.not.match(/you are fine|nothing (is )?wrong/i);
  });

  it('moves focus to the result heading', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['disputes']));
    expect(active(el)).to.equal(q(el, '[part="result-heading"]'));
  });

  it('fires ipt-quiz-complete that says only that the quiz was finished, by default', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    const values = answersFor(['role-transitions']);
    await answerAll(el, values, statements.length - 1);
    await choose(el, values.at(-1)!);
    setTimeout(() => button(el, 'next-button').click());
    const event = await oneEvent(el, 'ipt-quiz-complete');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ shared: false });
    expect(q(el, '[part="shared-note"]')).to.equal(null);
  });

  it('with share-results, fires scores and themes (never answers) and tells the person on the first and last screens', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz share-results></ipt-problem-area-quiz>`);
    expect(text(el, '[part="intro"]')).to.include(quizUi.sharedNote);
    const values = answersFor(['role-transitions']);
    await answerAll(el, values, statements.length - 1);
    await choose(el, values.at(-1)!);
    setTimeout(() => button(el, 'next-button').click());
    const event = await oneEvent(el, 'ipt-quiz-complete');
    await el.updateComplete;
    expect(text(el, '[part="result"]')).to.include(quizUi.sharedNote);
    expect(Object.keys(event.detail).sort()).to.deep.equal(['scores', 'shared', 'top']);
    expect(event.detail.shared).to.equal(true);
    expect(Object.keys(event.detail.scores)).to.deep.equal([...AREA_IDS]);
    for (const score of Object.values(event.detail.scores)) expect(score).to.be.within(0, 1);
    expect(event.detail.top).to.deep.equal(['role-transitions']);
    const json = JSON.stringify(event.detail);
    for (const s of statements) expect(json).to.not.include(s.id);
  });

  it('uses plain theme names on the result, never clinical labels', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief', 'disputes', 'role-transitions', 'isolation']));
    const result = text(el, '[part="result"]');
    for (const a of en.problemAreas.areas) {
      expect(result).to.include(a.name);
      expect(result).to.not.include(a.clinicalName);
    }
    expect(result).to.not.match(/bereavement|deficits|Also called/i);
  });

  it('says several themes came up, with a stronger nudge to talk to someone, when three or more are high', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief', 'disputes', 'isolation']));
    expect(qa(el, '[part="theme-heading"]')).to.have.length(3);
    expect(text(el, '[part="several"]')).to.equal(en.quiz.severalNote.text);
  });

  it('does not say several themes came up for one theme', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']));
    expect(q(el, '[part="several"]')).to.equal(null);
  });

  it('moves on after "I\'d rather not say" and scores it as no answer', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    // Grief statements skipped, the rest lowest: nothing stands out, and grief is not named.
    const values = statements.map((s) => (mainArea(s) === 'grief' ? 'skip' : MIN));
    await answerAll(el, values);
    expect(text(el, '[part="result-heading"]')).to.equal(quizUi.noneHeading);
  });

  it('passes an automated accessibility check on the result', async function () {
    this.timeout(30000); // axe-core loads on first use; slow on a busy machine
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz explainer-href="#about"></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief', 'isolation']));
    await expect(el).to.be.accessible();
  });

  it('passes an automated accessibility check when no theme stands out', async function () {
    this.timeout(30000); // axe-core loads on first use; slow on a busy machine
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor([]));
    await expect(el).to.be.accessible();
  });

  it('links to explainer-href when it is a safe address', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz explainer-href="/learn/ipt#areas"></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']));
    const link = q<HTMLAnchorElement>(el, '[part="explainer-link"]')!;
    expect(link.getAttribute('href')).to.equal('/learn/ipt#areas');
    expect(link.textContent).to.equal(quizUi.explainerLink);
    expect(warnings).to.have.length(0);
  });

  it('leaves out a javascript: explainer-href with one warning', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz explainer-href="javascript:alert(1)"></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']));
    expect(q(el, '[part="explainer-link"]')).to.equal(null);
    expect(qa(el, 'a[href^="javascript"]')).to.have.length(0);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> explainer-href="javascript:alert(1)"');
  });

  it('shows the intro with no answers kept after Start again', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']));
    await click(el, 'restart-button');
    expect(q(el, '[part="intro"]')).to.exist;
    expect(active(el)).to.equal(q(el, '[part="heading"]'));
    await click(el, 'start-button');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
  });

  it('opens the print dialog from Print or save', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']));
    const realPrint = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await click(el, 'print-button');
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.equal(1);
  });

  describe('Copy summary', () => {
    let written: string[] = [];
    let fail = false;
    beforeEach(() => {
      written = [];
      fail = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (t: string) => {
            if (fail) throw new DOMException('denied', 'NotAllowedError');
            written.push(t);
          },
        },
      });
    });
    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    });

    it('copies a plain-text summary without answers and says so', async () => {
      const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz explainer-href="#about"></ipt-problem-area-quiz>`);
      await answerAll(el, answersFor(['isolation']));
      await click(el, 'copy-button');
      await waitUntil(() => text(el, '[role="status"]') !== '', 'a status message appears');
      expect(text(el, '[role="status"]')).to.equal(quizUi.copied);
      expect(written).to.have.length(1);
      expect(written[0]).to.include(area('isolation').name);
      expect(written[0]).to.include(new URL('#about', document.baseURI).href);
      for (const s of statements) expect(written[0]).to.not.include(s.text);
    });

    it('says so when the summary cannot be copied', async () => {
      fail = true;
      const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
      await answerAll(el, answersFor(['isolation']));
      await click(el, 'copy-button');
      await waitUntil(() => text(el, '[role="status"]') !== '', 'a status message appears');
      expect(text(el, '[role="status"]')).to.equal(quizUi.copyFailed);
    });
  });
});

describe('<ipt-problem-area-quiz> crisis help', () => {
  it('shows crisis help for the region on the intro, question and result screens', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz region="uk"></ipt-problem-area-quiz>`);
    expect(crisis(el)!.getAttribute('region')).to.equal('uk');
    await click(el, 'start-button');
    expect(crisis(el)!.getAttribute('region')).to.equal('uk');
    for (let i = 0; i < statements.length; i++) {
      await choose(el, MIN);
      await click(el, 'next-button');
    }
    expect(q(el, '[part="result"]')).to.exist;
    expect(crisis(el)!.getAttribute('region')).to.equal('uk');
  });

  it('places crisis help one heading level below the top heading', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz heading-level="3"></ipt-problem-area-quiz>`);
    expect(crisis(el)!.getAttribute('heading-level')).to.equal('4');
  });

  it('keeps crisis help on the printed result, without the buttons', async function () {
    if (!isChromium()) this.skip();
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz region="uk"></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']));
    await emulateMedia({ media: 'print' });
    try {
      const help = q(el, '[part="crisis-help"]')!;
      expect(getComputedStyle(help).display).to.not.equal('none');
      expect(help.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(q(el, '[part="result"]')!).display).to.not.equal('none');
      for (const b of qa(el, 'button')) expect(getComputedStyle(b).display, b.textContent!).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('warns once about an unknown region and shows help for every region', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz region="mars"></ipt-problem-area-quiz>`);
    await click(el, 'start-button');
    expect(crisis(el)!.hasAttribute('region')).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> region="mars"');
  });
});

describe('<ipt-problem-area-quiz> privacy and persist', () => {
  it('stores nothing without persist="session"', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']), 3);
    expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
  });

  it('warns once about a bad persist value and stores nothing', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="local"></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']), 3);
    expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
    expect(text(el, '[part="question"]')).to.not.include(quizUi.privacySession);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> persist="local"');
  });

  it('keeps the step and answers in sessionStorage with persist="session"', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    await answerAll(el, [MAX, MIN], 2);
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY)!);
    expect(saved).to.deep.equal({ step: 2, answers: { [statements[0]!.id]: MAX, [statements[1]!.id]: MIN } });
  });

  it('restores the step and answers after a reload', async () => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ step: 1, answers: { [statements[0]!.id]: MAX, [statements[1]!.id]: MIN } }));
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    expect(text(el, '[part="counter"]')).to.equal(`Question 2 of ${statements.length}`);
    expect(text(el, '[part="restored"]')).to.equal(quizUi.restored);
    expect(radios(el).find((r) => r.checked)?.value).to.equal(String(MIN));
    await click(el, 'back-button');
    expect(radios(el).find((r) => r.checked)?.value).to.equal(String(MAX));
    expect(warnings).to.have.length(0);
  });

  it('does not restore saved answers without persist="session"', async () => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ step: 1, answers: { [statements[0]!.id]: MAX } }));
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    expect(q(el, '[part="intro"]')).to.exist;
  });

  it('clears the saved answers on finishing', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']), statements.length - 1);
    expect(sessionStorage.getItem(SESSION_KEY)).to.not.equal(null);
    await choose(el, MIN);
    await click(el, 'next-button');
    expect(q(el, '[part="result"]')).to.exist;
    expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
  });

  it('clears the saved answers on Stop', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    await answerAll(el, [MAX], 1);
    await click(el, 'stop-button');
    expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
  });

  it('clears the saved answers on Start again', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    await answerAll(el, answersFor(['grief']));
    await click(el, 'restart-button');
    expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
    const again = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    expect(q(again, '[part="intro"]')).to.exist;
  });

  it('removes the saved answers when persist leaves "session", and keeps them on screen', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    await answerAll(el, [MAX, MIN], 2);
    expect(sessionStorage.getItem(SESSION_KEY)).to.not.equal(null);
    el.setAttribute('persist', 'none');
    await el.updateComplete;
    expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
    await click(el, 'back-button');
    expect(radios(el).find((r) => r.checked)?.value).to.equal(String(MIN));
    expect(sessionStorage.getItem(SESSION_KEY), 'nothing is saved in memory-only mode').to.equal(null);
  });

  it('removes the saved answers when persist is removed', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session" storage-key="intake"></ipt-problem-area-quiz>`);
    await answerAll(el, [MAX], 1);
    expect(sessionStorage.getItem(sessionKeyFor('intake'))).to.not.equal(null);
    el.removeAttribute('persist');
    await el.updateComplete;
    expect(sessionStorage.getItem(sessionKeyFor('intake'))).to.equal(null);
  });

  it('keeps separate answers for two quizzes with different storage-key values', async () => {
    const a = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session" storage-key="clinic-a"></ipt-problem-area-quiz>`);
    const b = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session" storage-key="clinic-b"></ipt-problem-area-quiz>`);
    await answerAll(a, [MAX], 1);
    await answerAll(b, [MIN, MIN], 2);
    expect(sessionStorage.getItem(SESSION_KEY), 'the default key stays unused').to.equal(null);
    // A reload: each quiz comes back at its own step with its own answers.
    const [a2, b2] = await Promise.all([
      fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session" storage-key="clinic-a"></ipt-problem-area-quiz>`),
      fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session" storage-key="clinic-b"></ipt-problem-area-quiz>`),
    ]);
    expect(text(a2, '[part="counter"]')).to.equal(`Question 2 of ${statements.length}`);
    expect(text(b2, '[part="counter"]')).to.equal(`Question 3 of ${statements.length}`);
    await click(a2, 'back-button');
    await click(b2, 'back-button');
    await click(b2, 'back-button');
    expect(radios(a2).find((r) => r.checked)?.value).to.equal(String(MAX));
    expect(radios(b2).find((r) => r.checked)?.value).to.equal(String(MIN));
    // Stopping one clears only its own answers.
    await click(a2, 'stop-button');
    expect(sessionStorage.getItem(sessionKeyFor('clinic-a'))).to.equal(null);
    expect(sessionStorage.getItem(sessionKeyFor('clinic-b'))).to.not.equal(null);
    expect(warnings).to.have.length(0);
  });

  it('restores answers saved before storage-key existed when storage-key is not set', async () => {
    sessionStorage.setItem('ipt-quiz:v1', JSON.stringify({ step: 1, answers: { [statements[0]!.id]: MAX } }));
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
    expect(text(el, '[part="counter"]')).to.equal(`Question 2 of ${statements.length}`);
  });

  it('warns once about a bad storage-key and uses the default key', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session" storage-key="my:quiz"></ipt-problem-area-quiz>`);
    await answerAll(el, [MAX], 1);
    expect(sessionStorage.getItem(SESSION_KEY)).to.not.equal(null);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> storage-key="my:quiz"').and.include('"default"');
  });

  it('moves the saved answers when storage-key changes while answering', async () => {
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session" storage-key="one"></ipt-problem-area-quiz>`);
    await answerAll(el, [MAX], 1);
    el.setAttribute('storage-key', 'two');
    await el.updateComplete;
    expect(sessionStorage.getItem(sessionKeyFor('one'))).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem(sessionKeyFor('two'))!)).to.deep.equal({ step: 1, answers: { [statements[0]!.id]: MAX } });
  });

  for (const [name, raw] of [
    ['invalid JSON', '{"step": 1, "answers": '],
    ['the wrong shape', '["not", "an", "object"]'],
    ['out-of-range values', JSON.stringify({ step: 0, answers: { [statements[0]!.id]: 42 } })],
    ['an out-of-range step', JSON.stringify({ step: 999, answers: {} })],
  ] as const) {
    it(`starts fresh with one warning when saved data has ${name}`, async () => {
      sessionStorage.setItem(SESSION_KEY, raw);
      const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
      expect(q(el, '[part="intro"]')).to.exist;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz>').and.include(SESSION_KEY);
      expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
    });
  }

  it('keeps working in memory with one warning when sessionStorage throws', async () => {
    const proto = Storage.prototype;
    const real = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    proto.getItem = blocked;
    proto.setItem = blocked;
    proto.removeItem = blocked;
    try {
      const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>`);
      await answerAll(el, answersFor(['grief']));
      expect(text(el, '[part="result-heading"]')).to.equal(en.ui.quiz.themesHeading);
      await click(el, 'restart-button');
    } finally {
      Object.assign(proto, real);
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> persist="session"');
  });
});

describe('<ipt-problem-area-quiz> properties set from script', () => {
  let rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    rejections.push(event.reason);
    event.preventDefault();
  };
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', onRejection));

  /** Sets properties the way React 19 does (no attributes), then lets the element render. */
  async function withProps(props: Record<string, unknown>) {
    const el = document.createElement('ipt-problem-area-quiz') as IptProblemAreaQuiz;
    Object.assign(el, props);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    return el;
  }

  it('links to the address of a URL object set as explainerHref', async () => {
    const url = new URL('/ipt?from=quiz', location.href);
    const el = await withProps({ explainerHref: url });
    await answerAll(el, answersFor(['grief']));
    expect(q<HTMLAnchorElement>(el, '[part="explainer-link"]')!.getAttribute('href')).to.equal(url.href);
    expect(warnings).to.have.length(0);
    expect(rejections).to.deep.equal([]);
  });

  it('leaves out an explainerHref that is neither text nor a URL, with one warning', async () => {
    const el = await withProps({ explainerHref: { href: 'javascript:alert(1)' } });
    await answerAll(el, answersFor(['grief']));
    expect(q(el, '[part="explainer-link"]')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> explainer-href="[object Object]" is not valid');
    expect(rejections).to.deep.equal([]);
  });

  it('treats persist = false like a bad persist attribute: one warning, answers in memory only', async () => {
    const el = await withProps({ persist: false });
    expect(text(el, '[part="intro"]')).to.include(quizUi.privacyMemory);
    await answerAll(el, [MAX, MIN], 2);
    expect(sessionStorage.getItem(SESSION_KEY)).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> persist="false" is not valid').and.include('"none"');
    expect(rejections).to.deep.equal([]);
  });

  it('takes a number as headingLevel', async () => {
    const el = await withProps({ headingLevel: 3 });
    expect(q(el, '[part="heading"]')!.tagName).to.equal('H3');
    await click(el, 'start-button');
    expect(statementHeading(el).tagName).to.equal('H4');
    expect(warnings).to.have.length(0);
    expect(rejections).to.deep.equal([]);
  });

  it('uses level 2 with one warning for a headingLevel object without a plain string form', async () => {
    const el = await withProps({ headingLevel: Object.create(null) });
    expect(q(el, '[part="heading"]')!.tagName).to.equal('H2');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> heading-level=');
    expect(rejections).to.deep.equal([]);
  });

  it('takes a number as storageKey', async () => {
    const el = await withProps({ persist: 'session', storageKey: 7 });
    await answerAll(el, [MAX], 1);
    expect(sessionStorage.getItem(sessionKeyFor('7'))).to.not.equal(null);
    expect(warnings).to.have.length(0);
    expect(rejections).to.deep.equal([]);
  });

  it('uses the default key with one warning for a storageKey that is not text', async () => {
    const el = await withProps({ persist: 'session', storageKey: true });
    await answerAll(el, [MAX], 1);
    expect(sessionStorage.getItem(SESSION_KEY)).to.not.equal(null);
    expect(sessionStorage.getItem(sessionKeyFor('true'))).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('<ipt-problem-area-quiz> storage-key="true" is not valid');
    expect(rejections).to.deep.equal([]);
  });
});

describe('<ipt-problem-area-quiz> keyboard', () => {
  /** Per statement: Tab into the group, pick with Space (even) or ArrowDown (odd), Tab past Back, Enter on Next. */
  const stepKeys = (i: number) => ['Tab', i % 2 ? 'ArrowDown' : ' ', 'Tab', 'Tab', 'Enter'];

  it('can be completed with Tab, arrow keys, Space and Enter only', async function () {
    this.timeout(120000);
    const el = await fixture<IptProblemAreaQuiz>(html`<ipt-problem-area-quiz></ipt-problem-area-quiz>`);
    let finished = false;
    el.addEventListener('ipt-quiz-complete', () => (finished = true));
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(button(el, 'start-button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let i = 0; i < statements.length; i++) {
      const [tab, pick] = stepKeys(i);
      expect(active(el), `statement ${i + 1} has focus`).to.equal(statementHeading(el));
      await sendKeys({ press: tab! });
      expect(active(el)).to.equal(radios(el)[0]);
      await sendKeys({ press: pick! });
      await el.updateComplete;
      expect(radios(el)[i % 2 ? 1 : 0]!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(button(el, 'next-button'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    await waitUntil(() => q(el, '[part="result"]'), 'the result screen appears');
    expect(active(el)).to.equal(q(el, '[part="result-heading"]'));
    // The answers given by keyboard are the ones scored: first and second options, alternately.
    const expected = scoreQuiz(
      Object.fromEntries(statements.map((s, i) => [s.id, options[i % 2]!.value])),
      statements,
      options,
    );
    expect(finished).to.equal(true);
    const names = expected.top.map((id) => en.problemAreas.areas.find((a) => a.id === id)!.name);
    expect(qa(el, '.theme:not(.general) [part="theme-heading"]').map((h) => h.textContent)).to.deep.equal(names);
    expect(text(el, '[part="result-heading"]')).to.equal(names.length ? en.ui.quiz.themesHeading : quizUi.noneHeading);
  });
});
