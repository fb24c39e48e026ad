import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { baseStyles } from '../styles/tokens.js';
// Only the modules this element shows, so its own entry does not carry the whole explainer.
import { problemAreas as problemAreasEn } from '../content/en/problem-areas.js';
import { quiz as quizEn } from '../content/en/quiz.js';
import { sectionTitles as sectionTitlesEn } from '../content/en/section-titles.js';
import { ui as uiEn } from '../content/en/ui.js';
import { quizUi as quizUiEn } from '../content/en/quiz-ui.js';
import { review as reviewEn } from '../content/en/review.js';
import { relationships as relationshipsEn } from '../content/en/relationships.js';
import { selfCare as selfCareEn } from '../content/en/self-care.js';
import { PLAN_STEPS, planStepWords } from '../content/plan.js';
import type { PlanStepId } from '../content/ids.js';
import { sources } from '../content/sources.js';
import { sourceHref } from '../content/source-href.js';
import { addToStoredPlan, stepsInProgress, storedList, storedPlan } from '../checklist/plan-store.js';
import { applyWeeklyReset } from '../checklist/storage-schema.js';
import { crisis as crisisEn } from '../content/en/crisis.js';
import { summaryUi as summaryUiEn } from '../content/en/summary-ui.js';
import type { AppointmentNotes } from '../shared/appointment-summary.js';
import { loadNotes, outputNotesOnDemand, warmUp } from '../shared/on-demand.js';
import { renderReview } from '../shared/review.js';
import type { AreaId, LocaleContent, ProblemArea } from '../content/types.js';
import { asText, parseKeyword, strictText } from '../shared/attributes.js';
import { readStorageKey } from '../shared/storage-key.js';
import { Announcer } from '../controllers/announcer.js';
import { say } from '../shared/format.js';
import { SessionDraft } from '../controllers/session-draft.js';
import { otherTabsListener } from '../controllers/storage.js';
import { CrisisBox } from '../crisis-help/crisis-box.js';
import { IptElement } from '../shared/ipt-element.js';
import { syncChecked } from '../shared/checked.js';
import { copyText } from '../shared/clipboard.js';
import { printPage } from '../shared/print.js';
import { below, heading, type HeadingLevel } from '../shared/heading.js';
import { warnOnce } from '../shared/warn.js';
import { isSafeLinkHref } from './safe-href.js';
import { SKIP, scoreQuiz, type QuizAnswer, type QuizScore } from './scoring.js';
import {
  parseSaved,
  serialiseSaved,
  sessionKeyFor,
} from './session.js';
import { summaryText } from './summary.js';
import { styles } from './quiz.styles.js';

/** Everything the quiz shows, in English: the fallback and the shape of every language. */
const ENGLISH = {
  quiz: quizEn,
  quizUi: quizUiEn,
  problemAreas: problemAreasEn,
  sectionTitles: sectionTitlesEn,
  ui: uiEn,
  review: reviewEn,
  // The steps offered with each theme are the self-care list's and the relationship tips' own.
  relationships: relationshipsEn,
  selfCare: selfCareEn,
  // The notes for an appointment: their words, and the region's crisis lines.
  summaryUi: summaryUiEn,
  crisis: crisisEn,
};
type QuizText = Pick<LocaleContent, keyof typeof ENGLISH>;

const PERSIST_VALUES = ['none', 'session'] as const;
type PersistMode = (typeof PERSIST_VALUES)[number];
type Screen = 'intro' | 'question' | 'result';
type FocusTarget = 'top' | 'statement' | 'first-radio' | 'result';

/** Detail of `ipt-plan-add`: which stored list changed; never the step or the theme. */
export interface IptPlanAddDetail {
  /** The `storage-key` of the self-care list the step was added to. */
  readonly storageKey: string;
}

/** Detail of `ipt-quiz-start`. */
export interface IptQuizStartDetail {
  /** How many statements the quiz has. */
  readonly total: number;
}

/**
 * Detail of `ipt-quiz-complete`. Private by default: it says only that the quiz was finished. With
 * `share-results` it also carries the normalised scores (0 to 1) and the themes shown. Never the answers.
 */
export type IptQuizCompleteDetail =
  | { readonly shared: false }
  | {
      readonly shared: true;
      readonly scores: Record<AreaId, number>;
      /** The themes shown, highest first; empty when none stands out. */
      readonly top: AreaId[];
    };

