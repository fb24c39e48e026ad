import { en, type AreaId, type QuizStatement } from '../../src/content/index.js';
import type { IptProblemAreaQuiz } from '../../src/quiz/quiz.js';

export const statements = en.quiz.statements;
export const options = en.quiz.answers;
export const MAX = Math.max(...options.map((o) => o.value));
export const MIN = Math.min(...options.map((o) => o.value));

/** The area a statement points to with weight 1. */
export const mainArea = (s: QuizStatement): AreaId =>
  (Object.entries(s.weights) as [AreaId, number][]).find(([, w]) => w === 1)![0];

/** The highest answer for statements of the given areas, the lowest for the rest. */
export const answersFor = (areas: readonly AreaId[]) =>
  statements.map((s) => (areas.includes(mainArea(s)) ? MAX : MIN));

export const root = (el: IptProblemAreaQuiz) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: IptProblemAreaQuiz, selector: string) =>
  root(el).querySelector<T & Element>(selector) as T | null;
export const qa = <T extends Element = HTMLElement>(el: IptProblemAreaQuiz, selector: string) =>
  [...root(el).querySelectorAll(selector)] as T[];
export const text = (el: IptProblemAreaQuiz, selector = '[part="base"]') =>
  (q(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const button = (el: IptProblemAreaQuiz, part: string) => q<HTMLButtonElement>(el, `[part="${part}"]`)!;
export const radios = (el: IptProblemAreaQuiz) => qa<HTMLInputElement>(el, 'input[type="radio"]');

export async function click(el: IptProblemAreaQuiz, part: string) {
  button(el, part).click();
  await el.updateComplete;
}

export async function choose(el: IptProblemAreaQuiz, value: number | 'skip') {
  radios(el).find((r) => r.value === String(value))!.click();
  await el.updateComplete;
}

/** Presses Start, then answers each statement in turn with the given values, pressing Next. */
export async function answerAll(el: IptProblemAreaQuiz, values: readonly (number | 'skip')[], count = values.length) {
  await click(el, 'start-button');
  for (let i = 0; i < count; i++) {
    await choose(el, values[i]!);
    await click(el, 'next-button');
  }
}
