import { say } from '../src/shared/format.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { en } from '../src/content/index.js';
import { checklistUi as ui } from '../src/content/en/checklist-ui.js';
import { fromManifest } from './support/manifest.js';
import { widget } from './support/play.js';
import { blockChecklistStorage, checklistKey, seedChecklist, storedChecklist } from './support/storage.js';
import { brand, dark, phone, rtl, spanish } from './support/looks.js';
import { playInLanguage } from './support/play.js';
import { es } from '../src/content/es/index.js';
import { sources } from '../src/content/sources.js';

const meta: Meta = {
  title: 'Elements/ipt-selfcare-checklist',
  component: 'ipt-selfcare-checklist',
  ...fromManifest('ipt-selfcare-checklist'),
  args: { 'heading-level': '2' },
};
export default meta;

type Story = StoryObj;

const ids = en.selfCare.items.map((item) => item.id);
const ticks = (list: readonly string[]) => Object.fromEntries(list.map((id) => [id, true]));
const half = ids.slice(0, Math.floor(ids.length / 2));
const OWN = [
  { id: 'own-walk-to-the-shop', text: 'Walk to the shop instead of driving' },
  { id: 'own-call-my-sister', text: 'Call my sister on Sunday' },
];

/** A play step: the progress line reads "done of total done". */
const expectProgress = (done: number, total: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
    await expect(checklist.canvas.getByText(say(ui.progress, { done: done, total: total }))).toBeInTheDocument();
  };

/** Nothing stored yet: every step unticked. */
export const Empty: Story = {
  args: { 'storage-key': 'story-empty' },
  beforeEach: seedChecklist('story-empty'),
  play: expectProgress(0, ids.length),
};

/** Half the steps ticked, from stored data. */
export const HalfDone: Story = {
  args: { 'storage-key': 'story-half-done' },
  beforeEach: seedChecklist('story-half-done', { v: 2, ticks: ticks(half), own: [] }),
  play: expectProgress(half.length, ids.length),
};

/** Every step ticked. */
export const AllDone: Story = {
  args: { 'storage-key': 'story-all-done' },
  beforeEach: seedChecklist('story-all-done', { v: 2, ticks: ticks(ids), own: [] }),
  play: expectProgress(ids.length, ids.length),
};

/** Steps the person added from the quiz's result: a relationship tip (ticked) and a step of the list, moved up. */
export const StepsFromTheReflection: Story = {
  name: 'Steps added from the quiz',
  args: { 'storage-key': 'story-plan-list' },
  beforeEach: seedChecklist('story-plan-list', { v: 3, ticks: { reconnect: true }, own: [], plan: ['reconnect', 'talk-to-someone'] }),
  play: expectProgress(1, ids.length + 1),
};

/** The person's own steps, one of them ticked. */
export const OwnSteps: Story = {
  args: { 'storage-key': 'story-own-steps' },
  beforeEach: seedChecklist('story-own-steps', { v: 2, ticks: { [OWN[1]!.id]: true, [ids[0]!]: true }, own: OWN }),
  play: expectProgress(2, ids.length + OWN.length),
};

/** Ticking two steps and adding an own step: all three are written to localStorage at once. */
export const TickAndPersist: Story = {
  name: 'Tick and persist (interaction)',
  args: { 'storage-key': 'story-tick-and-persist' },
  beforeEach: seedChecklist('story-tick-and-persist'),
  play: async ({ canvasElement }) => {
    const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
    const [first, second] = [en.selfCare.items[0]!, en.selfCare.items[4]!];
    await userEvent.click(checklist.canvas.getByRole('checkbox', { name: first.label }));
    await userEvent.click(checklist.canvas.getByRole('checkbox', { name: second.label }));
    await expect(storedChecklist('story-tick-and-persist')?.ticks).toEqual({ [first.id]: true, [second.id]: true });

    await userEvent.type(checklist.canvas.getByRole('textbox', { name: ui.addLabel }), 'Call my sister');
    await userEvent.click(checklist.canvas.getByRole('button', { name: ui.addButton }));
    await checklist.element.updateComplete;
    await expect(storedChecklist('story-tick-and-persist')?.own).toEqual([
      { id: expect.stringMatching(/^own-/), text: 'Call my sister' },
    ]);
    await expect(checklist.canvas.getByRole('checkbox', { name: 'Call my sister' })).not.toBeChecked();
    await expect(checklist.canvas.getByText(say(ui.progress, { done: 2, total: ids.length + 1 }))).toBeInTheDocument();
  },
};

