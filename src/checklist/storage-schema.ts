/**
 * The stored document of `<ipt-selfcare-checklist>`: its schema versions, parsing, migration and the
 * pure edits the element makes to it. No DOM, no storage access: everything here is a plain function.
 *
 * Version history (add a migration step whenever the shape changes):
 * - v1 (0.0.x previews): `{ "version": 1, "done": ["item-id", ...] }`
 * - v2 (0.1.x):          `{ "v": 2, "ticks": { "item-id": true }, "own": [{ "id", "text" }], "week"?: "YYYY-MM-DD" }`
 * - v3 (current):        v2 plus `"plan": ["step-id", ...]`, the steps a person added from the quiz, in the
 *   order added. A new version, so an older copy of the library on the same site leaves the list
 *   alone (read-only) instead of saving it without the plan.
 */

import { isPlainObject } from '../shared/plain-object.js';
import { checklistKey } from '../controllers/storage.js';

export { DEFAULT_STORAGE_KEY, STORAGE_KEY_MAX_LENGTH, sanitizeStorageKey } from '../shared/storage-key.js';

export const SCHEMA_VERSION = 3;

/** Every storage key of the checklist starts with this, so other widgets and sites' data never collide. */
export const KEY_PREFIX = checklistKey('');
/** Longest own step, in characters. */
export const OWN_STEP_MAX_LENGTH = 120;
/** Most own steps one checklist keeps. */
export const OWN_STEPS_MAX = 50;
/** Most steps a plan keeps (there are fewer than this to choose from today). */
export const PLAN_MAX = 40;
/** Most ticks kept for steps the current page does not show (another page of the site may add them). */
export const HIDDEN_TICKS_MAX = 200;

export interface OwnStep {
  readonly id: string;
  readonly text: string;
}

/** The current (v3) document. */
export interface ChecklistDoc {
  readonly v: typeof SCHEMA_VERSION;
  /** Ticked item ids (content items, plan steps and own steps). Only `true` is stored. */
  readonly ticks: Readonly<Record<string, true>>;
  readonly own: readonly OwnStep[];
  /** Ids of steps added from the quiz (checklist steps or relationship tips), oldest first. */
  readonly plan: readonly string[];
  /** Local date (YYYY-MM-DD) of the Monday that starts the week the ticks belong to (weekly reset). */
  readonly week?: string;
}

/** The first stored shape, kept only so it can be migrated. */
export interface ChecklistDocV1 {
  readonly version: 1;
  readonly done: readonly string[];
}

export type ParseResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly doc: ChecklistDoc; readonly migratedFrom?: number }
  /** Written by a newer version of the library: readable by it, not by us. Leave it alone. */
  | { readonly kind: 'newer'; readonly version: number }
  /** Not JSON, or not any known shape. */
  | { readonly kind: 'corrupt' };

export const emptyDoc = (): ChecklistDoc => ({ v: SCHEMA_VERSION, ticks: {}, own: [], plan: [] });

const OWN_ID_PATTERN = /^own-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLAN_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WEEK_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The full storage key for a (valid) `storage-key`. */
export const storageKeyFor = checklistKey;

/** Where corrupt data is set aside, so it is never silently destroyed; one per key, the newest replaces the older. */
export const backupKeyFor = (key: string): string => `${storageKeyFor(key)}:corrupt`;

/** Backups of versions up to 0.1.0 were named `<key>:corrupt-<time>`; this finds them so they can be removed. */
export const isLegacyBackupKey = (key: string, name: string): boolean => name.startsWith(`${storageKeyFor(key)}:corrupt-`);

/** Own step text as stored: trimmed, inner runs of white space (including line breaks) made one space. */
export const normalizeStepText = (text: string): string => text.replace(/\s+/g, ' ').trim();

export type StepError = 'empty' | 'too-long' | 'too-many';

/** Validates a new own step; returns the text to store or the reason it is refused. */
export function validateOwnStep(
  text: string,
  existing: number,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: StepError } {
  const clean = normalizeStepText(text);
  if (clean.length === 0) return { ok: false, error: 'empty' };
  if ([...clean].length > OWN_STEP_MAX_LENGTH) return { ok: false, error: 'too-long' };
  if (existing >= OWN_STEPS_MAX) return { ok: false, error: 'too-many' };
  return { ok: true, text: clean };
}

