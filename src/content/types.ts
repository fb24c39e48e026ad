/**
 * Types for the ipt-widgets content layer.
 *
 * All content is plain, serialisable data (no DOM, no side effects) so it can be
 * imported in Node, in a browser, or in a build step. Every factual sentence
 * carries a non-empty list of {@link SourceId}s, and `SourceId` is derived from
 * the `sources` object, so a mistyped citation id is a type error.
 */
import type { SourceId } from './sources.js';
import type {
  AreaId,
  CombinedTreatmentId,
  CrisisLineId,
  CrisisRegion,
  EvidenceId,
  PhaseId,
  QuizStatementId,
  RelationshipTipId,
  SelfCareGroupId,
  SelfCareItemId,
} from './ids.js';
import type { Plural } from '../shared/format.js';
import type { QuizUiStrings } from './en/quiz-ui.js';

export type { Source, SourceId } from './sources.js';
export type {
  AreaId,
  CombinedTreatmentId,
  CrisisLineId,
  CrisisRegion,
  EvidenceId,
  PhaseId,
  QuizStatementId,
  RelationshipTipId,
  SelfCareGroupId,
  SelfCareItemId,
} from './ids.js';

/** A non-empty, read-only list of citations. */
export type Citations = readonly [SourceId, ...SourceId[]];

/** One paragraph (or list item) of body text with its sources. */
export interface TextBlock {
  readonly text: string;
  readonly cite: Citations;
}

export interface ProblemArea {
  readonly id: AreaId;
  /** Plain name shown as a heading. */
  readonly name: string;
  /** The term clinicians use, shown after the plain name. */
  readonly clinicalName: string;
  /** Plain description of the area. */
  readonly summary: TextBlock;
  /** Common situations that fit this area. */
  readonly situations: readonly TextBlock[];
  /** What IPT works on in this area, and how. */
  readonly focus: readonly TextBlock[];
}

export interface Technique {
  readonly name: string;
  readonly text: string;
  readonly cite: Citations;
}

export interface Phase {
  readonly id: PhaseId;
  readonly name: string;
  /** Rough timing, e.g. "About sessions 1 to 4". */
  readonly when: string;
  readonly happens: readonly TextBlock[];
  /** What the therapist looks at (first sessions only). */
  readonly assess?: readonly TextBlock[];
  readonly goals?: readonly TextBlock[];
  /** Rows for a techniques table (middle phase). */
  readonly techniques?: readonly Technique[];
}

/** A row of the "how IPT may help" table. */
export interface WaysItem {
  /** `idea`: a mechanism researchers propose (not proven). `aim`: a stated goal of IPT. */
  readonly kind: 'idea' | 'aim';
  readonly way: string;
  /** What it means, in plain words. */
  readonly means: string;
  readonly cite: Citations;
}

export interface EvidenceItem {
  readonly id: EvidenceId;
  /** Short label for the study or review. */
  readonly label: string;
  readonly finding: string;
  readonly limits: string;
  readonly cite: Citations;
}

export interface CombinedTreatment {
  readonly id: CombinedTreatmentId;
  readonly name: string;
  readonly text: string;
  readonly cite: Citations;
}

export interface SelfCareGroup {
  readonly id: SelfCareGroupId;
  readonly name: string;
}

export interface SelfCareItem {
  /** Stable kebab-case id, also the key of stored ticks. */
  readonly id: SelfCareItemId;
  readonly group: SelfCareGroupId;
  readonly label: string;
  /** One line on why it may help, or who recommends it. */
  readonly why: string;
  readonly cite: Citations;
}

export interface RelationshipTip {
  readonly id: RelationshipTipId;
  readonly text: string;
  readonly cite: Citations;
}

export interface CoreConcept {
  readonly id: 'here-and-now' | 'both-ways' | 'time-limit' | 'sick-role' | 'one-focus';
  readonly name: string;
  readonly blocks: readonly TextBlock[];
}

export interface QuizStatement {
  readonly id: QuizStatementId;
  /** First-person statement, one thing at a time, starting with the quiz's one time frame ("Lately"). */
  readonly text: string;
  /** 1 for the main area; 0 or a small weight (e.g. 0.25) for the others. */
  readonly weights: Readonly<Record<AreaId, number>>;
}

export interface QuizAnswerOption {
  readonly value: number;
  readonly label: string;
}

