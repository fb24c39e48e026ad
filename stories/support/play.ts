/**
 * Play-function building blocks: they drive a widget the way a person would (clicks on labelled
 * controls inside its shadow root) and assert with `expect`, so every interaction story is a test.
 */
import { LitElement } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import { en } from '../../src/content/index.js';
import type { AreaId } from '../../src/content/index.js';
import type { IptTag } from './manifest.js';

export type AnswerLabel = 'Not at all' | 'A little' | 'Quite a bit' | 'A lot' | "I'd rather not say";

/** The first `tag` element in the story, upgraded and rendered, with queries bound to its shadow root. */
export async function widget(canvasElement: HTMLElement, tag: IptTag) {
  await customElements.whenDefined(tag);
  const element = canvasElement.querySelector(tag) as LitElement | null;
  await expect(element, `<${tag}> in the story`).not.toBeNull();
  await element!.updateComplete;
  const root = element!.shadowRoot as unknown as HTMLElement;
  return { element: element!, root, canvas: within(root) };
}

/** The area a statement mainly points to (its weight-1 area in the content). */
const mainArea = (weights: Record<AreaId, number>): AreaId =>
  (Object.keys(weights) as AreaId[]).find((area) => weights[area] === 1)!;

/**
 * Starts the quiz and answers the first `count` statements (all by default): each statement gets
 * the label given for its main area, `Not at all` where none is given.
 */
export async function answerQuiz(
  canvasElement: HTMLElement,
  answers: Partial<Record<AreaId, AnswerLabel>>,
  count = en.quiz.statements.length,
) {
  const quiz = await widget(canvasElement, 'ipt-problem-area-quiz');
  await userEvent.click(quiz.canvas.getByRole('button', { name: en.ui.quiz.start }));
  await quiz.element.updateComplete;
  for (const statement of en.quiz.statements.slice(0, count)) {
    await expect(quiz.canvas.getByRole('heading', { name: statement.text })).toBeInTheDocument();
    await userEvent.click(quiz.canvas.getByRole('radio', { name: answers[mainArea(statement.weights)] ?? 'Not at all' }));
    await userEvent.click(quiz.canvas.getByRole('button', { name: en.ui.quiz.next }));
    await quiz.element.updateComplete;
  }
  return quiz;
}

/** A play function that answers every statement and checks the themes shown (none: the general result). */
export const playQuizResult =
  (answers: Partial<Record<AreaId, AnswerLabel>>, themes: readonly AreaId[]) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const quiz = await answerQuiz(canvasElement, answers);
    const names = en.problemAreas.areas.filter((area) => themes.includes(area.id)).map((area) => area.name);
    if (themes.length) {
      await expect(quiz.canvas.getByRole('heading', { name: en.ui.quiz.themesHeading })).toBeInTheDocument();
      const shown = [...quiz.root.querySelectorAll('[part~="theme-heading"]')].map((h) => h.textContent?.trim());
      await expect(shown).toEqual(names);
    } else {
      await expect(quiz.root.querySelector('[part~="result-heading"]')).not.toHaveTextContent(en.ui.quiz.themesHeading);
      await expect(quiz.root.querySelectorAll('.theme.general')).toHaveLength(1);
    }
    await expect(quiz.canvas.getByText(en.ui.notDiagnosis)).toBeInTheDocument();
  };

/**
 * A play function for a story shown in a language pack's language: the widget's content is marked
 * with that language, and the given text (from the pack) is on screen.
 */
export const playInLanguage =
  (tag: IptTag, lang: string, expected: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const shown = await widget(canvasElement, tag);
    await expect(shown.root.querySelector('[part="base"]')).toHaveAttribute('lang', lang);
    await expect(shown.root.textContent).toContain(expected);
  };

/**
 * Starts the quiz and answers the first `count` statements by position (0 is the first answer,
 * 4 "I'd rather not say" in any language), for stories shown in another language than English.
 */
export async function answerQuizByPosition(
  canvasElement: HTMLElement,
  position: (weights: Record<AreaId, number>) => number,
  count = en.quiz.statements.length,
) {
  const quiz = await widget(canvasElement, 'ipt-problem-area-quiz');
  const press = async (part: string) => {
    await userEvent.click(quiz.root.querySelector(`[part="${part}"]`) as HTMLElement);
    await quiz.element.updateComplete;
  };
  await press('start-button');
  for (const statement of en.quiz.statements.slice(0, count)) {
    const radios = quiz.root.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    await userEvent.click(radios[position(statement.weights)]!);
    await press('next-button');
  }
  return { ...quiz, press };
}
