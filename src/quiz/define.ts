import '../hydrate-support.js'; // first: before Lit loads
import '../crisis-help/define.js';
import { define } from '../define.js';
import { IptProblemAreaQuiz, type IptQuizCompleteDetail, type IptQuizStartDetail } from './quiz.js';

define('ipt-problem-area-quiz', IptProblemAreaQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-problem-area-quiz': IptProblemAreaQuiz;
  }
  interface HTMLElementEventMap {
    'ipt-quiz-start': CustomEvent<IptQuizStartDetail>;
    'ipt-quiz-complete': CustomEvent<IptQuizCompleteDetail>;
  }
}

export { IptProblemAreaQuiz };
export type { IptQuizCompleteDetail, IptQuizStartDetail };
