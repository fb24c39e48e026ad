import '../hydrate-support.js'; // first: before Lit loads
import '../crisis-help/define.js';
import { define } from '../define.js';
import { IptProblemAreaQuiz, type IptPlanAddDetail, type IptQuizCompleteDetail, type IptQuizStartDetail } from './quiz.js';

define('ipt-problem-area-quiz', IptProblemAreaQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-problem-area-quiz': IptProblemAreaQuiz;
  }
  interface HTMLElementEventMap {
    'ipt-quiz-start': CustomEvent<IptQuizStartDetail>;
    'ipt-quiz-complete': CustomEvent<IptQuizCompleteDetail>;
    'ipt-plan-add': CustomEvent<IptPlanAddDetail>;
  }
}

export { IptProblemAreaQuiz };
export type { IptPlanAddDetail, IptQuizCompleteDetail, IptQuizStartDetail };