export interface QuizContent {
  /** Learning-only disclaimer and instructions, shown before the statements. */
  readonly intro: readonly TextBlock[];
  /** Shown before and during the quiz: stop if you feel upset. */
  readonly stopNote: TextBlock;
  readonly answers: readonly QuizAnswerOption[];
  /** A last option on every statement ("I'd rather not say"); scoring treats it as no answer. */
  readonly skipLabel: string;
  readonly statements: readonly QuizStatement[];
  /** Shown with the themes at the end: these are not results or scores. */
  readonly resultNote: TextBlock;
  /** Shown when three or four themes come up: a stronger nudge to talk to someone. */
  readonly severalNote: TextBlock;
}

/** How a person reaches a crisis line. `emergency` is a call to an emergency number. */
export type CrisisKind = 'call' | 'text' | 'emergency' | 'tty' | 'online';

interface CrisisLineBase {
  /** Stable kebab-case id, unique across regions. */
  readonly id: CrisisLineId;
  readonly name: string;
  /**
   * What to do, as shown and read out: "Call 000 (Triple Zero)". For phone lines it always contains
   * `number` (a content test checks), so a person sees the digits before they act.
   */
  readonly action: string;
  /**
   * The part of the region this line serves (a nation, or a group of people); absent when it serves
   * all of it. Not scored for readability: it is mostly names of places and peoples.
   */
  readonly servesOnly?: string;
  readonly note?: string;
  readonly cite: Citations;
}

/** A line reached by phone: a call, a text, or (for `tty`) a textphone, which no browser link can start. */
export interface CrisisPhoneLine extends CrisisLineBase {
  readonly kind: 'call' | 'text' | 'emergency' | 'tty';
  /** Number as shown to the reader. */
  readonly number: string;
  /** Digits only, for `tel:` and `sms:` links. */
  readonly dial: string;
  /** Text lines only: the word to send, pre-filled in the message where the phone allows. */
  readonly keyword?: string;
}

/** A chat or video service: a plain link to the provider's own page. The widget itself requests nothing. */
export interface CrisisOnlineLine extends CrisisLineBase {
  readonly kind: 'online';
  readonly href: `https://${string}`;
}

export type CrisisResource = CrisisPhoneLine | CrisisOnlineLine;

export interface CrisisRegionInfo {
  readonly region: CrisisRegion;
  readonly label: string;
  readonly resources: readonly CrisisResource[];
}

export interface CrisisContent {
  readonly heading: string;
  readonly intro: readonly string[];
  readonly regions: readonly CrisisRegionInfo[];
  /** Shown for everyone, wherever they are. */
  readonly generalLine: string;
  /** Where the crisis list came from (including design notes). Data only. */
  readonly cite: readonly SourceId[];
  /** Crisis lines change often: checked at most six months apart (a test fails once this is overdue). */
  readonly review: Review;
}

export type IsoDate = `${number}-${number}-${number}`;

/** When content was last checked against its sources, and when it must be checked again. */
export interface Review {
  readonly lastReviewed: IsoDate;
  readonly nextReviewDue: IsoDate;
}

export interface WhatContent {
  /** First blocks: define "interpersonal" and "depression". */
  readonly intro: readonly TextBlock[];
  readonly origin: readonly TextBlock[];
  readonly format: readonly TextBlock[];
  readonly whoDelivers: readonly TextBlock[];
}

export interface HowItHelpsContent {
  readonly intro: readonly TextBlock[];
  readonly rows: readonly WaysItem[];
}

export interface ProblemAreasContent {
  readonly intro: readonly TextBlock[];
  readonly areas: readonly ProblemArea[];
}

export interface ProcessContent {
  readonly intro: readonly TextBlock[];
  readonly phases: readonly Phase[];
  /** Staying well after IPT ends (maintenance). */
  readonly maintenance: readonly TextBlock[];
}

export interface EvidenceContent {
  readonly intro: readonly TextBlock[];
  readonly items: readonly EvidenceItem[];
  /** Balance: not everyone improves; results are group averages. */
  readonly balance: readonly TextBlock[];
}

export interface CombiningContent {
  readonly intro: readonly TextBlock[];
  readonly items: readonly CombinedTreatment[];
}

export interface SelfCareContent {
  readonly intro: readonly TextBlock[];
  /** Self-care supports professional care and does not replace it. */
  readonly note: string;
  readonly groups: readonly SelfCareGroup[];
  readonly items: readonly SelfCareItem[];
}

