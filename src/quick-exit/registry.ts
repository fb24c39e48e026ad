/**
 * Which `<ipt-quick-exit>` elements are on the page, so every widget's crisis box can show a small
 * link to one and the keyboard shortcut is handled once. Page-wide (a global symbol, as the language
 * packs are), because the one-element CDN files each carry their own copy of this module. Nothing
 * runs at module load.
 */

/** How the person left: the element's button, Shift pressed 3 times, or a crisis box's link. */
export type QuickExitVia = 'button' | 'keyboard' | 'link';

/** What a crisis box needs from a quick-exit element (of any copy of the script). */
export interface QuickExitTarget extends HTMLElement {
  /** Covers the page and leaves it for the neutral page. */
  exit(via?: QuickExitVia): void;
  /** The neutral page it leaves for (a checked http(s) address). */
  readonly destination: string;
}

interface Registry {
  /** Connected elements, in the order they connected. */
  readonly elements: Set<QuickExitTarget>;
  readonly listeners: Set<() => void>;
}

const KEY = Symbol.for('ipt-widgets/quick-exit');

function registry(): Registry {
  const page = globalThis as Record<symbol, Registry | undefined>;
  return (page[KEY] ??= { elements: new Set(), listeners: new Set() });
}

function changed(): void {
  for (const listener of registry().listeners) listener();
}

/** Called by a quick-exit element when it connects. */
export function addQuickExit(element: QuickExitTarget): void {
  registry().elements.add(element);
  changed();
}

/** Called by a quick-exit element when it disconnects. */
export function removeQuickExit(element: QuickExitTarget): void {
  if (registry().elements.delete(element)) changed();
}

/** The first quick-exit element still on the page (it owns the keyboard shortcut), if any. */
export function firstQuickExit(): QuickExitTarget | undefined {
  return registry().elements.values().next().value;
}

/** Calls `listener` whenever a quick-exit element joins or leaves the page; returns the way to stop. */
export function onQuickExitChange(listener: () => void): () => void {
  registry().listeners.add(listener);
  return () => registry().listeners.delete(listener);
}
