import { CRISIS_REGIONS, type CrisisRegion } from '../content/ids.js';
import { warnOnce } from './warn.js';

/**
 * Attribute parsers shared by the elements. Each returns a valid value or the fallback, and names
 * the element, the attribute and the bad value in one console warning. None of them throws.
 */

/**
 * Attributes are strings, but a script (or React 19) may set the property to anything: a number,
 * `false`, a URL object. Read it as text so it can be checked like an attribute; never throw.
 */
export function asText(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return '[unreadable value]';
  }
}

/**
 * Stricter than {@link asText}, for values that become a link or a storage name, where an object must
 * not turn into "[object Object]": text stays, finite numbers and URL objects become text, `null` and
 * `undefined` mean unset (null); anything else is not usable (undefined).
 */
export function strictText(value: unknown): string | null | undefined {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (value instanceof URL) return value.href;
  return undefined;
}

/** `region`: unset or empty means "no region" (the general list); an unknown code warns. */
export function parseRegion(host: object, tag: string, input: unknown): CrisisRegion | undefined {
  const value = asText(input);
  if (value == null || value.trim() === '') return undefined;
  const code = value.trim().toLowerCase();
  if ((CRISIS_REGIONS as readonly string[]).includes(code)) return code as CrisisRegion;
  warnOnce(host, tag, 'region', value, `expected one of ${CRISIS_REGIONS.join(', ')}; showing help for every region`);
  return undefined;
}

/** A keyword attribute such as `layout` or `persist`; unset or empty gives the fallback silently. */
export function parseKeyword<T extends string>(
  host: object,
  tag: string,
  attribute: string,
  input: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = asText(input);
  if (value == null || value.trim() === '') return fallback;
  const keyword = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(keyword)) return keyword as T;
  warnOnce(host, tag, attribute, value, `expected one of ${allowed.join(', ')}; using "${fallback}"`);
  return fallback;
}
