// Shared by the checklist element tests, which are split by concern. They all use the same
// localStorage keys; that is safe because the test runner opens one file at a time per engine
// (concurrency: 1 in web-test-runner.config.mjs), so no other open page fires `storage` events here.
import { webStorage, type WebStorage } from '../../src/controllers/storage.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';

export const PREFIX = 'ipt-selfcare:';
const originalGet = webStorage.local;

/** Removes every checklist key from the real localStorage and restores the real storage accessor. */
export function cleanStorage(): void {
  webStorage.local = originalGet;
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) localStorage.removeItem(key);
}

/** Checklist keys in the real localStorage. */
export function storedKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys.sort();
}

export function stored(key = 'default'): Record<string, unknown> | null {
  const raw = localStorage.getItem(`${PREFIX}${key}`);
  return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
}

/** An in-memory Storage whose writes can be made to fail like a full disk. */
export class FakeStorage implements WebStorage {
  readonly data = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

export const root = (el: IptSelfcareChecklist): ShadowRoot => el.shadowRoot!;

/** The checkbox whose label reads `label`. */
export function checkbox(el: IptSelfcareChecklist, label: string): HTMLInputElement {
  const labels = [...root(el).querySelectorAll('label')].filter((node) => node.textContent?.trim() === label);
  if (labels.length !== 1) throw new Error(`expected one label "${label}", found ${labels.length}`);
  const input = root(el).getElementById(labels[0].htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input for "${label}"`);
  return input;
}

export const checkboxes = (el: IptSelfcareChecklist): HTMLInputElement[] => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const progressText = (el: IptSelfcareChecklist): string => text(root(el).querySelector('[part="progress"] p'));
export const statusText = (el: IptSelfcareChecklist): string => text(root(el).querySelector('[role="status"]'));
export const noticeText = (el: IptSelfcareChecklist): string => text(root(el).querySelector('[part="notice"]'));

export function button(el: IptSelfcareChecklist, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].filter((node) => text(node) === name);
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0];
}

export { captureWarnings } from '../helpers/console.js';

/** A clock the test moves by hand. */
export function manualClock(start: Date): { now: () => Date; set: (date: Date) => void } {
  let current = start;
  return { now: () => new Date(current.getTime()), set: (date) => (current = date) };
}

/**
 * A short description of an element for assertions ("button.clear-trigger \"Clear my ticks\"").
 * Comparing descriptions instead of elements keeps failure messages readable (and chai from
 * walking a whole DOM tree when it formats one).
 */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const id = node.id ? `#${node.id}` : '';
  return `${node.tagName.toLowerCase()}${id} "${text(node).slice(0, 60)}"`;
}

export const focused = (el: IptSelfcareChecklist): string => describeNode(root(el).activeElement);

export const has = (el: IptSelfcareChecklist, selector: string): boolean => root(el).querySelector(selector) !== null;

export const TOTAL = en.selfCare.items.length;
/** axe checks every node of this long list; on a busy two-core machine that can take over 10 s. */
export const AXE_TIMEOUT = 60000;
export const [first, second] = en.selfCare.items;

export async function addStep(el: IptSelfcareChecklist, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  button(el, ui.addButton).click();
  await el.updateComplete;
}

export const storageNote = (el: IptSelfcareChecklist): string => text(root(el).querySelector('[part="storage-note"]'));