/**
 * `reset="weekly"`: ticks stored in an earlier week (here the week of 1 January 2024) are cleared
 * when the list opens; own steps stay, and a status message says why.
 */
export const WeeklyReset: Story = {
  args: { 'storage-key': 'story-weekly-reset', reset: 'weekly' },
  beforeEach: seedChecklist('story-weekly-reset', {
    v: 2,
    ticks: { [ids[1]!]: true, [ids[6]!]: true, [OWN[0]!.id]: true },
    own: [OWN[0]],
    week: '2024-01-01',
  }),
  play: async ({ canvasElement }) => {
    const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
    await expect(checklist.canvas.getByRole('status')).toHaveTextContent(ui.weekCleared);
    await expect(checklist.canvas.getByText(ui.weeklyNote, { exact: false })).toBeInTheDocument();
    const stored = storedChecklist('story-weekly-reset');
    await expect(stored?.ticks).toEqual({});
    await expect(stored?.own).toEqual([OWN[0]]);
    await expect(stored?.week).not.toBe('2024-01-01');
  },
};

/**
 * Storage blocked (a sandboxed frame or strict privacy setting): the list still works, in memory,
 * and says that ticks cannot be saved.
 */
export const StorageUnavailable: Story = {
  args: { 'storage-key': 'story-storage-unavailable' },
  beforeEach: blockChecklistStorage('story-storage-unavailable'),
  play: async ({ canvasElement }) => {
    const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
    await expect(checklist.canvas.getByText(ui.cannotSave)).toBeInTheDocument();
    await userEvent.click(checklist.canvas.getByRole('checkbox', { name: en.selfCare.items[2]!.label }));
    await expect(checklist.canvas.getByRole('checkbox', { name: en.selfCare.items[2]!.label })).toBeChecked();
    await expect(localStorage.getItem(checklistKey('story-storage-unavailable'))).toBeNull();
  },
};

/** Saved data that cannot be read: the list starts fresh and keeps a copy of the old data. */
export const UnreadableData: Story = {
  args: { 'storage-key': 'story-unreadable' },
  beforeEach: seedChecklist('story-unreadable', '{"v":2,"ticks":'),
  play: async ({ canvasElement }) => {
    const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
    await expect(checklist.canvas.getByText(ui.corrupt)).toBeInTheDocument();
    await expect(localStorage.getItem(`${checklistKey('story-unreadable')}:corrupt`)).toBe('{"v":2,"ticks":');
  },
};

/** `persist="none"`: ticks live in memory only, and the note says so. */
export const MemoryOnly: Story = {
  name: 'persist="none"',
  args: { 'storage-key': 'story-memory-only', persist: 'none' },
  beforeEach: seedChecklist('story-memory-only'),
  play: async ({ canvasElement }) => {
    const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
    await expect(checklist.canvas.getByText(ui.memoryNote)).toBeInTheDocument();
    await userEvent.click(checklist.canvas.getByRole('checkbox', { name: en.selfCare.items[0]!.label }));
    await expect(localStorage.getItem(checklistKey('story-memory-only'))).toBeNull();
  },
};

export const Dark: Story = {
  ...dark,
  args: { ...dark.args, 'storage-key': 'story-dark' },
  beforeEach: seedChecklist('story-dark', { v: 2, ticks: ticks(half), own: OWN }),
};
export const BrandTheme: Story = {
  ...brand,
  args: { ...brand.args, 'storage-key': 'story-brand' },
  beforeEach: seedChecklist('story-brand', { v: 2, ticks: ticks(half), own: OWN }),
};
export const RightToLeft: Story = {
  ...rtl,
  args: { 'storage-key': 'story-rtl' },
  beforeEach: seedChecklist('story-rtl', { v: 2, ticks: ticks(half), own: OWN }),
};
export const Phone: Story = {
  ...phone,
  args: { 'storage-key': 'story-phone' },
  beforeEach: seedChecklist('story-phone', { v: 2, ticks: ticks(half), own: OWN }),
};

