import type { IptSelfcareChecklist, ChecklistChangeDetail } from "../checklist/checklist.js";
import type { IptCrisisHelp } from "../crisis-help/crisis-help.js";
import type { IptExplainer, SectionToggleDetail } from "../explainer/explainer.js";
import type { IptProvider } from "../provider/provider.js";
import type { IptQuickExit, IptQuickExitDetail } from "../quick-exit/quick-exit.js";
import type { IptProblemAreaQuiz, IptPlanAddDetail, IptQuizStartDetail, IptQuizCompleteDetail } from "../quiz/quiz.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type IptSelfcareChecklistProps = {
  /** Names this checklist's saved data (letters, digits, `.`, `_`, `-`; up to 64), so two checklists on one site never collide. */
  "storage-key"?: IptSelfcareChecklist["storageKey"];
  /** `local` (the default) saves ticks in this browser's localStorage; `none`, or any other value, keeps them in memory only. */
  persist?: IptSelfcareChecklist["persist"];
  /** `weekly` clears the ticks every Monday at 00:00 local time (own steps stay); `none` never does. */
  reset?: IptSelfcareChecklist["reset"];
  /** Level (1-6) of the element's top heading; inner headings go one level down. Default 2. */
  "heading-level"?: IptSelfcareChecklist["headingLevel"];
  /** Region code for crisis lines. Falls back to the provider's region; unset lists every region. */
  region?: IptSelfcareChecklist["region"];
  /** Colour scheme: `auto` follows the device. Falls back to the provider's. */
  "color-scheme"?: IptSelfcareChecklist["colorScheme"];
  /** The clock used for the weekly reset and backup names; replace it to control time in tests. */
  now?: IptSelfcareChecklist["now"];
  /** When the person ticks or unticks a step, adds or removes an own step, or clears the ticks. */
  "onipt-checklist-change"?: (e: CustomEvent<ChecklistChangeDetail>) => void;
};

export type IptCrisisHelpProps = {
  /** Level (1-6) of the element's top heading; inner headings go one level down. Default 2. */
  "heading-level"?: IptCrisisHelp["headingLevel"];
  /** Region code for crisis lines. Falls back to the provider's region; unset lists every region. */
  region?: IptCrisisHelp["region"];
  /** Colour scheme: `auto` follows the device. Falls back to the provider's. */
  "color-scheme"?: IptCrisisHelp["colorScheme"];
  /** Content overrides handed down by the widget that shows this box, so its local crisis lines appear here. */
  overrides?: IptCrisisHelp["overrides"];
};

export type IptExplainerProps = {
  /** Section ids to show, in this order, separated by spaces or commas. Default: all. */
  sections?: IptExplainer["sections"];
  /** `accordion` (one disclosure per section, the first open) or `expanded` (everything open). */
  layout?: IptExplainer["layout"];
  /** Section ids open at start in the accordion, separated by spaces or commas. Default: the first. */
  open?: IptExplainer["open"];
  /** The title's text, in place of the default ("Interpersonal therapy (IPT) for depression"). Always shown as text. */
  heading?: IptExplainer["heading"];
  /** Leaves the title out, for a page whose own heading already says it; section headings then take `heading-level`. */
  "no-heading"?: IptExplainer["noHeading"];
  /** Level (1-6) of the element's top heading; inner headings go one level down. Default 2. */
  "heading-level"?: IptExplainer["headingLevel"];
  /** Region code for crisis lines. Falls back to the provider's region; unset lists every region. */
  region?: IptExplainer["region"];
  /** Colour scheme: `auto` follows the device. Falls back to the provider's. */
  "color-scheme"?: IptExplainer["colorScheme"];

  /** When a person opens or closes a section; `detail` is `{ id, open }`. */
  "onipt-section-toggle"?: (e: CustomEvent<SectionToggleDetail>) => void;
};

