import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canWrite, keysStartingWith, openStore, otherTabsListener, readItem, removeItem, writeItem, type WebStorage } from '../controllers/storage.js';
import {
  backupKeyFor,
  emptyDoc,
  isLegacyBackupKey,
  parseStored,
  serialize,
  storageKeyFor,
  DEFAULT_STORAGE_KEY,
  type ChecklistDoc,
} from './storage-schema.js';

/**
 * - `saved`: changes are written to storage.
 * - `memory`: `persist="none"`; nothing is written, by choice.
 * - `unavailable`: storage is missing, refused, full or holds data this version must not overwrite.
 */
export type SaveState = 'saved' | 'memory' | 'unavailable';

export interface LoadResult {
  readonly doc: ChecklistDoc;
  /** Unreadable data was found; it was set aside under a backup key when storage allowed. */
  readonly corrupt: boolean;
  /** The stored document was an older version (now upgraded in storage when possible). */
  readonly migratedFrom?: number;
  /** A newer version of the library wrote the data: it is left alone, and nothing is saved. */
  readonly newer?: boolean;
  /** Storage could not be read at all: keep what is on screen, and never overwrite what was not read. */
  readonly unreadable?: boolean;
}

/**
 * Reads and writes one checklist's document in localStorage (through the one storage layer,
 * src/controllers/storage.ts) and follows changes made in other tabs. Never throws: every storage
 * fault turns into `state === 'unavailable'` and the host keeps its document in memory.
 */
export class ChecklistPersistence implements ReactiveController {
  /** How the last load or save went. */
  state: SaveState = 'memory';

  private key = storageKeyFor(DEFAULT_STORAGE_KEY);
  private name = DEFAULT_STORAGE_KEY;
  private persist: 'local' | 'none' = 'local';
  /** Set when the stored data must not be overwritten (newer version, or corrupt data not backed up). */
  private readOnly = false;
  private connected = false;
  /** Whether the host has said which key and mode to use (configure). */
  private configured = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called when another tab changed this key, or the page became visible again. */
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.hearOtherTabs();
    window.addEventListener('ipt-plan-add', this.onPlanAdd);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.hearOtherTabs();
    window.removeEventListener('ipt-plan-add', this.onPlanAdd);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Which document to use: the valid `storage-key` and the `persist` mode. */
  configure(name: string, persist: 'local' | 'none'): void {
    this.name = name;
    this.key = storageKeyFor(name);
    this.persist = persist;
    this.configured = true;
    this.hearOtherTabs();
  }

  /**
   * Loads (and migrates) the stored document; an empty one when there is none or it cannot be read.
   * Corrupt data is set aside and `replacement` (what the person sees) is written in its place.
   */
  load(replacement: ChecklistDoc = emptyDoc()): LoadResult {
    this.readOnly = false;
    if (this.persist === 'none') return this.result('memory', emptyDoc());
    const storage = this.storage();
    const raw = readItem(storage, this.key);
    if (raw === undefined) return this.unreadable();
    const parsed = parseStored(raw);
    switch (parsed.kind) {
      case 'empty':
        return this.result(canWrite(storage, this.key) ? 'saved' : 'unavailable', emptyDoc());
      case 'ok':
        if (parsed.migratedFrom !== undefined) {
          this.setState(this.write(storage, parsed.doc));
          return { doc: parsed.doc, corrupt: false, migratedFrom: parsed.migratedFrom };
        }
        return this.result(canWrite(storage, this.key) ? 'saved' : 'unavailable', parsed.doc);
      case 'newer':
        this.readOnly = true;
        this.setState('unavailable');
        return { doc: emptyDoc(), corrupt: false, newer: true };
      case 'corrupt': {
        const setAside = this.setAside(storage, raw ?? '');
        this.readOnly = !setAside;
        this.setState(setAside ? this.write(storage, replacement) : 'unavailable');
        return { doc: replacement, corrupt: true };
      }
    }
  }

