import { openStore, readItem, removeItem, writeItem } from './storage.js';

/**
 * A widget's unfinished work kept in this browser tab (sessionStorage) under one key: the quiz's
 * `persist="session"`. Every fault (no storage, refused, full) is handled here: the work stays in
 * memory and the widget warns once, naming itself; nothing throws into the page.
 */
export class SessionDraft {
  /** The key in use, or null when nothing is kept. */
  key: string | null = null;
  private warned = false;

  constructor(private readonly fault: () => string) {}

  /** The saved text (null when none), or undefined when storage could not be read (warned). */
  read(): string | null | undefined {
    if (!this.key) return null;
    const raw = readItem(openStore('session'), this.key);
    if (raw === undefined) this.warn();
    return raw;
  }

  write(value: string): void {
    if (this.key && !writeItem(openStore('session'), this.key, value)) this.warn();
  }

  remove(): void {
    if (this.key && !removeItem(openStore('session'), this.key)) this.warn();
  }

  private warn(): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(this.fault());
  }
}
