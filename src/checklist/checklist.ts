import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { baseStyles } from '../styles/tokens.js';
import { citationStyles } from '../styles/citations.js';
// Only the modules this element shows, so its own entry does not carry the whole explainer.
import { sectionTitles } from '../content/en/section-titles.js';
import { selfCare } from '../content/en/self-care.js';
import { checklistUi } from '../content/en/checklist-ui.js';
import { review } from '../content/en/review.js';
import { relationships } from '../content/en/relationships.js';
import { summaryUi } from '../content/en/summary-ui.js';
import { crisis } from '../content/en/crisis.js';
import { stepsInProgress } from './plan-store.js';
import { planStepWords } from '../content/plan.js';
import type { AppointmentNotes } from '../shared/appointment-summary.js';
import { loadNotes, loadReminder, onePressAtATime, outputNotesOnDemand, warmUp } from '../shared/on-demand.js';
import { ui } from '../content/en/ui.js';
import { renderReview } from '../shared/review.js';
import type { LocaleContent, SourceId } from '../content/types.js';
import { below, heading, type HeadingLevel } from '../shared/heading.js';
import { asText, parseKeyword } from '../shared/attributes.js';
import { CrisisBox } from '../crisis-help/crisis-box.js';
import { readStorageKey } from '../shared/storage-key.js';
import { Announcer } from '../controllers/announcer.js';
import { say } from '../shared/format.js';
import { IptElement } from '../shared/ipt-element.js';
import { syncChecked } from '../shared/checked.js';
import { warnOnce } from '../shared/warn.js';
import { copyText } from '../shared/clipboard.js';
import { printPage } from '../shared/print.js';
import { ChecklistPersistence } from './persistence-controller.js';
import { checklistText } from './checklist-text.js';
import { CitationIndex, focusCitedEntry, renderCitations, renderSourceEntry } from '../shared/citations.js';
import { parseTime, REMINDER_DEFAULT_DAY, REMINDER_DEFAULT_TIME, WEEKDAYS, type Weekday } from './reminder-time.js';
import {
  applyWeeklyReset,
  emptyDoc,
  mergeDocs,
  newOwnStepId,
  prune,
  validateOwnStep,
  withOwnStep,
  withoutOwnStep,
  withoutPlanStep,
  withTick,
  withoutTicks,
  DEFAULT_STORAGE_KEY,
  OWN_STEP_MAX_LENGTH,
  OWN_STEPS_MAX,
  type ChecklistDoc,
  type StepError,
} from './storage-schema.js';
import { styles } from './checklist.styles.js';

const RESET_MODES = ['none', 'weekly'] as const;

type PersistMode = 'local' | 'none';

/** Everything the checklist shows, in English: the fallback and the shape of every language. */
// Relationship tips: a person may add them to their plan from the quiz. Summary words and crisis
// lines: the notes for an appointment.
const ENGLISH = { sectionTitles, selfCare, checklistUi, relationships, review, ui, summaryUi, crisis };
type ChecklistText = Pick<LocaleContent, keyof typeof ENGLISH>;

/** A step on the list: from the content, or added by the site through the `selfCare.extraItems` override. */
interface Item {
  readonly id: string;
  readonly group: string;
  readonly label: string;
  readonly why: string;
  readonly cite: readonly SourceId[];
}

/** `detail` of `ipt-checklist-change`. */
export interface ChecklistChangeDetail {
  /** Ids of the ticked steps (content item ids, and `own-...` ids for the person's own steps), in list order. */
  readonly done: string[];
  /** How many steps the list has, own steps included. */
  readonly total: number;
}

interface Row {
  readonly id: string;
  readonly label: string;
  readonly done: boolean;
}

