/**
 * Storage set-up for stories, as `beforeEach` hooks: each returns a cleanup that Storybook runs
 * before the story renders again or another story takes its place, so stories never share state.
 */
import { checklistKey, webStorage, type WebStorage } from '../../src/controllers/storage.js';
import { SESSION_KEY } from '../../src/quiz/session.js';

/** The localStorage key of a checklist with this `storage-key`. */
export { checklistKey };

/** The stored document of a checklist, parsed (null when nothing is stored). */
export function storedChecklist(storageKey: string): { ticks: Record<string, true>; own: { id: string; text: string }[]; plan?: string[]; week?: string } | null {
  const raw = localStorage.getItem(checklistKey(storageKey));
  return raw === null ? null : JSON.parse(raw);
}

/** Removes a checklist's key and anything kept beside it (the `:corrupt` backup). */
function clearChecklist(storageKey: string): void {
  const key = checklistKey(storageKey);
  for (const name of Object.keys(localStorage)) if (name === key || name.startsWith(`${key}:`)) localStorage.removeItem(name);
}

/**
 * Starts a checklist story from a known stored value: an object is stored as JSON, a string as
 * written (for unreadable data), nothing leaves it empty.
 */
export const seedChecklist =
  (storageKey: string, stored?: object | string) =>
  (): (() => void) => {
    clearChecklist(storageKey);
    if (stored !== undefined) {
      localStorage.setItem(checklistKey(storageKey), typeof stored === 'string' ? stored : JSON.stringify(stored));
    }
    return () => clearChecklist(storageKey);
  };

/**
 * Makes the checklist with this `storage-key` see blocked storage (as in a sandboxed frame, where
 * every access throws SecurityError), through the library's replaceable `webStorage`.
 * Other checklists on the page (a docs page shows many) keep working; the original comes back on cleanup.
 */
export const blockChecklistStorage =
  (storageKey: string) =>
  (): (() => void) => {
    clearChecklist(storageKey);
    const original = webStorage.local;
    const blocked = checklistKey(storageKey);
    const guard = (key: string): void => {
      if (key.startsWith(blocked)) throw new DOMException('Storage is blocked in this story.', 'SecurityError');
    };
    webStorage.local = (): WebStorage | null | undefined => {
      const real = original();
      if (!real) return real;
      return {
        getItem: (key) => (guard(key), real.getItem(key)),
        setItem: (key, value) => (guard(key), real.setItem(key, value)),
        removeItem: (key) => (guard(key), real.removeItem(key)),
      };
    };
    return () => {
      webStorage.local = original;
      clearChecklist(storageKey);
    };
  };

/** Starts a quiz story with this tab's saved quiz (`persist="session"`) set, or cleared. */
export const seedQuizSession =
  (saved?: { step: number; answers: Record<string, number> }) =>
  (): (() => void) => {
    sessionStorage.removeItem(SESSION_KEY);
    if (saved) sessionStorage.setItem(SESSION_KEY, JSON.stringify(saved));
    return () => sessionStorage.removeItem(SESSION_KEY);
  };

export { SESSION_KEY };