/**
 * A short, private self-reflection on which IPT problem areas may fit your situation: one
 * statement per step, then the themes that may fit and what IPT works on for each. Educational,
 * never a diagnosis. Answers stay in memory unless `persist="session"`; nothing leaves the page.
 *
 * @tag ipt-problem-area-quiz
 * @summary A private self-reflection on which IPT themes may fit; educational, never a diagnosis.
 * @csspart base - The outer section.
 * @csspart heading - The top heading.
 * @csspart card - The box that holds the current screen.
 * @csspart intro - The intro screen.
 * @csspart site-intro - The site's own intro line, from the `quizIntro` content override.
 * @csspart stop-note - The note to stop if answering feels upsetting.
 * @csspart start-button - The Start button.
 * @csspart needs-script - Shown instead of Start until the element is defined (server-rendered, scripts off).
 * @csspart question - The question screen.
 * @csspart restored - The note that earlier answers came back from this tab.
 * @csspart counter - The "Question N of M" text.
 * @csspart progress - The progress bar.
 * @csspart fieldset - The group of answers for one statement.
 * @csspart statement - The statement heading.
 * @csspart answers - The list of answer options.
 * @csspart answer - One answer option (radio and label).
 * @csspart error - The message shown when Next is pressed without an answer.
 * @csspart actions - A row of buttons.
 * @csspart back-button - The Back button.
 * @csspart next-button - The Next button.
 * @csspart stop - The stop note and Stop button on question screens.
 * @csspart stop-button - The Stop button.
 * @csspart result - The result screen.
 * @csspart result-heading - The result heading.
 * @csspart not-diagnosis - The "not a diagnosis" note on the result screen.
 * @csspart theme - One theme that may fit.
 * @csspart theme-heading - The name of a theme.
 * @csspart several - The note shown when three or four themes come up.
 * @csspart shared-note - With `share-results`, the note that this website can see which themes were shown.
 * @csspart next-steps - The next steps on the result screen.
 * @csspart explainer-link - The link to the page set by `explainer-href`.
 * @csspart restart-button - The Start again button.
 * @csspart print-button - The Print or save button.
 * @csspart copy-button - The Copy summary button.
 * @csspart status - The polite live region for status messages.
 * @csspart reviewed - When the content was last checked against its sources, and when it is next due.
 * @csspart crisis-help - The crisis help box shown on every screen.
 * @cssprop [--ipt-color-accent=#1d5e8c] - Accent colour for buttons, links and the progress bar.
 * @cssprop [--ipt-color-border=#8a96a3] - Colour of the box and answer borders.
 * @cssprop [--ipt-color-danger=#a4262c] - Colour of the error message.
 * @cssprop [--ipt-color-focus=#b34700] - Colour of the focus ring.
 * @cssprop [--ipt-radius=0.5rem] - Corner radius.
 * @cssprop [--ipt-space=1rem] - Base spacing.
 * @cssprop [--ipt-font-family=inherit] - Font family; inherits the page's font by default.
 * @fires {IptQuizStartDetail} ipt-quiz-start - When the person presses Start; detail `{ total }`.
 * @fires {IptPlanAddDetail} ipt-plan-add - When the person adds a step to their self-care list; detail `{ storageKey }`, never the step.
 * @fires {IptQuizCompleteDetail} ipt-quiz-complete - When the last statement is answered; detail `{ shared: false }`, or with `share-results` `{ shared: true, scores, top }`; never the answers.
 */
export class IptProblemAreaQuiz extends IptElement {
  static override styles = [baseStyles, styles];

  /** Link to a page about IPT, shown on the result screen; http(s) or relative URLs only. */
  @property({ attribute: 'explainer-href' }) explainerHref: string | URL | null = null;

  /** `session` keeps the step and answers in this tab's sessionStorage until finished; default `none`. */
  @property() persist: PersistMode | null = null;

  /** Lets `ipt-quiz-complete` tell this page which themes were shown (never the answers); the person is told on the first and last screens. Off by default. */
  @property({ type: Boolean, attribute: 'share-results' }) shareResults = false;

  /** Names this quiz's saved answers and the self-care list its steps are added to (a checklist with the same `storage-key`); letters, digits, `.`, `_`, `-`, up to 64; default `default`. */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;

