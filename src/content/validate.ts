/**
 * Validation of content overrides supplied by a site or CMS (for example as JSON
 * in a `<script type="application/json">`). Pure: no DOM, never throws.
 */
import { CRISIS_REGIONS, SELF_CARE_GROUP_IDS, SELF_CARE_ITEM_IDS } from './ids.js';
import { isPlainObject } from '../shared/plain-object.js';
import type { CrisisRegion, CrisisResource, SelfCareGroupId } from './types.js';

/** Maximum length of any override string, in characters. */
export const MAX_STRING_LENGTH = 500;
/** Maximum number of entries in any override list; later entries are ignored. */
export const MAX_LIST_LENGTH = 50;
/** Maximum number of unknown keys reported per object (the rest are summarised). */
const MAX_UNKNOWN_KEYS_REPORTED = 10;
/** Path used for errors about the input as a whole. */
export const ROOT_PATH = '(root)';

/** A self-care item added by the host page. */
export interface OverrideSelfCareItem {
  /** kebab-case, unique, and not the id of a built-in item. */
  id: string;
  label: string;
  why?: string;
  group: SelfCareGroupId;
}

/** A crisis resource added by the host page (e.g. a local service). */
export interface OverrideCrisisResource {
  /** Region to show it under; omit to show it for every region. */
  region?: CrisisRegion;
  name: string;
  /** Display number: digits, spaces, "+", "-", "(" and ")" only. */
  number: string;
  kind: CrisisResource['kind'];
  /** Optional link; must be http:, https:, tel:, sms: or mailto:. */
  href?: string;
}

/** An extra "learn more" link. */
export interface OverrideLink {
  label: string;
  /** Must be http:, https:, tel:, sms: or mailto:. */
  href: string;
}

/**
 * Content overrides accepted from a host page or CMS. All keys are optional.
 *
 * ```json
 * {
 *   "quizIntro": "Text shown above the quiz (replaces nothing; shown in addition).",
 *   "selfCare": { "extraItems": [{ "id": "walk-with-a-friend", "label": "...", "why": "...", "group": "body" }] },
 *   "crisis": { "extraResources": [{ "region": "uk", "name": "...", "number": "020 7946 0999", "kind": "call", "href": "tel:02079460999" }] },
 *   "links": [{ "label": "Our clinic", "href": "https://example.org" }]
 * }
 * ```
 *
 * Limits: every string is trimmed, must be non-empty and at most
 * {@link MAX_STRING_LENGTH} characters; every list holds at most
 * {@link MAX_LIST_LENGTH} entries. Self-care groups must be one of
 * `daily-rhythm`, `body`, `connection`, `care`; crisis regions one of
 * `us`, `ca`, `uk`, `ie`, `au`, `eu`.
 */
export interface ContentOverrides {
  quizIntro?: string;
  selfCare?: { extraItems?: OverrideSelfCareItem[] };
  crisis?: { extraResources?: OverrideCrisisResource[] };
  links?: OverrideLink[];
}

export interface ValidationError {
  /** JSON-style path, e.g. `selfCare.extraItems[2].label`, or {@link ROOT_PATH}. */
  path: string;
  /** Plain-English reason. */
  reason: string;
}

export interface ValidationResult {
  /** The valid parts of the input. Invalid entries are dropped. */
  value: ContentOverrides;
  errors: ValidationError[];
}

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
const PHONE_DISPLAY = /^\+?[0-9][0-9 ()\-]*$/;

/**
 * A number of zeros only, longer than a three-digit emergency number ("000" is Australia's Triple
 * Zero): a placeholder left in, which a person in crisis must never be shown.
 */
const isPlaceholderNumber = (number: string): boolean => /^0{4,}$/.test(number.replace(/\D/g, ''));
const CRISIS_KINDS: readonly CrisisResource['kind'][] = ['call', 'text', 'emergency'];