/**
 * Evidence-based self-care steps to tick, saved only in this browser on this device, printable and copyable.
 * Steps cite their sources by number; the numbered list of sources is at the end. "Add a weekly reminder"
 * saves a calendar file made in the browser, holding nothing from the list.
 *
 * @tag ipt-selfcare-checklist
 * @summary Evidence-based self-care steps, ticked and kept on the person's own device.
 *
 * @fires {ChecklistChangeDetail} ipt-checklist-change - When the person ticks or unticks a step, adds or removes an own step, or clears the ticks.
 *
 * @csspart base - The wrapper around the whole checklist.
 * @csspart heading - The top heading.
 * @csspart crisis-shortcut - The "Need help now?" link under the heading that moves focus to the crisis lines.
 * @csspart note - The note that self-care supports professional care and does not replace it.
 * @csspart progress - The progress text and bar.
 * @csspart progress-bar - The native progress bar.
 * @csspart notice - The notice shown when ticks cannot be saved or saved data could not be read.
 * @csspart group - One group of steps (a fieldset).
 * @csspart group-heading - The heading inside a group's legend.
 * @csspart item - One step: checkbox, label, why and citations.
 * @csspart label - The label of a step.
 * @csspart why - The one-line reason of a step and its citations.
 * @csspart citation - A citation link such as [1]; it leads to the source, and with script to its entry in the sources list.
 * @csspart remove-button - The button that removes an own step.
 * @csspart add-form - The form that adds an own step.
 * @csspart input - The text input for a new own step.
 * @csspart error - The error message for a new own step.
 * @csspart counter - The character counter for a new own step.
 * @csspart actions - The row of Clear, Print, Copy and weekly reminder buttons.
 * @csspart reminder-form - The form that picks the day and time of the weekly reminder and saves its calendar file.
 * @csspart status - The polite live region with status messages.
 * @csspart storage-note - The note on where ticks are kept and how to delete them.
 * @csspart reviewed - When the steps were last checked against their sources, and when they are next due.
 * @csspart sources-toggle - The summary that opens and closes the numbered sources list (closed at first; it always prints).
 * @csspart sources - The numbered list of sources, in the order the checklist first cites them.
 * @csspart source - One entry in the sources list: the title, linked to the source, and the publisher.
 * @csspart dialog - The confirmation dialog for clearing the ticks.
 * @csspart dialog-heading - The heading of the confirmation dialog.
 *
 * @cssprop [--ipt-color-accent=#1d5e8c] - Accent colour for links, buttons, checkboxes and the progress bar.
 * @cssprop [--ipt-color-text=#1b1f23] - Text colour.
 * @cssprop [--ipt-color-muted=#4a5560] - Colour of secondary text (reasons, sources, counter).
 * @cssprop [--ipt-color-surface=#ffffff] - Background colour.
 * @cssprop [--ipt-color-border=#8a96a3] - Border colour of groups and the text input.
 * @cssprop [--ipt-color-danger=#a4262c] - Colour of error messages and the storage notice.
 * @cssprop [--ipt-color-focus=#b34700] - Focus outline colour.
 * @cssprop [--ipt-font-family=inherit] - Font family; inherits the page's font by default.
 * @cssprop [--ipt-radius=0.5rem] - Corner radius.
 * @cssprop [--ipt-space=1rem] - Base spacing.
 */
export class IptSelfcareChecklist extends IptElement {
  static override styles = [baseStyles, citationStyles, styles];

  /** Names this checklist's saved data (letters, digits, `.`, `_`, `-`; up to 64), so two checklists on one site never collide. */
  @property({ attribute: 'storage-key' }) storageKey = DEFAULT_STORAGE_KEY;

  /** `local` (the default) saves ticks in this browser's localStorage; `none`, or any other value, keeps them in memory only. */
  @property() persist: 'local' | 'none' | null = 'local';

  /** `weekly` clears the ticks every Monday at 00:00 local time (own steps stay); `none` never does. */
  @property() reset: 'none' | 'weekly' | null = 'none';

  /** The clock used for the weekly reset and backup names; replace it to control time in tests. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private doc: ChecklistDoc = emptyDoc();
  @state() private draft = '';
  @state() private stepError: StepError | null = null;
  /** Unreadable saved data was set aside: the list started `fresh`, or what was on screen was `kept`. */
  @state() private corrupt?: 'fresh' | 'kept';
  /** Whether the open clear dialog says it also deletes the set-aside copy (only then is it deleted). */
  @state() private clearMentionsBackup = false;
  /** Whether the numbered sources list is open (closed at first, to keep the list short on a phone). */
  @state() private sourcesOpen = false;
  /** The weekly reminder form, and the day and time chosen there (never stored). */
  @state() private reminderOpen = false;
  @state() private reminderDay: Weekday = REMINDER_DEFAULT_DAY;
  @state() private reminderTime = REMINDER_DEFAULT_TIME;
  @state() private reminderTimeInvalid = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('#new-step') private stepInput?: HTMLInputElement;
  @query('.clear-trigger') private clearTrigger?: HTMLButtonElement;
  @query('.reminder-trigger') private reminderTrigger?: HTMLButtonElement;
  @query('#reminder-time') private reminderTimeInput?: HTMLInputElement;