  /**
   * The stored document as another tab may have left it, read without side effects (no probe, no
   * migration write); undefined when there is nothing readable to build on. Data from a newer
   * version or corrupt data gives `'guard'`: the caller must let `load()` protect it before saving.
   */
  peek(): ChecklistDoc | 'guard' | undefined {
    if (this.persist === 'none' || this.readOnly) return undefined;
    const raw = readItem(this.storage(), this.key);
    if (raw === undefined) return undefined;
    const parsed = parseStored(raw);
    if (parsed.kind === 'newer' || parsed.kind === 'corrupt') return 'guard';
    return parsed.kind === 'ok' ? parsed.doc : undefined;
  }

  /** Saves the document; returns (and keeps) the resulting state. */
  save(doc: ChecklistDoc): SaveState {
    if (this.persist === 'none') return this.setState('memory');
    const storage = this.readOnly ? null : this.storage();
    return this.setState(storage ? this.write(storage, doc) : 'unavailable');
  }

  /** Whether a set-aside copy of unreadable data (this version's or an earlier one's) is stored. */
  hasBackup(): boolean {
    if (this.persist === 'none') return false;
    const storage = this.storage();
    const backup = readItem(storage, backupKeyFor(this.name));
    return (backup !== undefined && backup !== null) || this.legacyBackups(storage).length > 0;
  }

  /** Deletes the copy of unreadable data (the person cleared the list); never throws. */
  removeBackup(): void {
    if (this.persist === 'none') return;
    const storage = this.storage();
    // A copy that cannot be removed stays until the browser's site data is cleared.
    for (const name of [backupKeyFor(this.name), ...this.legacyBackups(storage)]) removeItem(storage, name);
  }

  /** Keeps one copy per key: the newest replaces the older, and old time-stamped copies go. */
  private setAside(storage: WebStorage | null, raw: string): boolean {
    if (!writeItem(storage, backupKeyFor(this.name), raw)) return false;
    for (const name of this.legacyBackups(storage)) if (!removeItem(storage, name)) break;
    return true;
  }

  /** Backups named `<key>:corrupt-<time>` by earlier versions, when the store can list its keys. */
  private legacyBackups(storage: WebStorage | null): string[] {
    return keysStartingWith(storage, this.key).filter((name) => isLegacyBackupKey(this.name, name));
  }

  private unreadable(): LoadResult {
    this.readOnly = true;
    this.setState('unavailable');
    return { doc: emptyDoc(), corrupt: false, unreadable: true };
  }

  private result(state: SaveState, doc: ChecklistDoc): LoadResult {
    this.setState(state);
    return { doc, corrupt: false };
  }

  private setState(state: SaveState): SaveState {
    if (state !== this.state) {
      this.state = state;
      this.host.requestUpdate();
    }
    return state;
  }

  private storage(): WebStorage | null {
    return openStore('local');
  }

  private write(storage: WebStorage | null, doc: ChecklistDoc): SaveState {
    return writeItem(storage, this.key, serialize(doc)) ? 'saved' : 'unavailable';
  }

  // Other tabs' changes matter only to a stored list on the page, once its key is known.
  private readonly otherTabs = otherTabsListener((event) => this.onStorage(event));

  private hearOtherTabs(): void {
    this.otherTabs(this.connected && this.configured && this.persist === 'local');
  }

  // Heard only while the list is stored (hearOtherTabs).
  private readonly onStorage = (event: StorageEvent): void => {
    // `key === null` means the whole storage area was cleared.
    if (event.key !== null && event.key !== this.key) return;
    const storage = this.storage();
    if (event.storageArea && storage && event.storageArea !== storage) return;
    this.refresh();
  };

  /** A quiz on this page added a step to a stored list (other tabs hear it as a storage event). */
  private readonly onPlanAdd = (event: Event): void => {
    const detail = (event as CustomEvent<{ storageKey?: unknown }>).detail;
    if (this.persist !== 'none' && detail?.storageKey === this.name) this.refresh();
  };

  private readonly onVisibility = (): void => {
    if (this.connected && document.visibilityState === 'visible') this.refresh();
  };
}
