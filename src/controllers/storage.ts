/**
 * The one storage layer. Every widget that keeps data on the person's device goes through here:
 * safe access (never at module load, never throwing into the page), one fault rule (any failure
 * means "not stored", and the widget keeps working in memory), and the namespaced, versioned keys.
 *
 * Keys (documented in the README's privacy section and stories/Privacy.mdx):
 * - `ipt-selfcare:<storage-key>` in localStorage: the checklist document (its version is inside it);
 *   `ipt-selfcare:<storage-key>:corrupt`: one set-aside copy of unreadable data.
 * - `ipt-quiz:v1` (or `ipt-quiz:v1:<storage-key>`) in sessionStorage: an unfinished quiz.
 */

/** The part of the Web Storage API the widgets use; `key` and `length` only to list old keys. */
export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

/**
 * Where the widgets find storage, read only when asked. Tests and hosts that want another store
 * replace an entry; it may return null (no storage) or throw (a sandboxed frame throws
 * SecurityError): both mean "keep it in memory".
 */
export const webStorage: { local: () => WebStorage | null | undefined; session: () => WebStorage | null | undefined } = {
  local: () => globalThis.localStorage,
  session: () => globalThis.sessionStorage,
};

export type StorageArea = keyof typeof webStorage;

/** Every key the library writes starts with this. */
export const KEY_NAMESPACE = 'ipt-';

/** The checklist's key for a valid `storage-key`. */
export const checklistKey = (name: string): string => `${KEY_NAMESPACE}selfcare:${name}`;

/** The quiz's sessionStorage key. The version changes when the saved shape does; `default` keeps the key used before `storage-key` existed. */
export const QUIZ_SESSION_KEY = `${KEY_NAMESPACE}quiz:v1`;
export const quizSessionKey = (name: string, defaultName: string): string =>
  name === defaultName ? QUIZ_SESSION_KEY : `${QUIZ_SESSION_KEY}:${name}`;

/** The store of an area, or null when it is missing or refuses access. */
export function openStore(area: StorageArea): WebStorage | null {
  try {
    return webStorage[area]() ?? null;
  } catch {
    return null;
  }
}

/** The stored text (null when none), or undefined when it could not be read. */
export function readItem(store: WebStorage | null, key: string): string | null | undefined {
  if (!store) return undefined;
  try {
    return store.getItem(key);
  } catch {
    return undefined;
  }
}

/** Whether the text was stored (full, refused and missing storage all say no). */
export function writeItem(store: WebStorage | null, key: string, value: string): boolean {
  if (!store) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Whether the key is gone (or was never there). */
export function removeItem(store: WebStorage | null, key: string): boolean {
  if (!store) return false;
  try {
    store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The keys of a store that start with `prefix`, when it can list them (an empty list when it cannot). */
export function keysStartingWith(store: WebStorage | null, prefix: string): string[] {
  const names: string[] = [];
  try {
    const length = store?.length;
    if (!store || typeof length !== 'number' || typeof store.key !== 'function') return names;
    for (let i = 0; i < length; i += 1) {
      const name = store.key(i);
      if (name !== null && name.startsWith(prefix)) names.push(name);
    }
  } catch {
    // A store that cannot be listed keeps what it holds.
  }
  return names;
}

/** Whether writing works now (some private modes refuse every write), tried with a throwaway key. */
export function canWrite(store: WebStorage | null, key: string): boolean {
  const probe = `${key}:probe`;
  return writeItem(store, probe, '1') && removeItem(store, probe);
}

/**
 * A switch for hearing other tabs' storage changes: `hear(true)` adds the `storage` listener,
 * `hear(false)` removes it, each only once. The first such listener on a page starts the browser's
 * storage (2-8 ms at 4x CPU), so a widget listens only while another tab's change can matter.
 */
export function otherTabsListener(onChange: (event: StorageEvent) => void): (hear: boolean) => void {
  let hearing = false;
  return (hear) => {
    if (hear === hearing) return;
    hearing = hear;
    if (hear) window.addEventListener('storage', onChange);
    else window.removeEventListener('storage', onChange);
  };
}
