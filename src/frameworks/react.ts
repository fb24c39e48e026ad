/**
 * React 19 JSX types for the ipt-widgets elements. Types only: nothing here runs, and React is
 * never imported at run time.
 *
 * ```ts
 * import 'ipt-widgets';                  // registers the elements
 * import type {} from 'ipt-widgets/react'; // or: /// <reference types="ipt-widgets/react" />
 * ```
 *
 * The element props come from `custom-elements-jsx.ts`, generated from custom-elements.json by
 * custom-element-jsx-integration: every attribute with its allowed values, and `on` + the exact
 * event name (`onipt-quiz-complete`) with its typed detail, which React 19 turns into
 * `addEventListener('ipt-quiz-complete', handler)`. React's own props (`className`, `style`, `ref`,
 * `onClick`, ...) come from React.
 *
 * TypeScript never reports an unknown JSX attribute whose name contains a hyphen (it treats it
 * like `data-*`), so a misspelled kebab-case attribute or event prop is not caught. Values of the
 * attributes declared here are checked.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CustomElements } from './custom-elements-jsx.js';
import type { IptExplainer, SectionToggleDetail } from '../explainer/explainer.js';
import type { IptProblemAreaQuiz, IptQuizCompleteDetail, IptQuizStartDetail } from '../quiz/quiz.js';
import type { ChecklistChangeDetail, IptSelfcareChecklist } from '../checklist/checklist.js';
import type { IptCrisisHelp } from '../crisis-help/crisis-help.js';
import type { IptProvider } from '../provider/provider.js';
import type { IptQuickExit, IptQuickExitDetail } from '../quick-exit/quick-exit.js';

export type { ChecklistChangeDetail, IptQuickExitDetail, IptQuizCompleteDetail, IptQuizStartDetail, SectionToggleDetail };

/** React's props for the element (a typed `ref` among them), then the element's own attributes and events. */
type ReactProps<Tag extends keyof CustomElements, E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Omit<CustomElements[Tag], keyof DetailedHTMLProps<HTMLAttributes<E>, E>> & {
    /** React 19 writes `class` (like `className`) to the element's class attribute. */
    class?: string;
  };

declare module 'react' {
  // React's own types declare JSX as a namespace; an augmentation has to match it.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ipt-explainer': ReactProps<'ipt-explainer', IptExplainer>;
      'ipt-problem-area-quiz': ReactProps<'ipt-problem-area-quiz', IptProblemAreaQuiz>;
      'ipt-selfcare-checklist': ReactProps<'ipt-selfcare-checklist', IptSelfcareChecklist>;
      'ipt-crisis-help': ReactProps<'ipt-crisis-help', IptCrisisHelp>;
      'ipt-provider': ReactProps<'ipt-provider', IptProvider>;
      'ipt-quick-exit': ReactProps<'ipt-quick-exit', IptQuickExit>;
    }
  }
}