type Errors = ValidationError[];
type Obj = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  if (t === 'object') return 'an object';
  if (t === 'undefined') return 'undefined';
  if (t === 'string') return 'a string';
  if (t === 'number') return 'a number';
  if (t === 'boolean') return 'a boolean';
  return `a ${t}`;
}

/** Builds `parent.key`, quoting keys that are not simple identifiers. */
function join(parent: string, key: string): string {
  const shown = key.length > 60 ? `${key.slice(0, 57)}...` : key;
  const seg = /^[A-Za-z_$][\w$]*$/.test(shown) ? shown : `[${JSON.stringify(shown)}]`;
  if (parent === '' || parent === ROOT_PATH) return seg;
  return seg.startsWith('[') ? `${parent}${seg}` : `${parent}.${seg}`;
}

/** Reads own enumerable keys; reports and returns [] if the object cannot be read. */
function keysOf(obj: Obj, path: string, errors: Errors): string[] {
  try {
    return Object.keys(obj);
  } catch {
    errors.push({ path, reason: 'could not be read' });
    return [];
  }
}

function read(obj: Obj, key: string, path: string, errors: Errors): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  } catch {
    errors.push({ path: join(path, key), reason: 'could not be read' });
    return undefined;
  }
}

/** Reports keys that are not in `allowed`. */
function checkKeys(obj: Obj, allowed: readonly string[], path: string, errors: Errors): void {
  let reported = 0;
  let extra = 0;
  for (const key of keysOf(obj, path, errors)) {
    if (allowed.includes(key)) continue;
    if (reported < MAX_UNKNOWN_KEYS_REPORTED) {
      errors.push({ path: join(path, key), reason: `unknown key (allowed: ${allowed.join(', ')})` });
      reported += 1;
    } else {
      extra += 1;
    }
  }
  if (extra > 0) errors.push({ path: path || ROOT_PATH, reason: `${extra} more unknown keys were ignored` });
}

/** A string, or undefined with an error when it is required but missing or not a string at all. */
function rawString(value: unknown, path: string, errors: Errors, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) errors.push({ path, reason: 'is required' });
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.push({ path, reason: `expected a string, got ${describe(value)}` });
    return undefined;
  }
  return value;
}

/** Validates a required or optional string. Returns the trimmed string or undefined. */
function str(input: unknown, path: string, errors: Errors, required: boolean): string | undefined {
  const value = rawString(input, path, errors, required);
  if (value === undefined) return undefined;
  if (value.length > MAX_STRING_LENGTH) {
    errors.push({ path, reason: `is too long (max ${MAX_STRING_LENGTH} characters)` });
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed === '') {
    errors.push({ path, reason: 'must not be empty' });
    return undefined;
  }
  return trimmed;
}

/**
 * True if `href` is a safe absolute link: http(s) with a host, or tel:, sms:
 * (a phone number) or mailto: (an address). Rejects javascript:, data:,
 * vbscript:, relative and protocol-relative URLs, and any control characters.
 */
export function isSafeHref(href: string): boolean {
  if (/[\u0000-\u001f\u007f\s]/.test(href)) return false;
  const lower = href.toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://')) {
    try {
      const url = new URL(href);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }
  if (lower.startsWith('tel:') || lower.startsWith('sms:')) {
    return /^\+?[0-9][0-9().\-]*$/.test(href.slice(4));
  }
  if (lower.startsWith('mailto:')) {
    return /^[^@\s<>"']+@[^@\s<>"']+$/.test(href.slice(7).split('?')[0] ?? '');
  }
  return false;
}

function href(value: unknown, path: string, errors: Errors, required: boolean): string | undefined {
  const s = str(value, path, errors, required);
  if (s === undefined) return undefined;
  if (!isSafeHref(s)) {
    errors.push({ path, reason: 'is not an allowed URL (use http:, https:, tel:, sms: or mailto:)' });
    return undefined;
  }
  return s;
}

function oneOf<T extends string>(
  input: unknown,
  allowed: readonly T[],
  what: string,
  path: string,
  errors: Errors,
  required: boolean,
): T | undefined {
  const value = rawString(input, path, errors, required);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    errors.push({ path, reason: `unknown ${what} ${JSON.stringify(shown)} (allowed: ${allowed.join(', ')})` });
    return undefined;
  }
  return value as T;
}

