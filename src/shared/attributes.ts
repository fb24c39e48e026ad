import { CRISIS_REGIONS } from '../content/en/crisis.js';
import type { CrisisRegion } from '../content/types.js';
import { warnOnce } from './warn.js';

/**
 * Attribute parsers shared by the elements. Each returns a valid value or the fallback, and names
 * the element, the attribute and the bad value in one console warning. None of them throws.
 */

/** `region`: unset or empty means "no region" (the general list); an unknown code warns. */
export function parseRegion(host: object, tag: string, value: string | null | undefined): CrisisRegion | undefined {
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
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null || value.trim() === '') return fallback;
  const keyword = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(keyword)) return keyword as T;
  warnOnce(host, tag, attribute, value, `expected one of ${allowed.join(', ')}; using "${fallback}"`);
  return fallback;
}
