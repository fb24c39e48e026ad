// Code loaded on demand (src/shared/on-demand.ts) finishes after the click that asked for it returns:
// these wait until it has run, by loading the same module and letting one more task pass.
const settled = async (load: () => Promise<unknown>): Promise<void> => {
  await load();
  await new Promise((resolve) => setTimeout(resolve));
};

/** The notes a click asked for are made (or refused). */
export const notesSettled = () => settled(() => import('../../src/shared/appointment-summary.js'));

/** The calendar file a click asked for is saved (or refused). */
export const reminderSettled = () => settled(() => import('../../src/checklist/reminder.js'));
