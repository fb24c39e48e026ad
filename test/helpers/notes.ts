// The appointment notes as a test sees them: collected instead of printed or saved (so a test can
// read them), and read back with the browser's own parser, as a person would see the page.
import { notesOutput } from '../../src/shared/appointment-summary.js';
import { notesSettled } from './on-demand.js';

export interface MadeNotes {
  readonly how: 'print' | 'save';
  readonly html: string;
  readonly name?: string;
}

const real = { ...notesOutput };

/** Every notes page made since the last `captureNotes()`, in order. */
export const made: MadeNotes[] = [];

/** Collects notes instead of printing or saving them (call before each test). */
export function captureNotes(): void {
  made.length = 0;
  notesOutput.print = (page) => void made.push({ how: 'print', html: page });
  notesOutput.save = (name, page) => void made.push({ how: 'save', html: page, name });
}

/** Puts the browser's own printing and saving back (after each test, or to test them). */
export function realNotesOutput(): void {
  Object.assign(notesOutput, real);
}

/** The notes as a reader sees them: the page's text, read by the browser's own parser. */
export const readNotes = (page: string): Document => new DOMParser().parseFromString(page, 'text/html');


/** Presses a notes button in a widget's shadow root and waits until the notes are made (or refused). */
export async function pressForNotes(el: HTMLElement & { updateComplete: Promise<unknown> }, selector: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click();
  await notesSettled();
  await el.updateComplete;
}