export interface RelationshipsContent {
  readonly intro: readonly TextBlock[];
  /**
   * Safety wording shown with the tips, beside a link to the crisis lines: abuse is not a clash to
   * talk through. Not a health claim, so it carries no citation (like the crisis box's own words).
   */
  readonly safetyNote: string;
  readonly tips: readonly RelationshipTip[];
}

export type SectionId =
  | 'what'
  | 'howItHelps'
  | 'coreConcepts'
  | 'problemAreas'
  | 'process'
  | 'evidence'
  | 'combining'
  | 'selfCare'
  | 'relationships'
  | 'quiz'
  | 'crisis'
  | 'sources';

/** Short interface strings (labels, table headers). Not scored for readability. */
export interface UiStrings {
  readonly sources: string;
  readonly lastReviewed: string;
  readonly nextReviewDue: string;
  readonly notDiagnosis: string;
  readonly waysTable: { readonly caption: string; readonly kind: string; readonly way: string; readonly means: string; readonly idea: string; readonly aim: string };
  readonly techniquesTable: { readonly caption: string; readonly name: string; readonly text: string };
  readonly evidenceTable: { readonly caption: string; readonly label: string; readonly finding: string; readonly limits: string };
  readonly phase: { readonly happens: string; readonly assess: string; readonly goals: string; readonly techniques: string };
  readonly area: { readonly situations: string; readonly focus: string; readonly alsoCalled: string };
  readonly quiz: { readonly start: string; readonly next: string; readonly back: string; readonly stop: string; readonly restart: string; readonly themesHeading: string };
  readonly selfCare: { readonly checked: string; readonly reset: string };
  readonly crisis: {
    readonly chooseRegion: string;
    readonly call: string;
    readonly text: string;
    /** The link at the top of a long widget that jumps to its crisis lines. */
    readonly shortcut: string;
    /** A link in running text that moves to the widget's crisis lines. */
    readonly getHelpNow: string;
  };
}

/**
 * Words of the one-page summary a person can print or save for an appointment, from the quiz's
 * result and from the checklist. A part of its own, like the quick exit's words, so a site's pack
 * without it still translates everything else. `{date}` is filled in by the widget.
 */
export interface SummaryUiStrings {
  /** The button that prints the summary. */
  readonly print: string;
  /** The button that saves it as a file made in the browser. */
  readonly save: string;
  /** Said after saving. */
  readonly saved: string;
  /** Said when the browser could not make the file or print it; nothing is lost. */
  readonly failed: string;
  /** In the quiz, beside each theme: keep this theme in the summary. */
  readonly keepTheme: string;
  /** The summary's title. */
  readonly title: string;
  /** "Made on {date}". */
  readonly madeOn: string;
  /** In notes from the quiz: what the quiz was, and that it is not a diagnosis. */
  readonly intro: string;
  readonly themesHeading: string;
  /** When the person kept no theme (or the summary comes from the checklist). */
  readonly noThemes: string;
  readonly stepsHeading: string;
  /** When no step is ticked or added yet. */
  readonly noSteps: string;
  /** Heading over blank lines for the person's own questions. */
  readonly questionsHeading: string;
  readonly crisisHeading: string;
  /** The file's name, without the date and extension: "appointment-notes". Letters, digits and hyphens. */
  readonly fileName: string;
}

/**
 * Interface words of `<ipt-quick-exit>` and of the small link to it in every crisis box; `{count}`
 * is filled in by the element. Kept as a part of its own, so a site's pack without it still
 * translates everything else (only these words then show in English).
 */
export interface QuickExitUiStrings {
  /** The button (a link to the neutral page) that leaves at once. */
  readonly button: string;
  /** Under the button: the keyboard shortcut. */
  readonly hint: string;
  /** Said and shown after each press of Shift: "Shift pressed {count} of 3 times". */
  readonly pressed: string;
  /** Said and shown when the count goes back to 0 (time ran out, or another key was pressed). */
  readonly reset: string;
  /** On the cover while the neutral page loads. */
  readonly leaving: string;
  /** The small link in every widget's crisis box, shown when the page has an `<ipt-quick-exit>`. */
  readonly link: string;
}

