import type { AppointmentNotes } from './appointment-summary.js';

/**
 * Code a person reaches only by pressing a button: the appointment notes and the calendar file.
 * The CDN files load it then, from `chunks/` beside themselves (scripts/build-cdn.mjs lists these
 * modules), so a page where nobody prints or saves downloads none of it. A failed load (offline, or
 * a copy of the file without its chunks folder) warns, naming the element and the file, and
 * rejects: callers then say the file could not be made.
 */
async function load<T>(host: Element, chunk: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    console.warn(
      `[ipt-widgets] <${host.localName}> could not load chunks/${chunk}.js, which belongs beside its script (${(error as Error).message}); that file cannot be made.`,
    );
    throw error;
  }
}

export const loadNotes = (host: Element) => load(host, 'notes', () => import('./appointment-summary.js'));
export const loadReminder = (host: Element) => load(host, 'reminder', () => import('../checklist/reminder.js'));

/** Prints or saves the notes; what to tell the person (the "could not be made" words when the code cannot load). */
export function outputNotesOnDemand(host: Element, notes: AppointmentNotes, how: 'print' | 'save'): Promise<string | undefined> {
  return loadNotes(host).then(
    ({ outputNotes }) => outputNotes(notes, how),
    () => notes.text.failed,
  );
}

/**
 * Starts loading before the press (a pointer over the buttons, or focus among them), so the press
 * finds the code ready: a print or a download that comes long after the press may be refused.
 */
export function warmUp(host: Element, ...loaders: ((host: Element) => Promise<unknown>)[]): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    // A failure warns now; the press itself tells the person.
    for (const loader of loaders) loader(host).catch(() => undefined);
  };
}