  @state() private screen: Screen = 'intro';
  @state() private step = 0;
  @state() private answers: Readonly<Record<string, QuizAnswer>> = {};
  @state() private showError = false;
  @state() private restored = false;
  /** Steps already on the self-care list (read when the result shows, and after each add). */
  @state() private planned: ReadonlySet<string> = new Set();
  /** Themes shown that the person took out of their appointment notes. */
  @state() private leftOut: ReadonlySet<AreaId> = new Set();
  /** Steps the person tried to add that could not be stored, so the message sits beside them. */
  @state() private planFailed: ReadonlySet<string> = new Set();

  private readonly live = new Announcer(this);
  /** The notes' code, loaded as a person nears the result's buttons. */
  private readonly warmUp = warmUp(this, loadNotes);
  /** What the quiz shows, in the language shown; set at each render. */
  private t: QuizText = ENGLISH;
  private readonly crisisBox = new CrisisBox(this, this.crisisBoxSettings);
  /** The checked `explainer-href`, read with the other attributes in willUpdate. */
  private href: string | undefined;
  /** The checked `persist`. */
  private persistMode: PersistMode = 'none';
  private focusTarget: FocusTarget | null = null;
  /** The answers kept in this tab while `persist="session"` (its key is null otherwise). */
  private readonly draft = new SessionDraft(
    () => `[ipt-widgets] <${this.localName}> persist="session" cannot use sessionStorage on this page; answers stay in memory only.`,
  );

  /** A property as text; a value that is not warns as a bad attribute would, and reads as unset. */
  private textOf(attribute: string, value: unknown, fallback: string): string | null {
    const text = strictText(value);
    if (text !== undefined) return text;
    warnOnce(this, this.localName, attribute, asText(value), fallback);
    return null;
  }

  private checkedExplainerHref(): string | undefined {
    const fallback = 'use an http(s) or relative address; the link is left out';
    const value = this.textOf('explainer-href', this.explainerHref, fallback);
    if (value == null || value.trim() === '') return undefined;
    if (isSafeLinkHref(value)) return value.trim();
    warnOnce(this, this.localName, 'explainer-href', value, fallback);
    return undefined;
  }

  /** What the live region says when Next is pressed without an answer. */
  private get errorAnnouncement(): string {
    return `${this.t.quizUi.errorPrefix} ${this.t.quizUi.errorNoAnswer}`;
  }

