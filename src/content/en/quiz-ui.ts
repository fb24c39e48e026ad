/**
 * Interface text for <ipt-problem-area-quiz> beyond `en.ui.quiz`: labels, status messages and
 * short headings. No health facts live here; those come from `en.quiz` and `en.problemAreas`.
 */
import type { Template } from '../../shared/format.js';

export interface QuizUiStrings {
  /** How long it takes and how many sentences there are: `{count}`. */
  readonly length: Template;
  /** Privacy note when answers stay in memory only. */
  readonly privacyMemory: string;
  /** Privacy note when `persist="session"` keeps answers in this browser tab. */
  readonly privacySession: string;
  /** With `share-results`: the site can see which themes were shown, never the answers. */
  readonly sharedNote: string;
  /** Shown on a question when answers came back from this tab's storage. */
  readonly restored: string;
  /** "Question 3 of 16": `{n}` and `{total}`. */
  readonly questionOf: Template;
  /** Read before the error by screen readers only. */
  readonly errorPrefix: string;
  /** Shown when Next is pressed without an answer. */
  readonly errorNoAnswer: string;
  /** Heading when no theme reaches the threshold. */
  readonly noneHeading: string;
  readonly noneText: string;
  /** Said when no theme stands out, so the result never reads as "you are fine". */
  readonly noneStillMatters: string;
  readonly nextStepsHeading: string;
  /** A suggestion to talk it through with a professional. */
  readonly talkToSomeone: string;
  readonly explainerLink: string;
  readonly print: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly stopped: string;
  readonly restarted: string;
  /** Shown in place of Start where the page cannot run scripts. */
  readonly needsScript: string;
  /** Heading over the steps offered with each theme. */
  readonly planHeading: string;
  /** Said above the steps: where an added step goes, and that nothing leaves the device. */
  readonly planNote: string;
  /** The button that adds a step to the self-care list. */
  readonly planAdd: string;
  /** The same button once the step is on the list. */
  readonly planAdded: string;
  /** Announced after adding a step: `{step}`. */
  readonly planAddedSay: Template;
  /** When a step could not be added (no storage, a fault, or data this version must not change). */
  readonly planNotSaved: string;
  /** Link text for a step's source; its accessible name adds the source's title. */
  readonly planSource: string;
}

export const quizUi: QuizUiStrings = {
  length: 'It takes about two minutes. There are {count} short sentences.',
  privacyMemory:
    'Your answers stay on this page. They are not sent or saved anywhere. They are gone when you leave or reload the page.',
  privacySession:
    'Your answers stay on this device. They are not sent anywhere. This browser tab keeps them until you finish, start again or close the tab.',
  sharedNote: 'This website can see which themes come up at the end, and how strongly. It cannot see your answers.',
  restored: 'Your earlier answers from this tab are still here.',
  questionOf: 'Question {n} of {total}',
  errorPrefix: 'Error:',
  errorNoAnswer: 'Choose one answer before you go on.',
  noneHeading: 'No single theme stands out',
  noneText: 'Your answers do not point to one theme more than the others.',
  noneStillMatters: 'How you feel still matters.',
  nextStepsHeading: 'Next steps',
  talkToSomeone: 'You could talk about how you feel with a doctor or therapist.',
  explainerLink: 'Read more about IPT and its themes',
  print: 'Print or save',
  copy: 'Copy summary',
  copied: 'Summary copied. You can paste it where you like.',
  copyFailed: 'Could not copy the summary. You can use Print or save instead.',
  stopped: 'You stopped. Your answers are cleared.',
  restarted: 'Your answers are cleared. You can start again.',
  needsScript: 'To answer the quiz, this page needs JavaScript turned on. The crisis help below works without it.',
  planHeading: 'Steps you could try',
  planNote: 'You can add a step to your self-care list. It is kept on this device only and is not sent anywhere.',
  planAdd: 'Add to my self-care list',
  planAdded: 'On your self-care list',
  planAddedSay: 'Added to your self-care list: {step}',
  planNotSaved: 'This step could not be added, because this browser is not saving the list right now. Nothing on your list was lost.',
  planSource: 'Source',
};