/** Validates an array; calls `each` for the first MAX_LIST_LENGTH entries and keeps defined results. */
function list<T>(value: unknown, path: string, errors: Errors, each: (item: unknown, path: string) => T | undefined): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.push({ path, reason: `expected an array, got ${describe(value)}` });
    return undefined;
  }
  let length: number;
  try {
    length = value.length;
  } catch {
    errors.push({ path, reason: 'could not be read' });
    return undefined;
  }
  if (length > MAX_LIST_LENGTH) {
    errors.push({ path, reason: `has too many entries (max ${MAX_LIST_LENGTH}); the rest were ignored` });
  }
  const out: T[] = [];
  for (let i = 0; i < Math.min(length, MAX_LIST_LENGTH); i += 1) {
    let item: unknown;
    try {
      item = value[i];
    } catch {
      errors.push({ path: `${path}[${i}]`, reason: 'could not be read' });
      continue;
    }
    const result = each(item, `${path}[${i}]`);
    if (result !== undefined) out.push(result);
  }
  return out;
}

function obj(value: unknown, path: string, errors: Errors): Obj | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    errors.push({ path, reason: `expected an object, got ${describe(value)}` });
    return undefined;
  }
  return value;
}

function selfCareItem(value: unknown, path: string, errors: Errors, seen: Set<string>): OverrideSelfCareItem | undefined {
  const o = obj(value, path, errors);
  if (o === undefined) {
    if (value === undefined) errors.push({ path, reason: 'expected an object, got undefined' });
    return undefined;
  }
  checkKeys(o, ['id', 'label', 'why', 'group'], path, errors);
  const before = errors.length;
  const id = str(read(o, 'id', path, errors), join(path, 'id'), errors, true);
  if (id !== undefined) {
    if (id.length > MAX_ID_LENGTH || !KEBAB_ID.test(id)) {
      errors.push({ path: join(path, 'id'), reason: `must be kebab-case (a-z, 0-9 and "-"), at most ${MAX_ID_LENGTH} characters` });
    } else if (id.startsWith('own-')) {
      errors.push({ path: join(path, 'id'), reason: 'must not start with "own-" (kept for the steps people add themselves)' });
    } else if ((SELF_CARE_ITEM_IDS as readonly string[]).includes(id)) {
      errors.push({ path: join(path, 'id'), reason: `duplicates the built-in item "${id}"` });
    } else if (seen.has(id)) {
      errors.push({ path: join(path, 'id'), reason: `duplicate id "${id}"` });
    }
  }
  const label = str(read(o, 'label', path, errors), join(path, 'label'), errors, true);
  const why = str(read(o, 'why', path, errors), join(path, 'why'), errors, false);
  const group = oneOf(read(o, 'group', path, errors), SELF_CARE_GROUP_IDS, 'group', join(path, 'group'), errors, true);
  // Unknown keys alone do not drop the entry; any other error does.
  const fatal = errors.slice(before).length > 0;
  if (fatal || id === undefined || label === undefined || group === undefined) return undefined;
  seen.add(id);
  return why === undefined ? { id, label, group } : { id, label, why, group };
}