export type IptProviderProps = {
  /** Language for the widgets inside whose own `lang` is unset (`es`, `es-MX`; English when no pack has it). */
  locale?: IptProvider["locale"];
  /** Region code for crisis lines in the widgets inside. */
  region?: IptProvider["region"];
  /** Colour scheme for the widgets inside: `auto` follows the device. */
  "color-scheme"?: IptProvider["colorScheme"];
};

export type IptQuickExitProps = {
  /** The neutral page to leave for: an absolute http(s) address. Default `https://www.google.com/`. */
  href?: IptQuickExit["href"];
  /** Level (1-6) of the element's top heading; inner headings go one level down. Default 2. */
  "heading-level"?: IptQuickExit["headingLevel"];
  /** Region code for crisis lines. Falls back to the provider's region; unset lists every region. */
  region?: IptQuickExit["region"];
  /** Colour scheme: `auto` follows the device. Falls back to the provider's. */
  "color-scheme"?: IptQuickExit["colorScheme"];

  /** Just before leaving, after the page is covered; detail `{ via }` (`button`, `keyboard` or `link`). Not cancelable. */
  "onipt-quick-exit"?: (e: CustomEvent<IptQuickExitDetail>) => void;
};

export type IptProblemAreaQuizProps = {
  /** Link to a page about IPT, shown on the result screen; http(s) or relative URLs only. */
  "explainer-href"?: IptProblemAreaQuiz["explainerHref"];
  /** `session` keeps the step and answers in this tab's sessionStorage until finished; default `none`. */
  persist?: IptProblemAreaQuiz["persist"];
  /** Lets `ipt-quiz-complete` tell this page which themes were shown (never the answers); the person is told on the first and last screens. Off by default. */
  "share-results"?: IptProblemAreaQuiz["shareResults"];
  /** Names this quiz's saved answers and the self-care list its steps are added to (a checklist with the same `storage-key`); letters, digits, `.`, `_`, `-`, up to 64; default `default`. */
  "storage-key"?: IptProblemAreaQuiz["storageKey"];
  /** Level (1-6) of the element's top heading; inner headings go one level down. Default 2. */
  "heading-level"?: IptProblemAreaQuiz["headingLevel"];
  /** Region code for crisis lines. Falls back to the provider's region; unset lists every region. */
  region?: IptProblemAreaQuiz["region"];
  /** Colour scheme: `auto` follows the device. Falls back to the provider's. */
  "color-scheme"?: IptProblemAreaQuiz["colorScheme"];

  /** When the person adds a step to their self-care list; detail `{ storageKey }`, never the step. */
  "onipt-plan-add"?: (e: CustomEvent<IptPlanAddDetail>) => void;
  /** When the person presses Start; detail `{ total }`. */
  "onipt-quiz-start"?: (e: CustomEvent<IptQuizStartDetail>) => void;
  /** When the last statement is answered; detail `{ shared: false }`, or with `share-results` `{ shared: true, scores, top }`; never the answers. */
  "onipt-quiz-complete"?: (e: CustomEvent<IptQuizCompleteDetail>) => void;
};