/** A fresh own-step id, unique among `taken`. */
export function newOwnStepId(taken: ReadonlySet<string>, time: number): string {
  const base = `own-${Math.max(0, Math.floor(time)).toString(36)}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function readTicks(value: unknown): Record<string, true> {
  const ticks: Record<string, true> = {};
  if (!isPlainObject(value)) return ticks;
  for (const [id, on] of Object.entries(value)) if (on === true) ticks[id] = true;
  return ticks;
}

function readOwn(value: unknown): OwnStep[] {
  if (!Array.isArray(value)) return [];
  const own: OwnStep[] = [];
  const ids = new Set<string>();
  for (const entry of value) {
    if (!isPlainObject(entry) || typeof entry.id !== 'string' || typeof entry.text !== 'string') continue;
    const text = normalizeStepText(entry.text);
    if (!OWN_ID_PATTERN.test(entry.id) || entry.id.length > 40 || ids.has(entry.id)) continue;
    if (text.length === 0 || [...text].length > OWN_STEP_MAX_LENGTH) continue;
    ids.add(entry.id);
    own.push({ id: entry.id, text });
    if (own.length === OWN_STEPS_MAX) break;
  }
  return own;
}

/** Plan ids as stored: known-looking ids only, no repeats, at most {@link PLAN_MAX}; unknown ones stay (a newer page may show them). */
function readPlan(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids = value.filter((id): id is string => typeof id === 'string' && id.length <= 60 && PLAN_ID_PATTERN.test(id));
  return [...new Set(ids)].slice(0, PLAN_MAX);
}

/** v1 -> current: the `done` list becomes the `ticks` map; v1 had no own steps, no week and no plan. */
export function migrateV1(doc: ChecklistDocV1): ChecklistDoc {
  const ticks: Record<string, true> = {};
  for (const id of doc.done) ticks[id] = true;
  return { v: SCHEMA_VERSION, ticks, own: [], plan: [] };
}

/**
 * Turns any parsed JSON value into the current document, migrating older versions.
 * Unknown inner entries are dropped; an unknown outer shape is `corrupt`.
 */
export function migrate(data: unknown): ParseResult {
  if (!isPlainObject(data)) return { kind: 'corrupt' };
  if (data.version === 1 && Array.isArray(data.done)) {
    const done = data.done.filter((id): id is string => typeof id === 'string');
    return { kind: 'ok', doc: migrateV1({ version: 1, done }), migratedFrom: 1 };
  }
  // v2 -> v3 adds an empty plan; nothing else changed.
  if (data.v === SCHEMA_VERSION || data.v === 2) {
    const week = typeof data.week === 'string' && WEEK_PATTERN.test(data.week) ? data.week : undefined;
    const plan = data.v === 2 ? [] : readPlan(data.plan);
    const doc: ChecklistDoc = { v: SCHEMA_VERSION, ticks: readTicks(data.ticks), own: readOwn(data.own), plan };
    const migratedFrom = data.v === 2 ? { migratedFrom: 2 } : {};
    return { kind: 'ok', doc: week ? { ...doc, week } : doc, ...migratedFrom };
  }
  const version = typeof data.v === 'number' ? data.v : data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return { kind: 'newer', version };
  }
  return { kind: 'corrupt' };
}

/** Parses the raw stored string (`null` when nothing is stored). Never throws. */
export function parseStored(raw: string | null): ParseResult {
  if (raw === null || raw === '') return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt' };
  }
  return migrate(data);
}

export const serialize = (doc: ChecklistDoc): string => JSON.stringify(doc);

/**
 * Tidies the ticks against the steps a page shows. Ticks of own steps no longer on the list are
 * dropped. Ticks of other steps the page does not know are kept: another page of the same site may
 * add them (`selfCare.extraItems`). Only the newest {@link HIDDEN_TICKS_MAX} of those stay.
 */
export function prune(doc: ChecklistDoc, contentIds: readonly string[]): ChecklistDoc {
  const known = new Set([...contentIds, ...doc.own.map((step) => step.id)]);
  const ids = Object.keys(doc.ticks).filter((id) => known.has(id) || !id.startsWith('own-'));
  // Objects keep string keys in insertion order (also through JSON), so the first ones are the oldest.
  let drop = ids.filter((id) => !known.has(id)).length - HIDDEN_TICKS_MAX;
  const ticks: Record<string, true> = {};
  for (const id of ids) {
    if (!known.has(id) && drop > 0) drop -= 1;
    else ticks[id] = true;
  }
  return { ...doc, ticks };
}

/**
 * Adds the ticks and own steps of `extra` to `base` (by id), up to {@link OWN_STEPS_MAX} own steps.
 * A union on purpose: losing a saved tick is worse than keeping one the screen did not show.
 */
export function mergeDocs(base: ChecklistDoc, extra: ChecklistDoc): ChecklistDoc {
  const ids = new Set(base.own.map((step) => step.id));
  const own = [...base.own, ...extra.own.filter((step) => !ids.has(step.id))].slice(0, OWN_STEPS_MAX);
  const plan = [...new Set([...base.plan, ...extra.plan])].slice(0, PLAN_MAX);
  return { ...base, ticks: { ...base.ticks, ...extra.ticks }, own, plan };
}

/** Adds a step to the plan (last); a step already there, or a full plan, leaves the document as it is. */
export function withPlanStep(doc: ChecklistDoc, id: string): ChecklistDoc {
  if (doc.plan.includes(id) || doc.plan.length >= PLAN_MAX || !PLAN_ID_PATTERN.test(id)) return doc;
  return { ...doc, plan: [...doc.plan, id] };
}

/** Takes a step out of the plan; its tick goes too, unless the step is also on the list itself (a checklist step, `listed`). */
export function withoutPlanStep(doc: ChecklistDoc, id: string, listed: boolean): ChecklistDoc {
  const ticks: Record<string, true> = { ...doc.ticks };
  if (!listed) delete ticks[id];
  return { ...doc, ticks, plan: doc.plan.filter((step) => step !== id) };
}

export function withTick(doc: ChecklistDoc, id: string, done: boolean): ChecklistDoc {
  const ticks: Record<string, true> = { ...doc.ticks };
  if (done) ticks[id] = true;
  else delete ticks[id];
  return { ...doc, ticks };
}

export const withOwnStep = (doc: ChecklistDoc, step: OwnStep): ChecklistDoc => ({ ...doc, own: [...doc.own, step] });

export function withoutOwnStep(doc: ChecklistDoc, id: string): ChecklistDoc {
  const ticks: Record<string, true> = { ...doc.ticks };
  delete ticks[id];
  return { ...doc, ticks, own: doc.own.filter((step) => step.id !== id) };
}

/** Unticks everything; own steps stay. */
export const clearTicks = (doc: ChecklistDoc): ChecklistDoc => ({ ...doc, ticks: {} });

/** Unticks the given steps only (the ones a page shows); own steps stay. */
export function withoutTicks(doc: ChecklistDoc, ids: readonly string[]): ChecklistDoc {
  const ticks: Record<string, true> = { ...doc.ticks };
  for (const id of ids) delete ticks[id];
  return { ...doc, ticks };
}

/** The local date (YYYY-MM-DD) of the Monday 00:00 that starts the week containing `date`. */
export function weekStartOf(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}

/**
 * Weekly routine: ticks from an earlier week are cleared (own steps stay) and the week is recorded.
 * A document with no week yet only records it: there is no telling when its ticks were made.
 */
export function applyWeeklyReset(doc: ChecklistDoc, now: Date): { readonly doc: ChecklistDoc; readonly cleared: boolean } {
  const week = weekStartOf(now);
  if (doc.week === week) return { doc, cleared: false };
  const earlier = doc.week !== undefined && doc.week < week;
  const hadTicks = Object.keys(doc.ticks).length > 0;
  return { doc: { ...(earlier ? clearTicks(doc) : doc), week }, cleared: earlier && hadTicks };
}