  private readonly persistence = new ChecklistPersistence(this, () => this.refresh());
  private readonly live = new Announcer(this);
  /** The notes' and the calendar file's code, loaded as a person nears the buttons. */
  private readonly warmUp = warmUp(this, loadNotes, loadReminder);
  /** What the checklist shows, in the language shown; set before each update. */
  private t: ChecklistText = ENGLISH;
  private readonly crisisBox = new CrisisBox(this, this.crisisBoxSettings);
  /** The checked `reset`. */
  private weekly = false;
  private loaded?: { readonly key: string; readonly persist: PersistMode };
  /** Numbers sources as this render first cites them; the sources list at the end shows them. */
  private citations = new CitationIndex();

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: another tab may have changed the data meanwhile.
    if (this.hasUpdated) this.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.t = this.showContent(ENGLISH);
    this.weekly = parseKeyword(this, this.localName, 'reset', asText(this.reset), RESET_MODES, 'none') === 'weekly';
    const key = readStorageKey(this, this.localName, this.storageKey);
    const persist = this.persistMode();
    // A server has no person's device: it renders the empty list, and so does the first render over
    // its markup (serverView); storage is read in the browser's next update.
    if (this.serverView) return;
    const before = this.loaded;
    // Steps a site adds can change at any time; ticks of steps not shown are kept, so that needs no reload.
    if (before?.key === key && before.persist === persist) {
      if (changed.has('reset') || changed.has('now')) this.applyReset();
      return;
    }
    this.loaded = { key, persist };
    this.persistence.configure(key, persist);
    if (!before || (persist === 'local' && before.persist === 'local')) this.load('fresh');
    // Memory to storage: what is on screen joins what was saved. Storage to memory: the screen stays.
    else this.load(persist === 'local' ? 'merge' : 'refresh');
  }

  override render() {
    this.citations = new CitationIndex();
    const level = this.level;
    const items = this.items();
    const rows = this.rows();
    const done = rows.filter((row) => row.done).length;
    const weekly = this.weekly;
    const saveState = this.persistence.state;
    const corruptNotice = this.corrupt === 'fresh' ? this.t.checklistUi.corrupt : this.corrupt === 'kept' ? this.t.checklistUi.corruptKept : undefined;
    const notice = saveState === 'unavailable' ? this.t.checklistUi.cannotSave : corruptNotice;

    return html`
      <section part="base" aria-labelledby="title" lang=${this.shownLang} dir=${this.shownDir} @click=${this.onCitationClick}>
        ${heading(level, this.t.sectionTitles.selfCare, 'heading', 'title')} ${this.crisisBox.shortcut(this.t.ui.crisis.shortcut)}
        ${this.t.selfCare.intro.map((block) => html`<p class="intro">${block.text} ${this.renderSources(block.cite)}</p>`)}
        <p part="note" class="note">${this.t.selfCare.note}</p>
        <div part="progress" class="progress">
          <p id="progress-text" class="progress-text">${say(this.t.checklistUi.progress, { done, total: rows.length })}</p>
          <progress
            part="progress-bar"
            aria-labelledby="progress-text"
            max=${Math.max(1, rows.length)}
            .value=${done}
          ></progress>
        </div>
        ${notice ? html`<p part="notice" class="notice">${notice}</p>` : nothing}
        ${this.renderGroup(level, 'plan', this.t.checklistUi.planHeading, this.planItems(), (item) => this.removeFromPlan(item))}
        ${this.t.selfCare.groups.map((group) =>
          this.renderGroup(
            level,
            group.id,
            group.name,
            items.filter((item) => item.group === group.id && !this.doc.plan.includes(item.id)),
          ),
        )}
        ${this.renderOwnSteps(level)}
        <div
          part="actions"
          class="actions"
          role="group"
          aria-label=${this.t.checklistUi.actionsLabel}
          @focusin=${this.warmUp}
          @pointerover=${this.warmUp}
        >
          <button type="button" class="secondary clear-trigger" @click=${this.openClear}>${this.t.checklistUi.clear}</button>
          <button type="button" class="secondary" @click=${printPage}>${this.t.checklistUi.print}</button>
          <button type="button" class="secondary" @click=${this.copy}>${this.t.checklistUi.copy}</button>
          <button type="button" class="secondary notes-print" @click=${() => this.onNotes('print')}>${this.t.summaryUi.print}</button>
          <button type="button" class="secondary notes-save" @click=${() => this.onNotes('save')}>${this.t.summaryUi.save}</button>
          <button
            type="button"
            class="secondary reminder-trigger"
            aria-expanded=${this.reminderOpen ? 'true' : 'false'}
            aria-controls=${this.reminderOpen ? 'reminder-form' : nothing}
            @click=${this.toggleReminder}
          >
            ${this.t.checklistUi.reminderButton}
          </button>
        </div>
        ${this.reminderOpen ? this.renderReminder() : nothing}
        ${this.live.render()}
        <p part="storage-note" class="storage-note">
          ${this.keptInMemory() ? this.t.checklistUi.memoryNote : this.t.checklistUi.storedNote} ${weekly ? this.t.checklistUi.weeklyNote : nothing}
        </p>
        ${renderReview(this.t.review, this.t.ui, this.shownLang, this.dateWords)} ${this.renderSourceList(level)} ${this.renderDialog(level)}
        ${this.crisisBox.render(level)}
      </section>
    `;
  }

  /** Numbered citations [1] [2] of a step or paragraph; their entries are in the sources list below. */
  private renderSources(cite: readonly SourceId[]): TemplateResult | typeof nothing {
    return renderCitations(this.citations, cite, {
      name: (number, title) => say(this.t.checklistUi.citation, { number, title }),
      entryId: (id) => `source-${id}`,
    });
  }

  /**
   * Every source cited above, numbered, in a native disclosure (closed at first; find-in-page and the
   * citations open it, and print shows it whole with each address). Rendered after everything that cites.
   */
  private renderSourceList(level: HeadingLevel): TemplateResult | typeof nothing {
    const entries = this.citations.entries();
    if (entries.length === 0) return nothing;
    return html`<details class="sources-box" ?open=${this.sourcesOpen} @toggle=${this.onSourcesToggle}>
      <summary part="sources-toggle" class="sources-toggle">
        ${heading(below(level), this.t.checklistUi.sourcesHeading, 'sources-heading', 'sources-title')}
      </summary>
      <ol part="sources" class="sources" aria-labelledby="sources-title">
        ${entries.map(({ id, number, source }) =>
          renderSourceEntry(`source-${id}`, number, source, source.publisher ? ` ${source.publisher}` : ''),
        )}
      </ol>
    </details>`;
  }

  /** A group of steps; `remove` gives each a button that takes it off the list (the plan's steps). */
  private renderGroup(
    level: HeadingLevel,
    id: string,
    name: string,
    items: readonly Item[],
    remove?: (item: Item) => void,
  ): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return html`
      <fieldset part="group" class="group" data-group=${id}>
        <legend>${heading(below(level), name, 'group-heading')}</legend>
        <ul class="items">
          ${items.map(
            (item) => html`
              <li part="item" class="item">
                <span class="paper-box" aria-hidden="true">${this.doc.ticks[item.id] === true ? this.t.checklistUi.printDone : ''}</span>
                <input
                  type="checkbox"
                  id=${`item-${item.id}`}
                  ?checked=${this.doc.ticks[item.id] === true}
                  ${syncChecked(this.doc.ticks[item.id] === true)}
                  aria-describedby=${item.why ? `why-${item.id}` : nothing}
                  @change=${(event: Event) => this.onTick(item.id, (event.target as HTMLInputElement).checked)}
                />
                <div class="text">
                  <label part="label" for=${`item-${item.id}`}>${item.label}</label>
                  ${
                    item.why
                      ? html`<p part="why" class="why">
                          <span id=${`why-${item.id}`}>${item.why}</span> ${this.renderSources(item.cite)}
                        </p>`
                      : item.cite.length
                        ? html`<p part="why" class="why">${this.renderSources(item.cite)}</p>`
                        : nothing
                  }
                </div>
                ${
                  remove
                    ? html`<button type="button" part="remove-button" class="secondary remove" @click=${() => remove(item)}>
                        ${this.t.checklistUi.remove}<span class="visually-hidden"> ${item.label}</span>
                      </button>`
                    : nothing
                }
              </li>
            `,
          )}
        </ul>
      </fieldset>
    `;
  }

  private renderOwnSteps(level: HeadingLevel): TemplateResult {
    const used = [...this.draft].length;
    const over = used - OWN_STEP_MAX_LENGTH;
    const describedBy = ['new-step-hint', this.stepError ? 'new-step-error' : '', 'new-step-count']
      .filter(Boolean)
      .join(' ');
    return html`
      <fieldset part="group" class="group own" data-group="own">
        <legend>${heading(below(level), this.t.checklistUi.ownHeading, 'group-heading')}</legend>
        ${
          this.doc.own.length === 0
            ? html`<p class="empty">${this.t.checklistUi.ownEmpty}</p>`
            : html`<ul class="items">
                ${this.doc.own.map(
                  (step) => html`
                    <li part="item" class="item own-item" data-id=${step.id}>
                      <span class="paper-box" aria-hidden="true">${this.doc.ticks[step.id] === true ? this.t.checklistUi.printDone : ''}</span>
                      <input
                        type="checkbox"
                        id=${`item-${step.id}`}
                        ?checked=${this.doc.ticks[step.id] === true}
                        ${syncChecked(this.doc.ticks[step.id] === true)}
                        @change=${(event: Event) => this.onTick(step.id, (event.target as HTMLInputElement).checked)}
                      />
                      <div class="text"><label part="label" for=${`item-${step.id}`}>${step.text}</label></div>
                      <button
                        type="button"
                        part="remove-button"
                        class="secondary remove"
                        @click=${() => this.removeStep(step.id)}
                      >
                        ${this.t.checklistUi.remove}<span class="visually-hidden"> ${step.text}</span>
                      </button>
                    </li>
                  `,
                )}
              </ul>`
        }
        <form part="add-form" class="add-form" novalidate @submit=${this.onAdd}>
          <label for="new-step">${this.t.checklistUi.addLabel}</label>
          <p id="new-step-hint" class="hint">${say(this.t.checklistUi.addHint, { max: OWN_STEP_MAX_LENGTH })}</p>
          ${
            this.stepError
              ? html`<p id="new-step-error" part="error" class="error">
                  <span class="visually-hidden">${this.t.checklistUi.errorPrefix}</span> ${this.errorText(this.stepError)}
                </p>`
              : nothing
          }
          <div class="add-row">
            <input
              id="new-step"
              part="input"
              type="text"
              autocomplete="off"
              .value=${live(this.draft)}
              aria-describedby=${describedBy}
              aria-invalid=${this.stepError ? 'true' : 'false'}
              @input=${this.onDraftInput}
            />
            <button type="submit">${this.t.checklistUi.addButton}</button>
          </div>
          <p id="new-step-count" part="counter" class=${over > 0 ? 'count over' : 'count'}>
            ${over > 0
              ? say(this.t.checklistUi.counterOver, { count: over }, this.shownLang)
              : say(this.t.checklistUi.counter, { used, max: OWN_STEP_MAX_LENGTH })}
          </p>
        </form>
      </fieldset>
    `;
  }

  private renderDialog(level: HeadingLevel): TemplateResult {
    return html`
      <dialog part="dialog" aria-labelledby="clear-title" aria-describedby="clear-body" @close=${this.onDialogClose}>
        ${heading(below(level), this.t.checklistUi.clearTitle, 'dialog-heading', 'clear-title')}
        <p id="clear-body">${this.t.checklistUi.clearBody}${this.clearMentionsBackup ? ` ${this.t.checklistUi.clearBodyBackup}` : ''}</p>
        <div class="dialog-actions">
          <button type="button" class="confirm" @click=${this.confirmClear}>${this.t.checklistUi.clearConfirm}</button>
          <button type="button" class="secondary cancel" @click=${this.closeDialog}>${this.t.checklistUi.cancel}</button>
        </div>
      </dialog>
    `;
  }

  /** Day and time of the weekly reminder; the calendar file is made only when the person saves it. */
  private renderReminder(): TemplateResult {
    const ui = this.t.checklistUi;
    const invalid = this.reminderTimeInvalid;
    return html`
      <form id="reminder-form" part="reminder-form" class="reminder" novalidate @submit=${this.saveReminder}>
        <fieldset aria-describedby="reminder-hint">
          <legend>${ui.reminderHeading}</legend>
          <p id="reminder-hint" class="hint">${ui.reminderHint}</p>
          <div class="reminder-fields">
            <div class="field">
              <label for="reminder-day">${ui.reminderDay}</label>
              <select id="reminder-day" @change=${this.onReminderDay}>
                ${this.weekdayNames().map(
                  ([day, name]) => html`<option value=${day} ?selected=${day === this.reminderDay}>${name}</option>`,
                )}
              </select>
            </div>
            <div class="field">
              <label for="reminder-time">${ui.reminderTime}</label>
              ${invalid
                ? html`<p id="reminder-time-error" class="error">
                    <span class="visually-hidden">${ui.errorPrefix}</span> ${ui.reminderTimeError}
                  </p>`
                : nothing}
              <input
                id="reminder-time"
                type="time"
                .value=${live(this.reminderTime)}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${invalid ? 'reminder-time-error' : nothing}
                @input=${this.onReminderTime}
                @change=${this.onReminderTime}
              />
            </div>
          </div>
          <div class="reminder-actions">
            <button type="submit">${ui.reminderSave}</button>
            <button type="button" class="secondary" @click=${this.closeReminder}>${ui.cancel}</button>
          </div>
        </fieldset>
      </form>
    `;
  }

  /** The days of the week in the language shown, Monday first (1 January 2024 was a Monday). */
  private weekdayNames(): [Weekday, string][] {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(this.shownLang, { weekday: 'long', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
    }
    return WEEKDAYS.map((day, index) => [day, format.format(Date.UTC(2024, 0, 1 + index))]);
  }

  // ---- state -----------------------------------------------------------------------------------

  /**
   * Whether ticks stay in memory only. Before storage is read (on a server, or over its markup) this
   * is what `persist` asks for, so the note a page first shows is the one it keeps where storage works.
   */
  private keptInMemory(): boolean {
    return this.serverView ? this.persistMode() === 'none' : this.persistence.state === 'memory';
  }

  /** Unset means the default, `local`; a value that is not understood saves nothing, to stay private. */
  private persistMode(): PersistMode {
    const value = asText(this.persist);
    if (value == null || value.trim() === '') return 'local';
    const keyword = value.trim().toLowerCase();
    if (keyword === 'local' || keyword === 'none') return keyword;
    warnOnce(this, this.localName, 'persist', value, 'expected local or none; keeping ticks in memory only, as with "none"');
    return 'none';
  }

  /** The content's steps, then any the site adds (validated overrides, shown as plain text). */
  private items(): Item[] {
    const extra = (this.config.overrides.selfCare?.extraItems ?? []).map((item) => ({
      id: item.id,
      group: item.group,
      label: item.label,
      why: item.why ?? '',
      cite: [],
    }));
    return [...this.t.selfCare.items, ...extra];
  }

  /**
   * The steps added from the quiz, in the order added: a step of this list (then shown here, not in
   * its own group) or a relationship tip. Ids this version does not know stay stored, unshown.
   */
  private planItems(): Item[] {
    const items = this.items();
    return this.doc.plan.flatMap((id): Item[] => {
      const item = items.find((entry) => entry.id === id);
      if (item) return [item];
      const words = planStepWords(this.t, id);
      return words ? [{ id, group: 'plan', label: words.text, why: '', cite: words.cite }] : [];
    });
  }

  private itemIds(): string[] {
    return [...this.items().map((item) => item.id), ...this.doc.plan];
  }

  private rows(): Row[] {
    const listed = new Set(this.items().map((item) => item.id));
    const tips = this.planItems().filter((item) => !listed.has(item.id));
    const items = [...this.items(), ...tips].map((item) => ({
      id: item.id,
      label: item.label,
      done: this.doc.ticks[item.id] === true,
    }));
    const own = this.doc.own.map((step) => ({ id: step.id, label: step.text, done: this.doc.ticks[step.id] === true }));
    return [...items, ...own];
  }

  /**
   * Reads the stored document. `fresh`: a new list (first load, another key). `refresh`: the saved
   * data may have changed; it replaces the screen. `merge`: the screen joins the saved data.
   * Data that cannot be used (unreadable, corrupt, newer, or no storage by choice) never wipes the
   * screen once the list is in use; corrupt data is set aside and the screen saved in its place.
   */
  private load(mode: 'fresh' | 'refresh' | 'merge'): void {
    const onScreen = this.doc;
    const result = this.persistence.load(mode === 'fresh' ? emptyDoc() : onScreen);
    this.corrupt = result.corrupt ? (mode === 'fresh' ? 'fresh' : 'kept') : undefined;
    const usable = !result.corrupt && !result.newer && !result.unreadable && this.persistence.state !== 'memory';
    if (usable || (mode === 'fresh' && !result.unreadable)) this.doc = prune(result.doc, this.itemIds());
    if (usable && mode === 'merge') {
      this.applyReset();
      this.doc = prune(mergeDocs(this.doc, onScreen), this.itemIds());
      this.persistence.save(this.doc);
    }
    this.applyReset();
  }

  /** Another tab changed the data, the page became visible again, or the element moved. */
  private refresh(): void {
    if (this.persistence.state === 'saved') this.load('refresh');
    else this.applyReset();
  }

  /** Weekly routine: clears ticks from an earlier week and records the current week. */
  private applyReset(): void {
    if (!this.weekly) return;
    const { doc, cleared } = applyWeeklyReset(this.doc, this.safeNow());
    if (doc === this.doc) return;
    this.doc = doc;
    this.persistence.save(doc);
    if (cleared) this.announce(this.t.checklistUi.weekCleared);
  }

  private safeNow(): Date {
    try {
      const date = this.now();
      if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
    } catch {
      // A broken clock must not break the checklist: use the real time.
    }
    return new Date();
  }

  /** Applies a change the person made: weekly reset first, then save, then tell the page. */
  /**
   * Applies an edit, saves and tells the page. `message` (what happened, e.g. "Added: ...") is
   * announced, followed by the notice when this very save found storage gone, so neither hides the other.
   */
  private change(edit: (doc: ChecklistDoc) => ChecklistDoc, message?: string): void {
    // Read, then modify, then write: another tab may have saved since this one last read, and its
    // storage event may not have arrived yet. Editing the fresh copy keeps both tabs' ticks.
    const stored = this.persistence.state === 'saved' ? this.persistence.peek() : undefined;
    // Another tab left newer or corrupt data: load() sets it aside or goes read-only; the ticks on
    // screen stay as they are.
    if (stored === 'guard') this.load('refresh');
    else if (stored) this.doc = prune(stored, this.itemIds());
    this.applyReset();
    const before = this.persistence.state;
    this.doc = edit(this.doc);
    const after = this.persistence.save(this.doc);
    const lost = before !== 'unavailable' && after === 'unavailable';
    const said = [message, lost ? this.t.checklistUi.cannotSave : undefined].filter(Boolean).join(' ');
    if (said) this.announce(said);
    const rows = this.rows();
    this.dispatchEvent(
      new CustomEvent<ChecklistChangeDetail>('ipt-checklist-change', {
        detail: { done: rows.filter((row) => row.done).map((row) => row.id), total: rows.length },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private announce(message: string, topic?: string): void {
    // An error already shows beside the field: the live region repeats it for screen readers only.
    this.live.announce(message, { topic, visible: topic !== 'error' });
  }

  private errorText(error: StepError): string {
    if (error === 'empty') return this.t.checklistUi.errorEmpty;
    if (error === 'too-long') return say(this.t.checklistUi.errorTooLong, { max: OWN_STEP_MAX_LENGTH });
    return say(this.t.checklistUi.errorTooMany, { max: OWN_STEPS_MAX });
  }

  // ---- handlers --------------------------------------------------------------------------------

  private onTick(id: string, done: boolean): void {
    this.change((doc) => withTick(doc, id, done));
  }

  private onDraftInput(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
    if (this.stepError && this.stepError !== 'too-many') {
      const check = validateOwnStep(this.draft, 0);
      if (check.ok) {
        this.stepError = null;
        // The status region is visible: a fixed error must not stay on screen there.
        this.live.clear('error');
      }
    }
  }

  private async onAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const check = validateOwnStep(this.draft, this.doc.own.length);
    if (!check.ok) {
      this.stepError = check.error;
      // Pressing Enter leaves focus in the field, so moving focus there says nothing: announce it too.
      this.announce(`${this.t.checklistUi.errorPrefix} ${this.errorText(check.error)}`, 'error');
      await this.updateComplete;
      this.stepInput?.focus();
      return;
    }
    // Hidden ticks count too: a new step must not inherit another page's tick.
    const taken = new Set([...this.itemIds(), ...this.doc.own.map((step) => step.id), ...Object.keys(this.doc.ticks)]);
    const step = { id: newOwnStepId(taken, this.safeNow().getTime()), text: check.text };
    this.stepError = null;
    this.draft = '';
    this.change((doc) => withOwnStep(doc, step), say(this.t.checklistUi.added, { text: step.text }));
    await this.updateComplete;
    this.stepInput?.focus();
  }

  private async removeStep(id: string): Promise<void> {
    const index = this.doc.own.findIndex((step) => step.id === id);
    if (index < 0) return;
    const removed = this.doc.own[index];
    this.change((doc) => withoutOwnStep(doc, id), say(this.t.checklistUi.removed, { text: removed.text }));
    await this.updateComplete;
    // Focus the step that took its place, the one before, or the input when none are left.
    const next = this.doc.own[index] ?? this.doc.own[index - 1];
    const target = next ? this.renderRoot.querySelector<HTMLInputElement>(`#item-${next.id}`) : this.stepInput;
    target?.focus();
  }

  /** Takes a step added from the quiz off the plan; a step of this list goes back to its group. */
  private async removeFromPlan(item: Item): Promise<void> {
    const listed = this.items().some((entry) => entry.id === item.id);
    const index = this.planItems().findIndex((entry) => entry.id === item.id);
    this.change((doc) => withoutPlanStep(doc, item.id, listed), say(this.t.checklistUi.removed, { text: item.label }));
    await this.updateComplete;
    // Focus the plan step that took its place, the one before, or the list's first box.
    const plan = this.planItems();
    const next = plan[index] ?? plan[index - 1];
    const target = next ? `#item-${next.id}` : 'input[type="checkbox"]';
    this.renderRoot.querySelector<HTMLInputElement>(target)?.focus();
  }

  private openClear(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    // The notice may be gone (another tab saved readable data) while the copy is still stored.
    this.clearMentionsBackup = this.persistence.hasBackup();
    // Render the dialog's text now, so it is complete when the dialog opens and is read out.
    this.performUpdate();
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLButtonElement>('.cancel')?.focus();
  }

  private confirmClear(): void {
    // Steps this page shows only: ticks of steps other pages of the site add stay for those pages.
    this.change((doc) => withoutTicks(doc, [...this.itemIds(), ...doc.own.map((step) => step.id)]), this.t.checklistUi.cleared);
    if (this.clearMentionsBackup) this.persistence.removeBackup();
    this.corrupt = undefined;
    this.closeDialog();
  }

  /** Closes the dialog and puts focus back on the button that opened it. */
  private closeDialog(): void {
    this.dialog?.close();
    this.clearTrigger?.focus();
  }

  /** Escape closes the dialog natively; focus goes back to the button that opened it. */
  private onDialogClose(): void {
    if (this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== this.clearTrigger)
      this.clearTrigger?.focus();
  }

  /** Notes for an appointment: the steps being done (the plan's, then the ticked ones) and the crisis lines. */
  private async onNotes(how: 'print' | 'save'): Promise<void> {
    const notes: AppointmentNotes = {
      lang: this.shownLang,
      dir: this.shownDir,
      text: this.t.summaryUi,
      date: this.safeNow(),
      steps: stepsInProgress(this.doc, this.t, this.items()),
      crisis: this.t.crisis,
      region: this.regionInForce,
      local: { lines: this.config.overrides.crisis?.extraResources ?? [], call: this.t.ui.crisis.call, text: this.t.ui.crisis.text },
    };
    const said = await outputNotesOnDemand(this, notes, how);
    if (said) this.announce(said);
  }

  private async copy(): Promise<void> {
    const itemsOf = (ids: readonly { id: string; label: string }[]) =>
      ids.map((item) => ({ label: item.label, done: this.doc.ticks[item.id] === true }));
    const rows = this.rows();
    const text = checklistText({
      title: this.t.sectionTitles.selfCare,
      note: this.t.selfCare.note,
      groups: [
        { name: this.t.checklistUi.planHeading, items: itemsOf(this.planItems()) },
        ...this.t.selfCare.groups.map((group) => ({
          name: group.name,
          items: itemsOf(this.items().filter((item) => item.group === group.id && !this.doc.plan.includes(item.id))),
        })),
        { name: this.t.checklistUi.ownHeading, items: itemsOf(this.doc.own.map((step) => ({ id: step.id, label: step.text }))) },
      ],
      progress: say(this.t.checklistUi.progress, { done: rows.filter((row) => row.done).length, total: rows.length }),
      doneMark: this.t.checklistUi.copyDone,
      notDoneMark: this.t.checklistUi.copyNotDone,
    });
    this.announce((await copyText(text)) ? this.t.checklistUi.copied : this.t.checklistUi.copyFailed);
  }

  /** A citation leads to its numbered entry: the sources list opens first. */
  private readonly onCitationClick = (event: MouseEvent): Promise<void> =>
    focusCitedEntry(event, this.renderRoot, (id) => `source-${id}`, () => {
      this.sourcesOpen = true;
      return this.updateComplete;
    });

  /** The person, find-in-page or a citation opened or closed the sources list. */
  private readonly onSourcesToggle = (event: Event): void => {
    this.sourcesOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  private toggleReminder(): void {
    this.reminderOpen = !this.reminderOpen;
  }

  /** Closes the reminder form and puts focus back on the button that opened it. */
  private async closeReminder(): Promise<void> {
    this.reminderOpen = false;
    this.reminderTimeInvalid = false;
    await this.updateComplete;
    this.reminderTrigger?.focus();
  }

  private onReminderDay(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if ((WEEKDAYS as readonly string[]).includes(value)) this.reminderDay = value as Weekday;
  }

  private onReminderTime(event: Event): void {
    this.reminderTime = (event.target as HTMLInputElement).value;
    if (this.reminderTimeInvalid && parseTime(this.reminderTime)) {
      this.reminderTimeInvalid = false;
      this.live.clear('error');
    }
  }

  /**
   * Makes the calendar file and saves it. It holds the event's fixed words only: no ticks, no own steps.
   * When the browser cannot make the file, the form stays as it was and the live region says so.
   */
  private async saveReminder(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const ui = this.t.checklistUi;
    const time = parseTime(this.reminderTime);
    if (!time) {
      this.reminderTimeInvalid = true;
      this.announce(`${ui.errorPrefix} ${ui.reminderTimeError}`, 'error');
      await this.updateComplete;
      this.reminderTimeInput?.focus();
      return;
    }
    const saved = await onePressAtATime(this, 'reminder', async () => {
      try {
        const { saveReminder, reminderUid } = await loadReminder(this);
        saveReminder({
          day: this.reminderDay,
          ...time,
          summary: ui.reminderSummary,
          description: ui.reminderDescription,
          lang: this.shownLang,
          now: this.safeNow(),
          uid: reminderUid(),
        });
        return true;
      } catch {
        return false;
      }
    });
    if (saved === undefined) return;
    if (!saved) {
      this.announce(ui.reminderFailed);
      return;
    }
    this.announce(ui.reminderSaved);
    await this.closeReminder();
  }
}

declare global {
  interface HTMLElementEventMap {
    'ipt-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
