import { say } from '../src/shared/format.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { en } from '../src/content/index.js';
import { quizUi } from '../src/content/en/quiz-ui.js';
import { jsonChild, fromManifest, renderElement } from './support/manifest.js';
import { answerQuiz, answerQuizByPosition, playQuizResult, widget } from './support/play.js';
import { SESSION_KEY, seedChecklist, seedQuizSession, storedChecklist } from './support/storage.js';
import { brand, dark, phone, rtl, spanish } from './support/looks.js';
import { playInLanguage } from './support/play.js';
import { es } from '../src/content/es/index.js';

const meta: Meta = {
  title: 'Elements/ipt-problem-area-quiz',
  component: 'ipt-problem-area-quiz',
  ...fromManifest('ipt-problem-area-quiz'),
  args: { 'heading-level': '2', 'explainer-href': '#explainer' },
};
export default meta;

type Story = StoryObj;
const total = en.quiz.statements.length;

/** The first screen: what the quiz is (and is not), how long it is, privacy and the stop note. */
export const Intro: Story = {};

/** Half way: eight statements answered, the ninth on screen. */
export const MiddleQuestion: Story = {
  play: async ({ canvasElement }) => {
    const quiz = await answerQuiz(canvasElement, { disputes: 'Quite a bit' }, total / 2);
    await expect(quiz.canvas.getByText(say(quizUi.questionOf, { n: total / 2 + 1, total: total }))).toBeInTheDocument();
  },
};