/** A play step: opens the numbered sources list from its "Sources" summary and finds a title in it. */
const openSources = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
  await userEvent.click(checklist.canvas.getByText(ui.sourcesHeading));
  await expect(checklist.canvas.getByRole('link', { name: sources.nhsCoping.title })).toBeVisible();
};

/** Steps cite their sources by number ([1], [2]); the numbered list at the end, closed at first, open here. */
export const SourcesOpen: Story = {
  name: 'Sources list open',
  args: { 'storage-key': 'story-sources-open' },
  beforeEach: seedChecklist('story-sources-open'),
  play: openSources,
};

/** The same on a phone: each step stays a few lines long, and the list shows each source once. */
export const PhoneSourcesOpen: Story = {
  ...phone,
  name: 'Phone: sources list open',
  args: { 'storage-key': 'story-phone-sources-open' },
  beforeEach: seedChecklist('story-phone-sources-open'),
  play: openSources,
};

/** "Add a weekly reminder" opened: a day and a time (Monday, 09:00 at first) for a calendar file made in the browser. */
export const WeeklyReminder: Story = {
  name: 'Weekly reminder form',
  args: { 'storage-key': 'story-weekly-reminder' },
  beforeEach: seedChecklist('story-weekly-reminder'),
  play: async ({ canvasElement }) => {
    const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
    const open = checklist.canvas.getByRole('button', { name: ui.reminderButton });
    await userEvent.click(open);
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await expect(checklist.canvas.getByRole('combobox', { name: ui.reminderDay })).toHaveValue('MO');
    await expect(checklist.canvas.getByLabelText(ui.reminderTime)).toHaveValue('09:00');
  },
};

/** The weekly reminder form in Spanish: the days come from the browser's calendar names. */
export const SpanishWeeklyReminder: Story = {
  ...spanish,
  name: 'Spanish: weekly reminder form',
  args: { 'storage-key': 'story-spanish-weekly-reminder' },
  beforeEach: seedChecklist('story-spanish-weekly-reminder'),
  play: async ({ canvasElement }) => {
    const checklist = await widget(canvasElement, 'ipt-selfcare-checklist');
    await userEvent.click(checklist.canvas.getByRole('button', { name: es.checklistUi.reminderButton }));
    await expect(checklist.canvas.getByRole('combobox', { name: es.checklistUi.reminderDay })).toHaveValue('MO');
  },
};

/** Half done, in Spanish: the same stored ticks, whatever the language. */
export const SpanishHalfDone: Story = {
  ...spanish,
  name: 'Spanish: half done',
  args: { 'storage-key': 'story-spanish-half-done' },
  beforeEach: seedChecklist('story-spanish-half-done', { v: 2, ticks: ticks(half), own: [] }),
  play: playInLanguage('ipt-selfcare-checklist', 'es', say(es.checklistUi.progress, { done: half.length, total: ids.length })),
};

/** Nothing ticked yet, in Spanish. */
export const SpanishEmpty: Story = {
  ...spanish,
  name: 'Spanish: empty',
  args: { 'storage-key': 'story-spanish-empty' },
  beforeEach: seedChecklist('story-spanish-empty'),
  play: playInLanguage('ipt-selfcare-checklist', 'es', es.checklistUi.ownEmpty),
};

/** The person's own steps, in Spanish (their own words stay as they wrote them). */
export const SpanishOwnSteps: Story = {
  ...spanish,
  name: 'Spanish: own steps',
  args: { 'storage-key': 'story-spanish-own-steps' },
  beforeEach: seedChecklist('story-spanish-own-steps', { v: 2, ticks: { [OWN[1]!.id]: true }, own: OWN }),
  play: playInLanguage('ipt-selfcare-checklist', 'es', es.checklistUi.ownHeading),
};

/** Storage blocked, in Spanish: the notice says the ticks cannot be saved. */
export const SpanishStorageUnavailable: Story = {
  ...spanish,
  name: 'Spanish: storage unavailable',
  args: { 'storage-key': 'story-spanish-storage-unavailable' },
  beforeEach: blockChecklistStorage('story-spanish-storage-unavailable'),
  play: playInLanguage('ipt-selfcare-checklist', 'es', es.checklistUi.cannotSave),
};
