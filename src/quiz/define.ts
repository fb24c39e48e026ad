import { define } from '../define.js';
import { IptProblemAreaQuiz } from './quiz.js';

define('ipt-problem-area-quiz', IptProblemAreaQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-problem-area-quiz': IptProblemAreaQuiz;
  }
}

export { IptProblemAreaQuiz };