/** Next without an answer: the error is shown and tied to the answers. */
export const NoAnswerError: Story = {
  name: 'Error: no answer chosen',
  play: async ({ canvasElement }) => {
    const quiz = await widget(canvasElement, 'ipt-problem-area-quiz');
    await userEvent.click(quiz.canvas.getByRole('button', { name: en.ui.quiz.start }));
    await userEvent.click(quiz.canvas.getByRole('button', { name: en.ui.quiz.next }));
    await quiz.element.updateComplete;
    await expect(quiz.canvas.getByText(quizUi.errorNoAnswer)).toBeInTheDocument();
    await expect(quiz.canvas.getByRole('radio', { name: 'Not at all' })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** "A lot" for the grief statements, "Not at all" for the rest. */
export const ResultGrief: Story = { name: 'Result: grief', play: playQuizResult({ grief: 'A lot' }, ['grief']) };

export const ResultDisputes: Story = {
  name: 'Result: disputes',
  play: playQuizResult({ disputes: 'A lot' }, ['disputes']),
};

export const ResultRoleTransitions: Story = {
  name: 'Result: role transitions',
  play: playQuizResult({ 'role-transitions': 'A lot' }, ['role-transitions']),
};

export const ResultIsolation: Story = {
  name: 'Result: isolation',
  play: playQuizResult({ isolation: 'A lot' }, ['isolation']),
};

/** Two themes with the same score are both shown, in the content's order. */
export const ResultTie: Story = {
  name: 'Result: a tie',
  play: playQuizResult({ grief: 'A lot', disputes: 'A lot' }, ['grief', 'disputes']),
};

/** Three themes high: all three are shown, with the note that several themes came up. */
export const ResultSeveralThemes: Story = {
  name: 'Result: several themes',
  play: async ({ canvasElement }) => {
    const quiz = await answerQuiz(canvasElement, { grief: 'A lot', disputes: 'A lot', isolation: 'A lot' });
    // Highest first, so the order follows the scores; all three are shown.
    const shown = [...quiz.root.querySelectorAll('[part~="theme-heading"]')].map((h) => h.textContent?.trim()).sort();
    const expected = en.problemAreas.areas.filter((a) => a.id !== 'role-transitions').map((a) => a.name).sort();
    await expect(shown).toEqual(expected);
    await expect(quiz.canvas.getByText(en.quiz.severalNote.text)).toBeInTheDocument();
  },
};

/** "I'd rather not say" for every grief statement: grief is never named, whatever else is answered. */
export const ResultRatherNotSay: Story = {
  name: "Result: grief skipped with \"I'd rather not say\"",
  play: playQuizResult({ grief: "I'd rather not say", isolation: 'A lot' }, ['isolation']),
};

/**
 * Each theme offers steps for the self-care list. Here the first one was added: it is stored on this
 * device under the quiz's `storage-key`, and a checklist with that key shows it at once.
 */
export const ResultStepAdded: Story = {
  name: 'Result: a step added to the self-care list',
  args: { 'storage-key': 'story-plan' },
  beforeEach: seedChecklist('story-plan'),
  play: async (context) => {
    await playQuizResult({ grief: 'A lot' }, ['grief'])(context);
    const quiz = await widget(context.canvasElement, 'ipt-problem-area-quiz');
    const [first] = quiz.canvas.getAllByRole('button', { name: quizUi.planAdd });
    await userEvent.click(first!);
    await expect(quiz.canvas.getByRole('button', { name: quizUi.planAdded })).toBeInTheDocument();
    await expect(storedChecklist('story-plan')?.plan).toHaveLength(1);
  },
};

/** `share-results`: the page may learn which themes came up; the person is told before and after. */
export const ShareResults: Story = {
  name: 'share-results',
  args: { 'share-results': true },
  play: async (context) => {
    await playQuizResult({ 'role-transitions': 'A lot' }, ['role-transitions'])(context);
    const quiz = await widget(context.canvasElement, 'ipt-problem-area-quiz');
    await expect(quiz.canvas.getByText(quizUi.sharedNote)).toBeInTheDocument();
  },
};

/** "A little" everywhere: no theme reaches the threshold, so the four areas are described in general. */
export const ResultNoThemeStandsOut: Story = {
  name: 'Result: no single theme stands out',
  play: playQuizResult(
    { grief: 'A little', disputes: 'A little', 'role-transitions': 'A little', isolation: 'A little' },
    [],
  ),
};

/** `persist="session"`: the step and answers are kept in this tab's sessionStorage until the quiz ends. */
export const PersistSession: Story = {
  name: 'persist="session"',
  args: { persist: 'session' },
  beforeEach: seedQuizSession(),
  play: async ({ canvasElement }) => {
    // The first three statements are about other themes than grief, so each is answered "Not at all".
    await answerQuiz(canvasElement, { grief: 'A lot' }, 3);
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
    await expect(saved).toEqual({ step: 3, answers: Object.fromEntries(en.quiz.statements.slice(0, 3).map((s) => [s.id, 0])) });
  },
};

/** `persist="session"` after a reload: the saved step comes back, with a note saying so. */
export const PersistSessionRestored: Story = {
  name: 'persist="session", restored',
  args: { persist: 'session' },
  beforeEach: seedQuizSession({
    step: 2,
    answers: { [en.quiz.statements[0]!.id]: 3, [en.quiz.statements[1]!.id]: 2 },
  }),
  play: async ({ canvasElement }) => {
    const quiz = await widget(canvasElement, 'ipt-problem-area-quiz');
    await expect(quiz.canvas.getByText(quizUi.restored)).toBeInTheDocument();
    await expect(quiz.canvas.getByText(say(quizUi.questionOf, { n: 3, total: total }))).toBeInTheDocument();
  },
};

/** A site's own intro line, from a JSON overrides child (`quizIntro`). */
export const SiteIntro: Story = {
  name: 'Site intro (JSON overrides child)',
  render: (args) =>
    renderElement('ipt-problem-area-quiz', args, jsonChild({ quizIntro: 'Our clinic offers IPT. Ask your GP about a referral.' })),
};

export const Dark: Story = { ...dark };
export const BrandTheme: Story = { ...brand, play: MiddleQuestion.play };
export const RightToLeft: Story = { ...rtl, play: MiddleQuestion.play };
export const Phone: Story = { ...phone, play: ResultGrief.play };

/** The first screen in Spanish. */
export const SpanishIntro: Story = {
  ...spanish,
  name: 'Spanish: intro',
  play: playInLanguage('ipt-problem-area-quiz', 'es', es.quiz.intro[0]!.text),
};

/** A result in Spanish: "Mucho" for the loneliness statements, "Nada" for the rest (answers picked by position). */
export const SpanishResult: Story = {
  ...spanish,
  name: 'Spanish: result (loneliness)',
  play: async ({ canvasElement }) => {
    const quiz = await answerQuizByPosition(canvasElement, (weights) => (weights.isolation === 1 ? 3 : 0));
    const isolation = es.problemAreas.areas.find((area) => area.id === 'isolation')!;
    await expect(quiz.root.querySelector('[part="theme-heading"]')).toHaveTextContent(isolation.name);
    await expect(quiz.root.querySelector('[part="base"]')).toHaveAttribute('lang', 'es');
  },
};

/** Half way, in Spanish. */
export const SpanishQuestion: Story = {
  ...spanish,
  name: 'Spanish: middle question',
  play: async ({ canvasElement }) => {
    const quiz = await answerQuizByPosition(canvasElement, () => 2, total / 2);
    await expect(quiz.root.querySelector('[part="counter"]')).toHaveTextContent(say(es.quizUi.questionOf, { n: total / 2 + 1, total }));
  },
};

/** Next without an answer, in Spanish. */
export const SpanishNoAnswerError: Story = {
  ...spanish,
  name: 'Spanish: error, no answer chosen',
  play: async ({ canvasElement }) => {
    const quiz = await answerQuizByPosition(canvasElement, () => 0, 0);
    await quiz.press('next-button');
    await expect(quiz.root.querySelector('[part="error"]')).toHaveTextContent(es.quizUi.errorNoAnswer);
  },
};

/** Three themes high, in Spanish: the several-themes note. */
export const SpanishSeveralThemes: Story = {
  ...spanish,
  name: 'Spanish: result, several themes',
  play: async ({ canvasElement }) => {
    const quiz = await answerQuizByPosition(canvasElement, (weights) => (weights['role-transitions'] === 1 ? 0 : 3));
    await expect(quiz.root.querySelector('[part="several"]')).toHaveTextContent(es.quiz.severalNote.text);
  },
};

/** "Prefiero no responder" everywhere, in Spanish: no theme stands out. */
export const SpanishNoThemeStandsOut: Story = {
  ...spanish,
  name: 'Spanish: result, no single theme stands out',
  play: async ({ canvasElement }) => {
    const quiz = await answerQuizByPosition(canvasElement, () => 4);
    await expect(quiz.root.querySelector('[part="result-heading"]')).toHaveTextContent(es.quizUi.noneHeading);
  },
};

/** `share-results` in Spanish: the person is told in Spanish. */
export const SpanishShareResults: Story = {
  ...spanish,
  name: 'Spanish: share-results',
  args: { 'share-results': true },
  play: playInLanguage('ipt-problem-area-quiz', 'es', es.quizUi.sharedNote),
};