function crisisResource(value: unknown, path: string, errors: Errors): OverrideCrisisResource | undefined {
  const o = obj(value, path, errors);
  if (o === undefined) {
    if (value === undefined) errors.push({ path, reason: 'expected an object, got undefined' });
    return undefined;
  }
  checkKeys(o, ['region', 'name', 'number', 'kind', 'href'], path, errors);
  const before = errors.length;
  const region = oneOf(read(o, 'region', path, errors), CRISIS_REGIONS, 'region', join(path, 'region'), errors, false);
  const name = str(read(o, 'name', path, errors), join(path, 'name'), errors, true);
  const number = str(read(o, 'number', path, errors), join(path, 'number'), errors, true);
  if (number !== undefined && (!PHONE_DISPLAY.test(number) || number.replace(/\D/g, '').length > 20)) {
    errors.push({ path: join(path, 'number'), reason: 'must be a phone number (digits, spaces, "+", "-", "(" and ")")' });
  } else if (number !== undefined && isPlaceholderNumber(number)) {
    errors.push({ path: join(path, 'number'), reason: 'is all zeros, like an example number: put in the real line' });
  }
  const kind = oneOf(read(o, 'kind', path, errors), CRISIS_KINDS, 'kind', join(path, 'kind'), errors, true);
  const link = href(read(o, 'href', path, errors), join(path, 'href'), errors, false);
  if (errors.length > before || name === undefined || number === undefined || kind === undefined) return undefined;
  const out: OverrideCrisisResource = { name, number, kind };
  if (region !== undefined) out.region = region;
  if (link !== undefined) out.href = link;
  return out;
}

function link(value: unknown, path: string, errors: Errors): OverrideLink | undefined {
  const o = obj(value, path, errors);
  if (o === undefined) {
    if (value === undefined) errors.push({ path, reason: 'expected an object, got undefined' });
    return undefined;
  }
  checkKeys(o, ['label', 'href'], path, errors);
  const before = errors.length;
  const label = str(read(o, 'label', path, errors), join(path, 'label'), errors, true);
  const h = href(read(o, 'href', path, errors), join(path, 'href'), errors, true);
  if (errors.length > before || label === undefined || h === undefined) return undefined;
  return { label, href: h };
}

/**
 * Validates CMS content overrides. Returns the valid parts in `value` and one
 * error per problem, each with a JSON-style path and a plain reason.
 * Invalid entries (or invalid optional fields) are dropped; the rest is kept.
 * `undefined` input means "no overrides" and gives no errors.
 * Never throws.
 */
export function validateOverrides(input: unknown): ValidationResult {
  const errors: Errors = [];
  const value: ContentOverrides = {};
  try {
    if (input === undefined) return { value, errors };
    if (!isPlainObject(input)) {
      errors.push({ path: ROOT_PATH, reason: `expected an object, got ${describe(input)}` });
      return { value, errors };
    }
    checkKeys(input, ['quizIntro', 'selfCare', 'crisis', 'links'], '', errors);

    const quizIntro = str(read(input, 'quizIntro', '', errors), 'quizIntro', errors, false);
    if (quizIntro !== undefined) value.quizIntro = quizIntro;

    const selfCare = obj(read(input, 'selfCare', '', errors), 'selfCare', errors);
    if (selfCare) {
      checkKeys(selfCare, ['extraItems'], 'selfCare', errors);
      const seen = new Set<string>();
      const items = list(read(selfCare, 'extraItems', 'selfCare', errors), 'selfCare.extraItems', errors, (item, p) =>
        selfCareItem(item, p, errors, seen),
      );
      value.selfCare = items ? { extraItems: items } : {};
    }

    const crisis = obj(read(input, 'crisis', '', errors), 'crisis', errors);
    if (crisis) {
      checkKeys(crisis, ['extraResources'], 'crisis', errors);
      const resources = list(read(crisis, 'extraResources', 'crisis', errors), 'crisis.extraResources', errors, (item, p) =>
        crisisResource(item, p, errors),
      );
      value.crisis = resources ? { extraResources: resources } : {};
    }

    const links = list(read(input, 'links', '', errors), 'links', errors, (item, p) => link(item, p, errors));
    if (links) value.links = links;
  } catch {
    errors.push({ path: ROOT_PATH, reason: 'could not be read' });
  }
  return { value, errors };
}