  private get score(): QuizScore {
    return scoreQuiz(this.answers, this.t.quiz.statements, this.t.quiz.answers);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.t = this.showContent(ENGLISH);
    this.persistMode = parseKeyword(this, this.localName, 'persist', this.persist, PERSIST_VALUES, 'none');
    this.href = this.checkedExplainerHref();
    // Read on every update, so a bad storage-key warns even while nothing is stored.
    const name = readStorageKey(this, this.localName, this.storageKey);
    // The result offers steps for the self-care list: show which are on it already, and follow
    // other tabs' changes to it while it shows.
    if ((changed as Map<string, unknown>).has('screen') && !this.serverView) {
      if (this.screen === 'result') this.planned = new Set(storedPlan(name));
      this.hearOtherTabs(this.screen === 'result' && this.isConnected);
    }
    // A server has no browser tab to keep answers in: the saved session is read in the browser, after
    // the first render over server markup (serverView).
    if (this.serverView) return;
    const key = this.persistMode === 'session' ? sessionKeyFor(name) : null;
    if (key === this.draft.key) return;
    // Answers never stay behind under a key this quiz no longer uses (privacy).
    this.draft.remove();
    this.draft.key = key;
    if (!key) return;
    if (this.screen === 'intro' && !Object.keys(this.answers).length) this.restore();
    else this.save();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = null;
    const selector = {
      top: '#quiz-title',
      statement: '#quiz-statement',
      'first-radio': 'input[type="radio"]',
      result: '#quiz-result',
    }[target];
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render() {
    const level = this.level;
    const href = this.href;
    const screen =
      this.screen === 'intro'
        ? this.renderIntro()
        : this.screen === 'question'
          ? this.renderQuestion(below(level))
          : this.renderResult(below(level), href);
    return html`<section
      part="base"
      class="quiz"
      aria-labelledby="quiz-title"
      lang=${this.shownLang}
      dir=${this.shownDir}
    >
      ${heading(level, this.t.sectionTitles.quiz, 'heading', 'quiz-title', { focusable: true })}
      <div part="card" class="card">${screen}</div>
      ${this.live.render()}
      ${renderReview(this.t.review, this.t.ui, this.shownLang, this.dateWords)} ${this.crisisBox.render(level, 'crisis-help')}
    </section>`;
  }

  private renderIntro() {
    const session = this.persistMode === 'session';
    const siteIntro = this.config.overrides.quizIntro;
    return html`<div part="intro" class="intro">
      ${siteIntro ? html`<p part="site-intro" class="site-intro">${siteIntro}</p>` : nothing}
      ${this.t.quiz.intro.map((block) => html`<p>${block.text}</p>`)}
      <p>${say(this.t.quizUi.length, { count: this.t.quiz.statements.length })}</p>
      <p class="privacy">${session ? this.t.quizUi.privacySession : this.t.quizUi.privacyMemory}</p>
      ${this.renderSharedNote()}
      <p part="stop-note" class="stop-note">${this.t.quiz.stopNote.text}</p>
      <div part="actions" class="actions">
        <button type="button" part="start-button" @click=${this.onStart}>${this.t.ui.quiz.start}</button>
        <p part="needs-script" class="needs-script">${this.t.quizUi.needsScript}</p>
      </div>
    </div>`;
  }

  private renderQuestion(level: HeadingLevel) {
    const statements = this.t.quiz.statements;
    const statement = statements[this.step]!;
    const current = this.answers[statement.id];
    const counterId = 'quiz-counter';
    const errorId = 'quiz-error';
    const invalid = this.showError;
    const fieldset = html`<fieldset part="fieldset" aria-describedby=${invalid ? errorId : nothing}>
      <legend>${heading(level, statement.text, 'statement', 'quiz-statement', { focusable: true, describedBy: counterId })}</legend>
      ${
        invalid
          ? html`<p part="error" class="error" id=${errorId}>
              <span class="visually-hidden">${this.t.quizUi.errorPrefix} </span>${this.t.quizUi.errorNoAnswer}
            </p>`
          : nothing
      }
      <div part="answers" class="answers">
        ${[...this.t.quiz.answers, { value: SKIP, label: this.t.quiz.skipLabel }].map((option, i) => {
          const id = `quiz-answer-${i}`;
          return html`<div part="answer" class="answer ${option.value === SKIP ? 'skip' : ''}">
            <input
              type="radio"
              id=${id}
              name="answer"
              .value=${String(option.value)}
              ?checked=${current === option.value}
              ${syncChecked(current === option.value)}
              aria-invalid=${invalid ? 'true' : nothing}
              aria-describedby=${invalid ? errorId : nothing}
            />
            <label for=${id}>${option.label}</label>
          </div>`;
        })}
      </div>
    </fieldset>`;
    // The bar is hidden from screen readers: it repeats the counter, which describes the statement heading.
    return html`<div part="question" class="question">
      ${this.restored ? html`<p part="restored" class="restored">${this.t.quizUi.restored}</p>` : nothing}
      <p part="counter" class="counter" id=${counterId}>${say(this.t.quizUi.questionOf, { n: this.step + 1, total: statements.length })}</p>
      <progress part="progress" max=${statements.length} .value=${this.step + 1} aria-hidden="true"></progress>
      <form novalidate @submit=${this.onNext} @change=${this.onChoose}>
        ${keyed(statement.id, fieldset)}
        <div part="actions" class="actions">
          <button type="button" part="back-button" class="secondary" @click=${this.onBack}>${this.t.ui.quiz.back}</button>
          <button type="submit" part="next-button">${this.t.ui.quiz.next}</button>
        </div>
      </form>
      <div part="stop" class="stop">
        <p>${this.t.quiz.stopNote.text}</p>
        <button type="button" part="stop-button" class="secondary" @click=${this.onStop}>${this.t.ui.quiz.stop}</button>
      </div>
    </div>`;
  }

  private renderResult(level: HeadingLevel, href: string | undefined) {
    const top = this.score.top;
    const areas = top.map((id) => this.t.problemAreas.areas.find((a) => a.id === id)).filter((a): a is ProblemArea => !!a);
    const sub = below(level);
    return html`<div part="result" class="result">
      ${heading(level, areas.length ? this.t.ui.quiz.themesHeading : this.t.quizUi.noneHeading, 'result-heading', 'quiz-result', {
        focusable: true,
      })}
      <p part="not-diagnosis" class="not-diagnosis">${this.t.ui.notDiagnosis}</p>
      ${
        areas.length
          ? html`<p>${this.t.quiz.resultNote.text}</p>
              ${this.score.several ? html`<p part="several" class="several">${this.t.quiz.severalNote.text}</p>` : nothing}
              ${areas.map((area) => this.renderTheme(area, sub))}`
          : this.renderNone(sub)
      }
      ${this.renderSharedNote()}
      <div part="next-steps" class="next-steps">
        ${heading(sub, this.t.quizUi.nextStepsHeading, 'next-steps-heading')}
        <p>${this.t.quizUi.talkToSomeone}</p>
        ${href ? html`<p><a part="explainer-link" href=${href}>${this.t.quizUi.explainerLink}</a></p>` : nothing}
      </div>
      <div part="actions" class="actions" @focusin=${this.warmUp} @pointerover=${this.warmUp}>
        <button type="button" part="restart-button" class="secondary" @click=${this.onRestart}>
          ${this.t.ui.quiz.restart}
        </button>
        <button type="button" part="print-button" class="secondary" @click=${this.onPrint}>${this.t.quizUi.print}</button>
        <button type="button" part="copy-button" class="secondary" @click=${this.onCopy}>${this.t.quizUi.copy}</button>
        <button type="button" part="notes-print-button" class="secondary" @click=${() => this.onNotes('print')}>
          ${this.t.summaryUi.print}
        </button>
        <button type="button" part="notes-save-button" class="secondary" @click=${() => this.onNotes('save')}>
          ${this.t.summaryUi.save}
        </button>
      </div>
    </div>`;
  }

  private renderTheme(area: ProblemArea, level: HeadingLevel) {
    return html`<div part="theme" class="theme">
      ${heading(level, area.name, 'theme-heading')}
      <p>${area.summary.text}</p>
      ${heading(below(level), this.t.ui.area.focus, 'theme-focus-heading')}
      <ul>
        ${area.focus.map((block) => html`<li>${block.text}</li>`)}
      </ul>
      ${this.renderPlan(area.id, below(level))}
      <label class="keep">
        <input
          type="checkbox"
          part="keep-theme"
          ?checked=${!this.leftOut.has(area.id)}
          ${syncChecked(!this.leftOut.has(area.id))}
          @change=${(event: Event) => this.keepTheme(area.id, (event.target as HTMLInputElement).checked)}
        />
        ${this.t.summaryUi.keepTheme}
      </label>
    </div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A checklist (here or in another tab) may take a step off the list while the result shows.
    window.addEventListener('ipt-checklist-change', this.refreshPlanned);
    this.hearOtherTabs(this.screen === 'result');
    // Put back on the page: the list may have changed while nothing here could hear it.
    if (this.hasUpdated) this.refreshPlanned();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('ipt-checklist-change', this.refreshPlanned);
    this.hearOtherTabs(false);
  }

  // Another tab's list matters only while the result offers its steps (see otherTabsListener).
  private readonly hearOtherTabs = otherTabsListener(() => this.refreshPlanned());

  private readonly refreshPlanned = (): void => {
    if (this.screen !== 'result') return;
    this.planned = new Set(storedPlan(readStorageKey(this, this.localName, this.storageKey)));
  };

  private keepTheme(id: AreaId, keep: boolean): void {
    const next = new Set(this.leftOut);
    if (keep) next.delete(id);
    else next.add(id);
    this.leftOut = next;
  }

  /** The notes for an appointment: the themes kept, the steps on the person's list, their crisis lines. */
  private notes(): AppointmentNotes {
    const areas = this.score.top.filter((id) => !this.leftOut.has(id));
    const name = readStorageKey(this, this.localName, this.storageKey);
    return {
      lang: this.shownLang,
      dir: this.shownDir,
      text: this.t.summaryUi,
      intro: this.t.summaryUi.intro,
      date: new Date(),
      themes: areas
        .map((id) => this.t.problemAreas.areas.find((area) => area.id === id))
        .filter((area): area is ProblemArea => !!area)
        .map((area) => ({ name: area.name, summary: area.summary.text })),
      // Ticks from an earlier week of a weekly list are not "doing" any more.
      steps: stepsInProgress(applyWeeklyReset(storedList(name), new Date()).doc, this.t),
      crisis: this.t.crisis,
      region: this.regionInForce,
      local: { lines: this.config.overrides.crisis?.extraResources ?? [], call: this.t.ui.crisis.call, text: this.t.ui.crisis.text },
    };
  }

  private readonly onNotes = async (how: 'print' | 'save') => {
    const said = await outputNotesOnDemand(this, this.notes(), how);
    if (said) this.live.announce(said, said === this.t.summaryUi.failed ? { topic: 'error' } : undefined);
  };

  /** The steps that fit a theme, each with a button that puts it on the person's self-care list. */
  private renderPlan(area: AreaId, level: HeadingLevel) {
    const steps = PLAN_STEPS[area].map((id) => this.planStep(id)).filter((step) => step !== undefined);
    return html`<div part="plan" class="plan">
      ${heading(level, this.t.quizUi.planHeading, 'plan-heading')}
      <ul class="plan-steps">
        ${steps.map(({ id, text, cite }) => {
          const added = this.planned.has(id);
          const textId = `plan-${area}-${id}`;
          return html`<li part="plan-step" class="plan-step">
            <span id=${textId}>${text}</span>
            ${cite.map((sourceId) => {
              const source = sources[sourceId];
              const href = sourceHref(source);
              const name = `${this.t.quizUi.planSource}: ${source.title}`;
              return href ? html` <a class="plan-source" href=${href} aria-label=${name}>${this.t.quizUi.planSource}</a>` : nothing;
            })}
            <button
              type="button"
              part="plan-add"
              class="secondary plan-add"
              aria-describedby=${textId}
              aria-disabled=${added ? 'true' : 'false'}
              @click=${() => this.addToPlan(id, text)}
            >
              ${added ? this.t.quizUi.planAdded : this.t.quizUi.planAdd}
            </button>
            ${this.planFailed.has(id) ? html`<p part="plan-error" class="error">${this.t.quizUi.planNotSaved}</p>` : nothing}
          </li>`;
        })}
      </ul>
      <p class="plan-note">${this.t.quizUi.planNote}</p>
    </div>`;
  }

  /** A plan step's words and sources, in the language shown: a self-care step or a relationship tip. */
  private planStep(id: PlanStepId) {
    const words = planStepWords(this.t, id);
    return words && { id, ...words };
  }

  /**
   * Puts a step on the self-care list stored under this quiz's `storage-key`, only when the person
   * asks. A checklist with the same key on this page updates at once (`ipt-plan-add`); other tabs
   * through the storage event. Nothing about the step leaves the device, and the event names none.
   */
  private addToPlan(id: PlanStepId, text: string): void {
    const name = readStorageKey(this, this.localName, this.storageKey);
    const result = addToStoredPlan(name, id);
    // On the list already (this quiz's "added" may be older than the list): nothing to say or send.
    if (result === 'already') {
      this.planned = new Set(storedPlan(name));
      return;
    }
    if (result === 'not-saved' || result === 'full') {
      this.planFailed = new Set([...this.planFailed, id]);
      this.live.announce(this.t.quizUi.planNotSaved, { topic: 'error' });
      return;
    }
    this.planFailed = new Set([...this.planFailed].filter((failed) => failed !== id));
    this.planned = new Set(storedPlan(name));
    this.live.announce(say(this.t.quizUi.planAddedSay, { step: text }));
    this.dispatchEvent(new CustomEvent<IptPlanAddDetail>('ipt-plan-add', { detail: { storageKey: name }, bubbles: true, composed: true }));
  }

  /** With `share-results`, said before the person starts and again with the themes. */
  private renderSharedNote() {
    return this.shareResults ? html`<p part="shared-note" class="shared-note">${this.t.quizUi.sharedNote}</p>` : nothing;
  }

  private renderNone(level: HeadingLevel) {
    return html`<p>${this.t.quizUi.noneText}</p>
      <p>${this.t.quizUi.noneStillMatters}</p>
      <div part="theme" class="theme general">
        ${heading(level, this.t.sectionTitles.problemAreas, 'theme-heading')}
        ${this.t.problemAreas.intro.map((block) => html`<p>${block.text}</p>`)}
        <ul>
          ${this.t.problemAreas.areas.map(
            (area) => html`<li><span class="area-name">${area.name}:</span> ${area.summary.text}</li>`,
          )}
        </ul>
      </div>`;
  }

  private readonly onStart = () => {
    this.screen = 'question';
    this.step = 0;
    this.showError = false;
    this.restored = false;
    this.live.clear();
    this.focusTarget = 'statement';
    this.save();
    const detail: IptQuizStartDetail = { total: this.t.quiz.statements.length };
    this.dispatchEvent(new CustomEvent('ipt-quiz-start', { detail, bubbles: true, composed: true }));
  };

  private readonly onChoose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    const value: QuizAnswer = input.value === SKIP ? SKIP : Number(input.value);
    const statement = this.t.quiz.statements[this.step];
    if (!statement || (value !== SKIP && !this.t.quiz.answers.some((a) => a.value === value))) return;
    this.answers = { ...this.answers, [statement.id]: value };
    this.hideError();
    this.save();
  };

  private readonly onNext = (event: Event) => {
    event.preventDefault();
    const statements = this.t.quiz.statements;
    const statement = statements[this.step];
    if (!statement) return;
    if (!(statement.id in this.answers)) {
      this.showError = true;
      this.focusTarget = 'first-radio';
      this.requestUpdate();
      // Focus may already be on the first radio, so only the live region tells a second press apart.
      // The error is on screen already: the region repeats it for screen readers only.
      this.live.announce(this.errorAnnouncement, { topic: 'error', visible: false });
      return;
    }
    this.hideError();
    this.restored = false;
    if (this.step < statements.length - 1) {
      this.step += 1;
      this.focusTarget = 'statement';
      this.save();
      return;
    }
    this.screen = 'result';
    this.live.clear();
    this.focusTarget = 'result';
    this.draft.remove();
    const { scores, top } = this.score;
    const detail: IptQuizCompleteDetail = this.shareResults
      ? { shared: true, scores: { ...scores }, top: [...top] }
      : { shared: false };
    this.dispatchEvent(new CustomEvent('ipt-quiz-complete', { detail, bubbles: true, composed: true }));
  };

  private readonly onBack = () => {
    this.hideError();
    this.restored = false;
    if (this.step > 0) {
      this.step -= 1;
      this.focusTarget = 'statement';
      this.save();
    } else {
      this.screen = 'intro';
      this.focusTarget = 'top';
    }
  };

  private readonly onStop = () => this.clear(this.t.quizUi.stopped);

  private readonly onRestart = () => this.clear(this.t.quizUi.restarted);

  private readonly onPrint = () => printPage();

  private readonly onCopy = async () => {
    const href = this.href;
    const text = summaryText(this.score, this.t, this.t.quizUi, href && this.absolute(href));
    const ok = await copyText(text);
    this.live.announce(ok ? this.t.quizUi.copied : this.t.quizUi.copyFailed);
  };

  private hideError() {
    this.showError = false;
    this.live.clear('error');
  }

  private clear(message: string) {
    this.leftOut = new Set();
    this.planFailed = new Set();
    this.answers = {};
    this.step = 0;
    this.showError = false;
    this.restored = false;
    this.screen = 'intro';
    this.live.announce(message);
    this.focusTarget = 'top';
    this.draft.remove();
  }

  private absolute(href: string): string {
    try {
      return new URL(href, document.baseURI).href;
    } catch {
      return href;
    }
  }

  private restore() {
    const raw = this.draft.read();
    if (raw === undefined) return;
    // Ids and answer values are the same in every language.
    const parsed = parseSaved(raw, quizEn.statements, quizEn.answers);
    if (!parsed.ok) {
      console.warn(
        `[ipt-widgets] <${this.localName}> ignored the saved answers in sessionStorage "${this.draft.key}" because ${parsed.reason}; starting fresh.`,
      );
      this.draft.remove();
      return;
    }
    if (!parsed.saved) return;
    this.answers = parsed.saved.answers;
    this.step = parsed.saved.step;
    this.screen = 'question';
    this.restored = true;
  }

  private save() {
    if (this.screen === 'question') this.draft.write(serialiseSaved({ step: this.step, answers: this.answers }));
  }
}
