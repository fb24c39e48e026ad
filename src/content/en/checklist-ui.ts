/**
 * Interface words for `<ipt-selfcare-checklist>` (labels, notices, status messages). Not medical
 * content: the steps, their reasons and sources come from `en.selfCare` and `sources`.
 */
import type { ChecklistUiStrings } from '../types.js';

/** `{placeholders}` are filled in by the element (see src/shared/format.ts). */
export const checklistUi: ChecklistUiStrings = {
  progress: '{done} of {total} done',
  citation: 'Source {number}: {title}',
  sourcesHeading: 'Sources',
  planHeading: 'Steps you added from the quiz',
  ownHeading: 'Your own steps',
  ownEmpty: 'You have not added any steps of your own yet.',
  addLabel: 'Add your own step',
  addHint: 'Use plain words, up to {max} characters.',
  addButton: 'Add step',
  counter: '{used} of {max} characters',
  counterOver: { one: '{count} character too many', other: '{count} characters too many' },
  errorPrefix: 'Error:',
  errorEmpty: 'Type a step before you add it.',
  errorTooLong: 'Your step is too long. Use {max} characters or fewer.',
  errorTooMany: 'You can keep up to {max} steps of your own. Remove one to add another.',
  remove: 'Remove',
  added: 'Added: {text}',
  removed: 'Removed: {text}',
  actionsLabel: 'Checklist tools',
  clear: 'Clear my ticks',
  clearTitle: 'Clear your ticks?',
  clearBody: 'This unticks every step on this list. Your own steps stay on the list. You cannot undo this.',
  clearBodyBackup: 'It also deletes the copy of the saved data that could not be read.',
  clearConfirm: 'Yes, clear my ticks',
  cancel: 'Cancel',
  cleared: 'Your ticks are cleared.',
  print: 'Print',
  copy: 'Copy as text',
  copied: 'The list is copied. You can paste it into a note or a message.',
  copyFailed: 'Copying did not work in this browser. You can print the list instead.',
  copyDone: '[x]',
  copyNotDone: '[ ]',
  storedNote:
    'Your ticks and steps are saved only in this browser, on this device. They are not sent anywhere. To delete them, remove your steps and clear your ticks, or clear this site’s data in your browser settings.',
  memoryNote: 'Your ticks are not saved. They will be gone when you leave or reload this page.',
  weeklyNote: 'Ticks clear at the start of each week, on Monday. Your own steps stay.',
  weekCleared: 'A new week has started, so your ticks are cleared. Your own steps stay.',
  cannotSave:
    'Your ticks cannot be saved on this device. You can still use the list, but the ticks will be gone when you leave this page.',
  corrupt: 'Your saved ticks could not be read, so the list starts fresh. A copy of the old data is kept in this browser.',
  corruptKept:
    'Saved data changed in another window could not be read, so this list stays as it is. A copy of that data is kept in this browser.',
  /** Printed in the box of a ticked step (the checkboxes do not print). */
  printDone: '✓',
  reminderButton: 'Add a weekly reminder',
  reminderHeading: 'Weekly reminder',
  reminderHint: 'This saves a file you can open in your calendar. The reminder repeats each week. The file holds none of your ticks or steps.',
  reminderDay: 'Day',
  reminderTime: 'Time',
  reminderSave: 'Save reminder file',
  reminderTimeError: 'Choose a time.',
  reminderSaved: 'Reminder file saved. Open it to add it to your calendar.',
  reminderFailed: 'This browser could not make the reminder file. Your list has not changed.',
  reminderSummary: 'Self-care check-in',
  reminderDescription: 'A moment each week to look at your self-care list. Notice what helped, and choose what to try next.',
};