/** Interface words of the explainer; `{number}` and `{title}` are filled in by the element. */
export interface ExplainerUiStrings {
  readonly title: string;
  readonly what: { readonly origin: string; readonly format: string; readonly whoDelivers: string };
  readonly process: { readonly phases: string; readonly maintenance: string };
  readonly evidence: { readonly balance: string };
  readonly citation: string;
  readonly doi: string;
  readonly siteLinks: string;
}

/** Interface words of the checklist; `{placeholders}` are filled in by the element. */
export interface ChecklistUiStrings {
  readonly progress: string;
  /** Accessible name of a citation link such as "[3]": `{number}` and the source's `{title}`. */
  readonly citation: string;
  /** Heading of the numbered list of sources at the end of the checklist. */
  readonly sourcesHeading: string;
  /** Heading of the steps a person added from the quiz (shown only when there are some). */
  readonly planHeading: string;
  readonly ownHeading: string;
  readonly ownEmpty: string;
  readonly addLabel: string;
  readonly addHint: string;
  readonly addButton: string;
  readonly counter: string;
  readonly counterOver: Plural;
  readonly errorPrefix: string;
  readonly errorEmpty: string;
  readonly errorTooLong: string;
  readonly errorTooMany: string;
  readonly remove: string;
  readonly added: string;
  readonly removed: string;
  readonly actionsLabel: string;
  readonly clear: string;
  readonly clearTitle: string;
  readonly clearBody: string;
  readonly clearBodyBackup: string;
  readonly clearConfirm: string;
  readonly cancel: string;
  readonly cleared: string;
  readonly print: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly copyDone: string;
  readonly copyNotDone: string;
  readonly storedNote: string;
  readonly memoryNote: string;
  readonly weeklyNote: string;
  readonly weekCleared: string;
  readonly cannotSave: string;
  readonly corrupt: string;
  readonly corruptKept: string;
  readonly printDone: string;
  /** The button that opens the weekly reminder form. */
  readonly reminderButton: string;
  readonly reminderHeading: string;
  readonly reminderHint: string;
  readonly reminderDay: string;
  readonly reminderTime: string;
  readonly reminderSave: string;
  readonly reminderTimeError: string;
  readonly reminderSaved: string;
  readonly reminderFailed: string;
  /** The calendar event's title. It shows on lock screens and shared calendars: keep it neutral. */
  readonly reminderSummary: string;
  /** The calendar event's notes: no health claim, and nothing from the person's list. */
  readonly reminderDescription: string;
}

/** Everything the widgets need, in one object. */
export interface IptContent {
  readonly lang: string;
  readonly sectionTitles: Readonly<Record<SectionId, string>>;
  readonly ui: UiStrings;
  readonly what: WhatContent;
  readonly howItHelps: HowItHelpsContent;
  readonly coreConcepts: readonly CoreConcept[];
  readonly problemAreas: ProblemAreasContent;
  readonly process: ProcessContent;
  readonly evidence: EvidenceContent;
  readonly combining: CombiningContent;
  readonly selfCare: SelfCareContent;
  readonly relationships: RelationshipsContent;
  readonly quiz: QuizContent;
  readonly crisis: CrisisContent;
  readonly review: Review;
}

/**
 * One language's complete content: everything in {@link IptContent} plus each widget's interface
 * words. Every language satisfies this one type, so every locale has the same ids and the same
 * shape; a content test also checks each has the same citations as English.
 */
export interface LocaleContent extends IptContent {
  /** BCP 47 primary language subtag of this pack: `en`, `es`. */
  readonly lang: string;
  /** Writing direction of the language. */
  readonly dir: 'ltr' | 'rtl';
  readonly explainerUi: ExplainerUiStrings;
  readonly quizUi: QuizUiStrings;
  readonly checklistUi: ChecklistUiStrings;
  readonly quickExitUi: QuickExitUiStrings;
  readonly summaryUi: SummaryUiStrings;
  readonly dates: DateWords;
}

/**
 * How the language writes a calendar date ("Last reviewed: November 30, 2026"), so a widget need not
 * make an Intl date formatter: the first one on a page costs about 15-20 ms of main thread. A pack
 * without this part leaves dates to the browser's Intl, in its own language.
 */
export interface DateWords {
  /** The months' names, January first, as they read inside a date. */
  readonly months: readonly string[];
  /** A long date with `{day}`, `{month}` and `{year}`: "{month} {day}, {year}". */
  readonly long: string;
}
