import { openStore, readItem, writeItem } from '../controllers/storage.js';
import type { LocaleContent } from '../content/types.js';
import { planStepWords } from '../content/plan.js';
import { emptyDoc, parseStored, serialize, storageKeyFor, withPlanStep, type ChecklistDoc } from './storage-schema.js';

/**
 * What adding a step from the quiz did: `added`; `already` in the plan; `full` (the plan's limit);
 * `not-saved`: no storage, a storage fault, or stored data this version must not overwrite
 * (corrupt or from a newer version; the checklist sets such data aside, never this).
 */
export type PlanAddResult = 'added' | 'already' | 'full' | 'not-saved';

/**
 * The quiz's side of the plan: the self-care list stored under `name` (the checklist's
 * `storage-key`), read and edited through the one storage layer. Never throws.
 */
export function storedPlan(name: string): readonly string[] {
  return storedList(name).plan;
}

/** Adds step `id` to the stored list, reading it fresh first so nothing another tab saved is lost. */
export function addToStoredPlan(name: string, id: string): PlanAddResult {
  const store = openStore('local');
  const key = storageKeyFor(name);
  const raw = readItem(store, key);
  if (raw === undefined) return 'not-saved';
  const parsed = parseStored(raw);
  if (parsed.kind === 'corrupt' || parsed.kind === 'newer') return 'not-saved';
  const doc = parsed.kind === 'ok' ? parsed.doc : emptyDoc();
  if (doc.plan.includes(id)) return 'already';
  const next = withPlanStep(doc, id);
  if (next === doc) return 'full';
  return writeItem(store, key, serialize(next)) ? 'added' : 'not-saved';
}

/** The stored self-care list under `name`, or an empty one when there is none or it cannot be read. */
export function storedList(name: string): ChecklistDoc {
  const parsed = parseStored(readItem(openStore('local'), storageKeyFor(name)) ?? null);
  return parsed.kind === 'ok' ? parsed.doc : emptyDoc();
}

/**
 * The words of the steps a person is doing, for their appointment notes: the plan's steps first
 * (added from the quiz), then every other ticked step, then ticked own steps. Ids the content does
 * not know (a newer page's) are left out.
 */
export function stepsInProgress(doc: ChecklistDoc, content: Pick<LocaleContent, 'selfCare' | 'relationships'>, extra: readonly { id: string; label: string }[] = []): string[] {
  const own = new Map([...extra.map((item) => [item.id, item.label] as const), ...doc.own.map((step) => [step.id, step.text] as const)]);
  const ids = [...new Set([...doc.plan, ...Object.keys(doc.ticks)])];
  return ids.map((id) => planStepWords(content, id)?.text ?? own.get(id)).filter((text): text is string => text !== undefined);
}