export type CustomElements = {
  /**
   * Evidence-based self-care steps, ticked and kept on the person's own device.
   * ---
   *
   *
   * ### **Events:**
   *  - **ipt-checklist-change** - When the person ticks or unticks a step, adds or removes an own step, or clears the ticks.
   *
   * ### **CSS Properties:**
   *  - **--ipt-color-accent** - Accent colour for links, buttons, checkboxes and the progress bar. _(default: #1d5e8c)_
   * - **--ipt-color-text** - Text colour. _(default: #1b1f23)_
   * - **--ipt-color-muted** - Colour of secondary text (reasons, sources, counter). _(default: #4a5560)_
   * - **--ipt-color-surface** - Background colour. _(default: #ffffff)_
   * - **--ipt-color-border** - Border colour of groups and the text input. _(default: #8a96a3)_
   * - **--ipt-color-danger** - Colour of error messages and the storage notice. _(default: #a4262c)_
   * - **--ipt-color-focus** - Focus outline colour. _(default: #b34700)_
   * - **--ipt-font-family** - Font family; inherits the page's font by default. _(default: inherit)_
   * - **--ipt-radius** - Corner radius. _(default: 0.5rem)_
   * - **--ipt-space** - Base spacing. _(default: 1rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper around the whole checklist.
   * - **heading** - The top heading.
   * - **crisis-shortcut** - The "Need help now?" link under the heading that moves focus to the crisis lines.
   * - **note** - The note that self-care supports professional care and does not replace it.
   * - **progress** - The progress text and bar.
   * - **progress-bar** - The native progress bar.
   * - **notice** - The notice shown when ticks cannot be saved or saved data could not be read.
   * - **group** - One group of steps (a fieldset).
   * - **group-heading** - The heading inside a group's legend.
   * - **item** - One step: checkbox, label, why and citations.
   * - **label** - The label of a step.
   * - **why** - The one-line reason of a step and its citations.
   * - **citation** - A citation link such as [1]; it leads to the source, and with script to its entry in the sources list.
   * - **remove-button** - The button that removes an own step.
   * - **add-form** - The form that adds an own step.
   * - **input** - The text input for a new own step.
   * - **error** - The error message for a new own step.
   * - **counter** - The character counter for a new own step.
   * - **actions** - The row of Clear, Print, Copy and weekly reminder buttons.
   * - **reminder-form** - The form that picks the day and time of the weekly reminder and saves its calendar file.
   * - **status** - The polite live region with status messages.
   * - **storage-note** - The note on where ticks are kept and how to delete them.
   * - **reviewed** - When the steps were last checked against their sources, and when they are next due.
   * - **sources-toggle** - The summary that opens and closes the numbered sources list (closed at first; it always prints).
   * - **sources** - The numbered list of sources, in the order the checklist first cites them.
   * - **source** - One entry in the sources list: the title, linked to the source, and the publisher.
   * - **dialog** - The confirmation dialog for clearing the ticks.
   * - **dialog-heading** - The heading of the confirmation dialog.
   */
  "ipt-selfcare-checklist": Partial<IptSelfcareChecklistProps & BaseProps & BaseEvents>;

  /**
   * Crisis lines for a region, as call and text links.
   * ---
   *
   *
   * ### **Methods:**
   *  - **focusHeading(): _void_** - Moves focus to the heading and brings the box into view: the target of a widget's "Need help now?" link.
   *
   * ### **CSS Properties:**
   *  - **--ipt-color-danger** - Colour of the left border that marks crisis help. _(default: #a4262c)_
   * - **--ipt-color-accent** - Colour of the call and text links. _(default: #1d5e8c)_
   * - **--ipt-radius** - Corner radius of the box and links. _(default: 0.5rem)_
   * - **--ipt-font-family** - Font family; inherits the page's font by default. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **base** - The outer section.
   * - **heading** - The heading ("Need help now?").
   * - **region** - The block for one region.
   * - **region-heading** - The heading of one region's block.
   * - **resource** - One line in the list.
   * - **link** - A call, text or chat link.
   * - **action** - What to do for a line no browser link can start (a TTY number).
   * - **serves-only** - Which part of the region a line serves ("In Scotland.").
   * - **reviewed** - When the crisis lines were last checked and when they are next due.
   */
  "ipt-crisis-help": Partial<IptCrisisHelpProps & BaseProps & BaseEvents>;

  /**
   * A cited, accessible walk through IPT for depression, as an accordion or one long page.
   * ---
   *
   *
   * ### **Events:**
   *  - **ipt-section-toggle** - When a person opens or closes a section; `detail` is `{ id, open }`.
   *
   * ### **Methods:**
   *  - **isOpen(id: _ExplainerSectionId_): _boolean_** - True when section `id` is open (always, in the expanded layout).
   *
   * ### **CSS Properties:**
   *  - **--ipt-font-family** - Font family; inherits the page's font by default. _(default: inherit)_
   * - **--ipt-font-size** - Base font size; inherits the page's by default. _(default: inherit)_
   * - **--ipt-color-accent** - Colour of links and section buttons. _(default: #1d5e8c)_
   * - **--ipt-color-accent-contrast** - Text on accent backgrounds. _(default: #ffffff)_
   * - **--ipt-color-text** - Body text colour. _(default: #1b1f23)_
   * - **--ipt-color-muted** - Secondary text (timing, "Also called", review date). _(default: #4a5560)_
   * - **--ipt-color-surface** - Background colour. _(default: #ffffff)_
   * - **--ipt-color-border** - Lines between sections and around tables. _(default: #8a96a3)_
   * - **--ipt-color-focus** - Focus outline colour. _(default: #b34700)_
   * - **--ipt-color-text-dark** - Body text colour in a dark colour scheme. _(default: #eef2f6)_
   * - **--ipt-color-surface-dark** - Background colour in a dark colour scheme. _(default: #14191f)_
   * - **--ipt-color-accent-dark** - Links and section buttons in a dark colour scheme. _(default: #8cc8f2)_
   * - **--ipt-color-muted-dark** - Secondary text in a dark colour scheme. _(default: #c2ccd6)_
   * - **--ipt-color-border-dark** - Lines in a dark colour scheme. _(default: #7b8794)_
   * - **--ipt-color-focus-dark** - Focus outline in a dark colour scheme. _(default: #ffb36b)_
   * - **--ipt-radius** - Corner radius of buttons and tables. _(default: 0.5rem)_
   * - **--ipt-space** - Base spacing. _(default: 1rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The outer section around everything.
   * - **heading** - The top heading.
   * - **crisis-shortcut** - The "Need help now?" link under the heading that moves focus to the crisis lines.
   * - **section** - One section (what, how-it-helps, ...).
   * - **section-heading** - A section's heading.
   * - **toggle** - The summary that opens and closes a section, with the section heading inside it (accordion only).
   * - **panel** - A section's content.
   * - **subheading** - A heading inside a section.
   * - **table** - A table (ways IPT may help, methods).
   * - **citation** - A citation link such as [3].
   * - **sources** - The numbered list of sources.
   * - **source** - One entry in the sources list.
   * - **links** - The site's own links, from the `links` content override.
   * - **reviewed** - When the content was last reviewed, and when it is next due.
   * - **crisis** - The crisis help box at the end.
   * - **crisis-link** - The "Get help now" link in the safety note, which moves focus to the crisis lines.
   * - **safety-note** - The note, with the relationship tips, that threats and control are not a clash to talk through.
   */
  "ipt-explainer": Partial<IptExplainerProps & BaseProps & BaseEvents>;

  /**
   * Shared configuration for every ipt widget inside it.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The page content holding the widgets. An optional `<script type="application/json">` child holds content overrides.
   */
  "ipt-provider": Partial<IptProviderProps & BaseProps & BaseEvents>;

  /**
   * A button (and Shift pressed 3 times) that covers the page and leaves it for a neutral one.
   * ---
   *
   *
   * ### **Events:**
   *  - **ipt-quick-exit** - Just before leaving, after the page is covered; detail `{ via }` (`button`, `keyboard` or `link`). Not cancelable.
   *
   * ### **Methods:**
   *  - **exit(via: _QuickExitVia_): _void_** - Covers the page at once, fires `ipt-quick-exit`, and replaces the page with the neutral one.
   * What the button, Shift pressed 3 times and a crisis box's link all do.
   *
   * ### **CSS Properties:**
   *  - **--ipt-color-danger** - Background of the button. _(default: #a4262c)_
   * - **--ipt-color-accent-contrast** - Text of the button. _(default: #ffffff)_
   * - **--ipt-color-surface** - Colour of the cover, and behind the hint and status. _(default: #ffffff)_
   * - **--ipt-color-focus** - Colour of the focus ring. _(default: #b34700)_
   * - **--ipt-radius** - Corner radius of the button. _(default: 0.5rem)_
   * - **--ipt-font-family** - Font family; inherits the page's font by default. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper of the button, hint and status.
   * - **button** - The "Leave this page" link, styled as a button.
   * - **hint** - The keyboard shortcut under the button.
   * - **status** - The polite live region that counts presses of Shift.
   * - **overlay** - The cover over the whole window while the neutral page loads.
   */
  "ipt-quick-exit": Partial<IptQuickExitProps & BaseProps & BaseEvents>;

  /**
   * A private self-reflection on which IPT themes may fit; educational, never a diagnosis.
   * ---
   *
   *
   * ### **Events:**
   *  - **ipt-plan-add** - When the person adds a step to their self-care list; detail `{ storageKey }`, never the step.
   * - **ipt-quiz-start** - When the person presses Start; detail `{ total }`.
   * - **ipt-quiz-complete** - When the last statement is answered; detail `{ shared: false }`, or with `share-results` `{ shared: true, scores, top }`; never the answers.
   *
   * ### **CSS Properties:**
   *  - **--ipt-color-accent** - Accent colour for buttons, links and the progress bar. _(default: #1d5e8c)_
   * - **--ipt-color-border** - Colour of the box and answer borders. _(default: #8a96a3)_
   * - **--ipt-color-danger** - Colour of the error message. _(default: #a4262c)_
   * - **--ipt-color-focus** - Colour of the focus ring. _(default: #b34700)_
   * - **--ipt-radius** - Corner radius. _(default: 0.5rem)_
   * - **--ipt-space** - Base spacing. _(default: 1rem)_
   * - **--ipt-font-family** - Font family; inherits the page's font by default. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **base** - The outer section.
   * - **heading** - The top heading.
   * - **card** - The box that holds the current screen.
   * - **intro** - The intro screen.
   * - **site-intro** - The site's own intro line, from the `quizIntro` content override.
   * - **stop-note** - The note to stop if answering feels upsetting.
   * - **start-button** - The Start button.
   * - **needs-script** - Shown instead of Start until the element is defined (server-rendered, scripts off).
   * - **question** - The question screen.
   * - **restored** - The note that earlier answers came back from this tab.
   * - **counter** - The "Question N of M" text.
   * - **progress** - The progress bar.
   * - **fieldset** - The group of answers for one statement.
   * - **statement** - The statement heading.
   * - **answers** - The list of answer options.
   * - **answer** - One answer option (radio and label).
   * - **error** - The message shown when Next is pressed without an answer.
   * - **actions** - A row of buttons.
   * - **back-button** - The Back button.
   * - **next-button** - The Next button.
   * - **stop** - The stop note and Stop button on question screens.
   * - **stop-button** - The Stop button.
   * - **result** - The result screen.
   * - **result-heading** - The result heading.
   * - **not-diagnosis** - The "not a diagnosis" note on the result screen.
   * - **theme** - One theme that may fit.
   * - **theme-heading** - The name of a theme.
   * - **several** - The note shown when three or four themes come up.
   * - **shared-note** - With `share-results`, the note that this website can see which themes were shown.
   * - **next-steps** - The next steps on the result screen.
   * - **explainer-link** - The link to the page set by `explainer-href`.
   * - **restart-button** - The Start again button.
   * - **print-button** - The Print or save button.
   * - **copy-button** - The Copy summary button.
   * - **status** - The polite live region for status messages.
   * - **reviewed** - When the content was last checked against its sources, and when it is next due.
   * - **crisis-help** - The crisis help box shown on every screen.
   */
  "ipt-problem-area-quiz": Partial<IptProblemAreaQuizProps & BaseProps & BaseEvents>;
};
