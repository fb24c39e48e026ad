import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

/** The part of the Web Storage API the checklist uses; `key` and `length` only to find old backups. */
export type ChecklistStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

/**
 * Where every checklist finds its storage. The default reads `window.localStorage` only when asked
 * (never at module load). Tests, and hosts that want another store, replace `get`; it may return
 * `null` (no storage) or throw (a sandboxed iframe throws SecurityError): both mean "memory only".
 */
export const checklistStorage: { get: () => ChecklistStorage | null | undefined } = {
  get: () => (typeof window === 'undefined' ? null : window.localStorage),
};

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
 * Reads and writes one checklist's document in Web Storage and follows changes made in other tabs.
 * Never throws: every storage fault turns into `state === 'unavailable'` and the host keeps its
 * document in memory.
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

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called when another tab changed this key, or the page became visible again. */
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('storage', this.onStorage);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('storage', this.onStorage);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Which document to use: the valid `storage-key` and the `persist` mode. */
  configure(name: string, persist: 'local' | 'none'): void {
    this.name = name;
    this.key = storageKeyFor(name);
    this.persist = persist;
  }

  /**
   * Loads (and migrates) the stored document; an empty one when there is none or it cannot be read.
   * Corrupt data is set aside and `replacement` (what the person sees) is written in its place.
   */
  load(replacement: ChecklistDoc = emptyDoc()): LoadResult {
    this.readOnly = false;
    if (this.persist === 'none') return this.result('memory', emptyDoc());
    const storage = this.storage();
    if (!storage) return this.unreadable();
    let raw: string | null;
    try {
      raw = storage.getItem(this.key);
    } catch {
      return this.unreadable();
    }
    const parsed = parseStored(raw);
    switch (parsed.kind) {
      case 'empty':
        return this.result(this.probe(storage) ? 'saved' : 'unavailable', emptyDoc());
      case 'ok':
        if (parsed.migratedFrom !== undefined) {
          this.setState(this.write(storage, parsed.doc));
          return { doc: parsed.doc, corrupt: false, migratedFrom: parsed.migratedFrom };
        }
        return this.result(this.probe(storage) ? 'saved' : 'unavailable', parsed.doc);
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
    try {
      const parsed = parseStored(this.storage()?.getItem(this.key) ?? null);
      if (parsed.kind === 'newer' || parsed.kind === 'corrupt') return 'guard';
      return parsed.kind === 'ok' ? parsed.doc : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves the document; returns (and keeps) the resulting state. */
  save(doc: ChecklistDoc): SaveState {
    if (this.persist === 'none') return this.setState('memory');
    const storage = this.readOnly ? null : this.storage();
    return this.setState(storage ? this.write(storage, doc) : 'unavailable');
  }

  /** Deletes the copy of unreadable data (the person cleared the list); never throws. */
  /** Whether a set-aside copy of unreadable data (this version's or an earlier one's) is stored. */
  hasBackup(): boolean {
    if (this.persist === 'none') return false;
    const storage = this.storage();
    if (!storage) return false;
    try {
      return storage.getItem(backupKeyFor(this.name)) !== null || this.legacyBackups(storage).length > 0;
    } catch {
      return false;
    }
  }

  removeBackup(): void {
    if (this.persist === 'none') return;
    const storage = this.storage();
    if (!storage) return;
    for (const name of [backupKeyFor(this.name), ...this.legacyBackups(storage)]) {
      try {
        storage.removeItem(name);
      } catch {
        // Nothing more to do: the data stays until the browser's site data is cleared.
      }
    }
  }

  /** Keeps one copy per key: the newest replaces the older, and old time-stamped copies go. */
  private setAside(storage: ChecklistStorage, raw: string): boolean {
    try {
      storage.setItem(backupKeyFor(this.name), raw);
    } catch {
      return false;
    }
    for (const name of this.legacyBackups(storage)) {
      try {
        storage.removeItem(name);
      } catch {
        break;
      }
    }
    return true;
  }

  /** Backups named `<key>:corrupt-<time>` by earlier versions, when the store can list its keys. */
  private legacyBackups(storage: ChecklistStorage): string[] {
    const names: string[] = [];
    try {
      const length = storage.length;
      if (typeof length !== 'number' || typeof storage.key !== 'function') return names;
      for (let i = 0; i < length; i += 1) {
        const name = storage.key(i);
        if (name !== null && isLegacyBackupKey(this.name, name)) names.push(name);
      }
    } catch {
      // A store that cannot be listed keeps its old backups.
    }
    return names;
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

  private storage(): ChecklistStorage | null {
    try {
      return checklistStorage.get() ?? null;
    } catch {
      return null;
    }
  }

  private write(storage: ChecklistStorage, doc: ChecklistDoc): SaveState {
    try {
      storage.setItem(this.key, serialize(doc));
      return 'saved';
    } catch {
      return 'unavailable';
    }
  }

  /** Finds out early whether writing works (some private modes refuse every write), so the notice shows before the first tick. */
  private probe(storage: ChecklistStorage): boolean {
    const probeKey = `${this.key}:probe`;
    try {
      storage.setItem(probeKey, '1');
      storage.removeItem(probeKey);
      return true;
    } catch {
      return false;
    }
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (this.persist === 'none') return;
    // `key === null` means the whole storage area was cleared.
    if (event.key !== null && event.key !== this.key) return;
    const storage = this.storage();
    if (event.storageArea && storage && event.storageArea !== storage) return;
    this.refresh();
  };

  private readonly onVisibility = (): void => {
    if (this.connected && document.visibilityState === 'visible') this.refresh();
  };
}
