import { asText, strictText } from './attributes.js';
import { warnOnce } from './warn.js';

/** The `storage-key` used when none (or an invalid one) is set. */
export const DEFAULT_STORAGE_KEY = 'default';
/** Longest `storage-key` accepted. */
export const STORAGE_KEY_MAX_LENGTH = 64;

const STORAGE_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Checks a `storage-key` value. Surrounding spaces are trimmed; the rest must be letters, digits,
 * `.`, `_` or `-` (no `:`), at most {@link STORAGE_KEY_MAX_LENGTH} long. `undefined` means invalid.
 */
export function sanitizeStorageKey(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const key = value.trim();
  if (key.length === 0 || key.length > STORAGE_KEY_MAX_LENGTH) return undefined;
  return STORAGE_KEY_PATTERN.test(key) ? key : undefined;
}

/** The `storage-key` of a widget that saves: unset or empty gives the default; a bad value warns once and does too. */
export function readStorageKey(host: object, tag: string, input: unknown): string {
  const value = strictText(input);
  if (value === null || value?.trim() === '') return DEFAULT_STORAGE_KEY;
  const key = sanitizeStorageKey(value);
  if (key !== undefined) return key;
  warnOnce(
    host,
    tag,
    'storage-key',
    value ?? asText(input),
    `use up to ${STORAGE_KEY_MAX_LENGTH} letters, digits, ".", "_" or "-"; using "${DEFAULT_STORAGE_KEY}"`,
  );
  return DEFAULT_STORAGE_KEY;
}
