import type { AppointmentNotes } from './appointment-summary.js';

/**
 * Each chunk's address beside the CDN file, defined by scripts/build-cdn.mjs; absent from the npm
 * modules, where the site's bundler loads the code.
 */
declare const IPT_CHUNK_ADDRESSES: Record<string, string>;

/**
 * After a failed load, the address each chunk is tried by next: the browser remembers a failed
 * address for the page view, for every copy of these files on the page, so the new one is unique.
 */
const retryAddress = new Map<string, string>();

/** After a failure, the same chunk under a new address, so a press once the connection is back works. */
function importAgain(chunk: string): Promise<unknown> | undefined {
  const address = retryAddress.get(chunk);
  return address === undefined ? undefined : import(/* @vite-ignore */ address);
}

/** Gives a chunk a fresh address after a failure; in the npm modules the site's bundler loads the code instead. */
function renewAddress(chunk: string): void {
  if (typeof IPT_CHUNK_ADDRESSES === 'undefined') return;
  retryAddress.set(chunk, `${IPT_CHUNK_ADDRESSES[chunk]}&attempt=${Math.random().toString(36).slice(2)}`);
}

/**
 * Code a person reaches only by pressing a button: the appointment notes and the calendar file.
 * The CDN files load it then, from `chunks/` beside themselves (scripts/build-cdn.mjs lists these
 * modules), so a page where nobody prints or saves downloads none of it. A failed load (offline, or
 * a copy of the file without its chunks folder) warns, naming the element and the file, and
 * rejects: callers then say the file could not be made. With the CDN files, the next press tries again.
 */
async function load<T>(host: Element, chunk: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await ((importAgain(chunk) as Promise<T> | undefined) ?? importer());
  } catch (error) {
    renewAddress(chunk);
    console.warn(
      `[ipt-widgets] <${host.localName}> could not load chunks/${chunk}.js, which belongs beside its script (${(error as Error).message}); that file cannot be made.`,
    );
    throw error;
  }
}

export const loadNotes = (host: Element) => load(host, 'notes', () => import('./appointment-summary.js'));
export const loadReminder = (host: Element) => load(host, 'reminder', () => import('../checklist/reminder.js'));

const pressing = new WeakMap<Element, Set<string>>();

/**
 * Does a press's work unless the same button's press on this element is still under way: a second
 * press while the code loads would save a second file or open a second print dialog.
 */
export async function onePressAtATime<T>(host: Element, press: string, work: () => Promise<T>): Promise<T | undefined> {
  const under = pressing.get(host) ?? new Set<string>();
  pressing.set(host, under);
  if (under.has(press)) return undefined;
  under.add(press);
  try {
    return await work();
  } finally {
    under.delete(press);
  }
}

/** Prints or saves the notes; what to tell the person (the "could not be made" words when the code cannot load). */
export function outputNotesOnDemand(host: Element, notes: AppointmentNotes, how: 'print' | 'save'): Promise<string | undefined> {
  return onePressAtATime(host, `notes-${how}`, () =>
    loadNotes(host).then(
      ({ outputNotes }) => outputNotes(notes, how),
      () => notes.text.failed,
    ),
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
    // A failure warns now; the press itself tells the person, and tries again.
    for (const loader of loaders) loader(host).catch(() => undefined);
  };
}
