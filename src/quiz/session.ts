import type { QuizAnswerOption, QuizStatement } from '../content/types.js';
import { SKIP, type QuizAnswer } from './scoring.js';
import { isPlainObject } from '../shared/plain-object.js';
import { DEFAULT_STORAGE_KEY } from '../shared/storage-key.js';

import { QUIZ_SESSION_KEY, quizSessionKey } from '../controllers/storage.js';

/** The sessionStorage key for the default `storage-key`. */
export const SESSION_KEY = QUIZ_SESSION_KEY;
export { DEFAULT_STORAGE_KEY, STORAGE_KEY_MAX_LENGTH, sanitizeStorageKey } from '../shared/storage-key.js';

/** The sessionStorage key for a valid `storage-key`. */
export const sessionKeyFor = (name: string): string => quizSessionKey(name, DEFAULT_STORAGE_KEY);

/** What `persist="session"` keeps: the current statement and the answers, nothing else. */
export interface SavedQuiz {
  /** Index of the statement on screen, 0-based. */
  readonly step: number;
  /** Answer value (or "I'd rather not say") by statement id. */
  readonly answers: Readonly<Record<string, QuizAnswer>>;
}

export type ParseResult =
  | { readonly ok: true; readonly saved: SavedQuiz | null }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads saved data. `null` (nothing saved) is fine; anything else must be exactly the saved shape,
 * with known statement ids and answer values, or the whole thing is rejected with a reason.
 * The step is moved back to the first unanswered statement if it is past it.
 */
export function parseSaved(
  raw: string | null,
  statements: readonly QuizStatement[],
  options: readonly QuizAnswerOption[],
): ParseResult {
  if (raw === null) return { ok: true, saved: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (!isPlainObject(data) || !isPlainObject(data.answers)) return { ok: false, reason: 'it does not have the expected shape' };
  const { step, answers } = data;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= statements.length) {
    return { ok: false, reason: 'its step is out of range' };
  }
  const ids = new Set<string>(statements.map((s) => s.id));
  const values = new Set(options.map((o) => o.value));
  const clean: Record<string, QuizAnswer> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (!ids.has(id)) return { ok: false, reason: `it names an unknown statement` };
    if (value !== SKIP && (typeof value !== 'number' || !values.has(value))) {
      return { ok: false, reason: 'it holds an answer value out of range' };
    }
    clean[id] = value;
  }
  const firstUnanswered = statements.findIndex((s) => !(s.id in clean));
  const lastAllowed = firstUnanswered === -1 ? statements.length - 1 : firstUnanswered;
  return { ok: true, saved: { step: Math.min(step, lastAllowed), answers: clean } };
}

export function serialiseSaved(saved: SavedQuiz): string {
  return JSON.stringify({ step: saved.step, answers: saved.answers });
}
