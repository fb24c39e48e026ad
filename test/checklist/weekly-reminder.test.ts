import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import '../../src/locales/es/index.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { es } from '../../src/content/es/index.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import {
  AXE_TIMEOUT,
  addStep,
  button,
  checkbox,
  cleanStorage,
  describeNode,
  first,
  focused,
  root,
  second,
  statusText,
  stored,
  text,
} from './helpers.js';
import { ICAL_WEEKDAY, parseReminder } from './ics.js';
import { reminderSettled } from '../helpers/on-demand.js';

/** Wednesday 8 January 2025, 10:00 local time. */
const WEDNESDAY = new Date(2025, 0, 8, 10, 0);

interface Saved {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/**
 * Catches the download: the Blob handed to URL.createObjectURL and the temporary link's click, which
 * would otherwise save a real file. `fail` makes creating the file's address throw.
 */
function interceptDownloads({ fail = false } = {}) {
  const blobs: Blob[] = [];
  const clicks: { download: string; href: string }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (fail) throw new DOMException('Blocked', 'SecurityError');
    blobs.push(object as Blob);
    return `blob:${location.origin}/reminder-${blobs.length}`;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ download: this.download, href: this.href });
  };
  return {
    clicks,
    async saved(): Promise<Saved[]> {
      return Promise.all(
        clicks.map(async (click, index) => ({
          name: click.download,
          type: blobs[index]!.type,
          text: await blobs[index]!.text(),
        })),
      );
    },
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Every key and value in a storage area. */
function everything(storage: Storage): Record<string, string | null> {
  const all: Record<string, string | null> = {};
  for (let i = 0; i < storage.length; i++) all[storage.key(i)!] = storage.getItem(storage.key(i)!);
  return all;
}

const trigger = (el: IptSelfcareChecklist) => root(el).querySelector<HTMLButtonElement>('.reminder-trigger')!;
const form = (el: IptSelfcareChecklist) => root(el).querySelector<HTMLFormElement>('[part="reminder-form"]');
const daySelect = (el: IptSelfcareChecklist) => root(el).querySelector<HTMLSelectElement>('#reminder-day')!;
const timeInput = (el: IptSelfcareChecklist) => root(el).querySelector<HTMLInputElement>('#reminder-time')!;

async function openForm(el: IptSelfcareChecklist): Promise<void> {
  trigger(el).click();
  await el.updateComplete;
}

async function choose(el: IptSelfcareChecklist, day: string, time: string): Promise<void> {
  daySelect(el).value = day;
  daySelect(el).dispatchEvent(new Event('change', { bubbles: true }));
  timeInput(el).value = time;
  timeInput(el).dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function save(el: IptSelfcareChecklist, label = ui.reminderSave): Promise<void> {
  button(el, label).click();
  await reminderSettled();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<ipt-selfcare-checklist> weekly reminder', () => {
  let downloads: ReturnType<typeof interceptDownloads> | undefined;
  beforeEach(cleanStorage);
  afterEach(() => {
    downloads?.restore();
    downloads = undefined;
    cleanStorage();
  });

  it('offers "Add a weekly reminder" among the checklist tools, closed at first', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    const button = trigger(el);
    expect(button.closest('[part="actions"]')).to.exist;
    expect(text(button)).to.equal(ui.reminderButton);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(form(el)).to.equal(null);
  });

  it('opens a form with the day (Monday) and time (09:00) to choose, and says the file holds nothing from the list', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    await openForm(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(trigger(el).getAttribute('aria-controls')).to.equal(form(el)!.id);
    expect(text(form(el)!.querySelector('legend'))).to.equal(ui.reminderHeading);
    expect(text(form(el))).to.include(ui.reminderHint);
    expect([...daySelect(el).options].map((option) => option.text)).to.deep.equal([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(daySelect(el).value).to.equal('MO');
    expect(timeInput(el).value).to.equal('09:00');
    expect(text(root(el).querySelector(`label[for="${daySelect(el).id}"]`))).to.equal(ui.reminderDay);
    expect(text(root(el).querySelector(`label[for="${timeInput(el).id}"]`))).to.equal(ui.reminderTime);
  });

  it('saves self-care-check-in.ics as text/calendar, made in the browser, and says so politely', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    downloads = interceptDownloads();
    await openForm(el);
    await save(el);
    const [file, ...more] = await downloads.saved();
    expect(more).to.deep.equal([]);
    expect(file!.name).to.equal('self-care-check-in.ics');
    expect(file!.type).to.match(/^text\/calendar(;|$)/);
    expect(downloads.clicks[0]!.href).to.match(/^blob:/);
    expect(statusText(el)).to.equal(ui.reminderSaved);
  });

  it('saves a weekly event on the chosen day and time with an alarm, that ical.js reads', async () => {
    const el = await fixture<IptSelfcareChecklist>(
      html`<ipt-selfcare-checklist .now=${() => WEDNESDAY}></ipt-selfcare-checklist>`,
    );
    downloads = interceptDownloads();
    await openForm(el);
    await choose(el, 'FR', '18:30');
    await save(el);
    const [file] = await downloads.saved();
    const { event, rrule, alarm } = parseReminder(file!.text);
    expect(event.startDate.toString()).to.equal('2025-01-10T18:30:00');
    expect(event.startDate.dayOfWeek()).to.equal(ICAL_WEEKDAY.FR);
    expect(event.startDate.zone?.tzid).to.equal('floating');
    expect(rrule.freq).to.equal('WEEKLY');
    expect(event.summary).to.equal(ui.reminderSummary);
    expect(event.description).to.equal(ui.reminderDescription);
    expect(event.uid).to.match(/@ipt-widgets$/);
    expect(alarm?.getFirstPropertyValue('action')).to.equal('DISPLAY');
  });

  it('writes the event in Spanish for lang="es"', async () => {
    const el = await fixture<IptSelfcareChecklist>(
      html`<ipt-selfcare-checklist lang="es" persist="none" .now=${() => WEDNESDAY}></ipt-selfcare-checklist>`,
    );
    downloads = interceptDownloads();
    await openForm(el);
    expect(text(trigger(el))).to.equal(es.checklistUi.reminderButton);
    expect(daySelect(el).options[0]!.text.toLowerCase()).to.equal('lunes');
    await save(el, es.checklistUi.reminderSave);
    const [file] = await downloads.saved();
    const { event, vevent } = parseReminder(file!.text);
    expect(event.summary).to.equal(es.checklistUi.reminderSummary);
    expect(event.description).to.equal(es.checklistUi.reminderDescription);
    expect(vevent.getFirstProperty('summary')!.getParameter('language')).to.equal('es');
    expect(event.startDate.toString()).to.equal('2025-01-13T09:00:00');
    expect(statusText(el)).to.equal(es.checklistUi.reminderSaved);
  });

  it('never puts the person’s ticks or own steps in the file', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    await addStep(el, 'Call my sister Ana');
    checkbox(el, first.label).click();
    checkbox(el, 'Call my sister Ana').click();
    await el.updateComplete;
    downloads = interceptDownloads();
    await openForm(el);
    await save(el);
    const [file] = await downloads.saved();
    const doc = stored() as { ticks: Record<string, boolean>; own: { id: string; text: string }[] };
    const personal = [
      ...Object.keys(doc.ticks),
      ...doc.own.flatMap((step) => [step.id, step.text]),
      'Ana',
      first.label,
    ];
    expect(personal.filter((words) => file!.text.includes(words))).to.deep.equal([]);
    for (const item of en.selfCare.items) expect(file!.text).to.not.include(item.label);
  });

  it('stores nothing new', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    checkbox(el, first.label).click();
    await el.updateComplete;
    const before = everything(localStorage);
    downloads = interceptDownloads();
    await openForm(el);
    await choose(el, 'SA', '07:15');
    await save(el);
    expect(everything(localStorage)).to.deep.equal(before);
    expect(everything(sessionStorage)).to.deep.equal({});
  });

  it('can be reached and saved with the keyboard alone, and gives focus back to its button', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    downloads = interceptDownloads();
    // The button before it in the row: "Save notes as a file".
    (root(el).querySelector('.notes-save') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(describeNode(trigger(el)));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(form(el)).to.exist;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(describeNode(daySelect(el)));
    await sendKeys({ press: 'Tab' });
    // Engines that show the time as several fields may take more than one Tab to leave it.
    const saveButton = button(el, ui.reminderSave);
    for (let i = 0; i < 4 && root(el).activeElement !== saveButton; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(describeNode(saveButton));
    await sendKeys({ press: 'Enter' });
    await reminderSettled();
    await el.updateComplete;
    await el.updateComplete;
    expect(downloads.clicks.map((click) => click.download)).to.deep.equal(['self-care-check-in.ics']);
    expect(form(el)).to.equal(null);
    expect(focused(el)).to.equal(describeNode(trigger(el)));
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(statusText(el)).to.equal(ui.reminderSaved);
  });

  it('closes with Cancel, saves nothing and gives focus back to its button', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    downloads = interceptDownloads();
    await openForm(el);
    const cancel = [...form(el)!.querySelectorAll('button')].find((node) => text(node) === ui.cancel)!;
    cancel.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(form(el)).to.equal(null);
    expect(downloads.clicks).to.deep.equal([]);
    expect(focused(el)).to.equal(describeNode(trigger(el)));
  });

  it('asks for a time when the time is empty, and saves nothing', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    downloads = interceptDownloads();
    await openForm(el);
    await choose(el, 'MO', '');
    await save(el);
    expect(downloads.clicks).to.deep.equal([]);
    const input = timeInput(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).getElementById(input.getAttribute('aria-describedby')!))).to.include(ui.reminderTimeError);
    expect(focused(el)).to.equal(describeNode(input));
    await choose(el, 'MO', '08:00');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('says clearly when the browser cannot make the file, and keeps the form, the choice and the list as they were', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    await addStep(el, 'Mine');
    checkbox(el, second.label).click();
    await el.updateComplete;
    const before = JSON.stringify(stored());
    downloads = interceptDownloads({ fail: true });
    await openForm(el);
    await choose(el, 'TH', '20:00');
    await save(el);
    expect(statusText(el)).to.equal(ui.reminderFailed);
    expect(downloads.clicks).to.deep.equal([]);
    expect(form(el)).to.exist;
    expect(daySelect(el).value).to.equal('TH');
    expect(timeInput(el).value).to.equal('20:00');
    expect(checkbox(el, second.label).checked).to.equal(true);
    expect(checkbox(el, 'Mine')).to.exist;
    expect(JSON.stringify(stored())).to.equal(before);
  });

  it('does not print the form', async function () {
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    await openForm(el);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(form(el)!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('passes axe with the form open, and with the time error shown', async function () {
    this.timeout(AXE_TIMEOUT);
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    await openForm(el);
    await expect(el).to.be.accessible();
    await choose(el, 'MO', '');
    await save(el);
    await expect(el).to.be.accessible();
  });
});
