/**
 * React 19 JSX types for the ipt-widgets elements. Types only: nothing here runs, and React is
 * never imported at run time.
 *
 * ```ts
 * import 'ipt-widgets';                  // registers the elements
 * import type {} from 'ipt-widgets/react'; // or: /// <reference types="ipt-widgets/react" />
 * ```
 *
 * Attributes are the kebab-case HTML attributes (values are strings on the element; numbers are
 * accepted where React writes them as text). Events use React 19's custom-element convention:
 * a prop named `on` + the exact event name (`onipt-quiz-complete`) becomes
 * `addEventListener('ipt-quiz-complete', handler)`.
 *
 * TypeScript never reports an unknown JSX attribute whose name contains a hyphen (it treats it
 * like `data-*`), so a misspelled kebab-case attribute or event prop is not caught. Values of the
 * attributes declared here are checked.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CrisisRegion } from '../content/types.js';
import type { IptExplainer, SectionToggleDetail } from '../explainer/explainer.js';
import type { IptProblemAreaQuiz, IptQuizCompleteDetail, IptQuizStartDetail } from '../quiz/quiz.js';
import type { ChecklistChangeDetail, IptSelfcareChecklist } from '../checklist/checklist.js';
import type { IptCrisisHelp } from '../crisis-help/crisis-help.js';
import type { IptProvider } from '../provider/provider.js';

export type { ChecklistChangeDetail, IptQuizCompleteDetail, IptQuizStartDetail, SectionToggleDetail };

/** `heading-level`: 1 to 6, as text or a number. */
export type HeadingLevelValue = 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';

/** `color-scheme`: light, dark, or auto (follows the device). */
export type ColorSchemeValue = 'light' | 'dark' | 'auto';

/** An `ipt-*` event handler prop: the event is a `CustomEvent` with the element's typed detail. */
export type IptEventHandler<Detail> = (event: CustomEvent<Detail>) => void;

/** Props every React element accepts (`className`, `id`, `style`, `ref`, `children`, `onClick`, ...), plus `class`. */
type Base<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & {
  /** React 19 writes `class` (like `className`) to the element's class attribute. */
  class?: string;
} & Own;

/** Attributes shared by the widgets. */
interface WidgetAttributes {
  /** Region code for the crisis lines; unset shows every region (or the provider's region). */
  region?: CrisisRegion;
  /** Colour scheme; falls back to the provider's, then to the device's. */
  'color-scheme'?: ColorSchemeValue;
}

export interface IptExplainerProps extends WidgetAttributes {
  /** Level of the top heading; section headings are one level below. Default 2. */
  'heading-level'?: HeadingLevelValue;
  /** Section ids to show, in order, separated by spaces or commas (what, how-it-helps, ...). Default: all. */
  sections?: string;
  /** `accordion` (the default) or `expanded`. */
  layout?: 'accordion' | 'expanded';
  /** Section ids open at start in the accordion, separated by spaces or commas. */
  open?: string;
  /** A person opened or closed a section. */
  'onipt-section-toggle'?: IptEventHandler<SectionToggleDetail>;
}

export interface IptProblemAreaQuizProps extends WidgetAttributes {
  /** Level of the top heading; inner headings go one level down. Default 2. */
  'heading-level'?: HeadingLevelValue;
  /** Link to a page about IPT, shown with the themes; http(s) or relative URLs only. */
  'explainer-href'?: string;
  /** `session` keeps the step and answers in this tab until finished; `none` (the default) keeps nothing. */
  persist?: 'none' | 'session';
  /** Lets `onipt-quiz-complete` receive the themes shown (never the answers); the person is told. Off by default. */
  'share-results'?: boolean;
  /** The person pressed Start. */
  'onipt-quiz-start'?: IptEventHandler<IptQuizStartDetail>;
  /** The last statement was answered: `{ shared: false }`, or with `share-results` the scores and themes shown; never the answers. */
  'onipt-quiz-complete'?: IptEventHandler<IptQuizCompleteDetail>;
}

export interface IptSelfcareChecklistProps extends WidgetAttributes {
  /** Level of the top heading; group headings are one level below. Default 2. */
  'heading-level'?: HeadingLevelValue;
  /** Names this checklist's saved data (letters, digits, `.`, `_`, `-`; up to 64 characters). */
  'storage-key'?: string;
  /** `local` (the default) saves ticks in this browser; `none` keeps them in memory only. */
  persist?: 'local' | 'none';
  /** `weekly` clears the ticks every Monday (own steps stay); `none` (the default) never does. */
  reset?: 'weekly' | 'none';
  /** A step was ticked or unticked, added or removed, or the ticks were cleared. */
  'onipt-checklist-change'?: IptEventHandler<ChecklistChangeDetail>;
}

export interface IptCrisisHelpProps extends WidgetAttributes {
  /** Level of the heading, so the box fits the page's outline. */
  'heading-level'?: HeadingLevelValue;
}

export interface IptProviderProps {
  /** Content language for the widgets inside (only `en` ships today). */
  locale?: 'en';
  /** Region code for the crisis lines of every widget inside. */
  region?: CrisisRegion;
  /** Colour scheme for every widget inside. */
  'color-scheme'?: ColorSchemeValue;
}

declare module 'react' {
  // React's own types declare JSX as a namespace; an augmentation has to match it.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ipt-explainer': Base<IptExplainer, IptExplainerProps>;
      'ipt-problem-area-quiz': Base<IptProblemAreaQuiz, IptProblemAreaQuizProps>;
      'ipt-selfcare-checklist': Base<IptSelfcareChecklist, IptSelfcareChecklistProps>;
      'ipt-crisis-help': Base<IptCrisisHelp, IptCrisisHelpProps>;
      'ipt-provider': Base<IptProvider, IptProviderProps>;
    }
  }
}
