/**
 * Language packs beside the built-in English: registered by `ipt-widgets/locales/es`, the Spanish
 * CDN files, or a site's own `registerLocale(...)`. Pure data and functions: no DOM, nothing runs
 * at module load but creating the (page-wide) map.
 *
 * A pack may be partial: whatever it lacks, and any part whose shape differs from English (a
 * missing step, an extra citation), falls back to English, which the widgets mark `lang="en"`.
 */
import type { LocaleContent } from './types.js';
import { isPlainObject } from '../shared/plain-object.js';

/** The content parts a pack can hold: everything in {@link LocaleContent} but its language tags. */
export type ContentPart = Exclude<keyof LocaleContent, 'lang' | 'dir'>;

/** A language's content as registered: its language, direction, and some or all parts. */
export interface LanguagePack {
  readonly lang: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly content: Partial<Pick<LocaleContent, ContentPart>>;
}

interface StoredPack {
  readonly dir: 'ltr' | 'rtl';
  readonly content: Partial<Record<ContentPart, unknown>>;
}

/** Page-wide, so packs registered by one copy of the script reach widgets defined by another. */
const REGISTRY_KEY = Symbol.for('ipt-widgets/locales');
const registry = ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] ??= new Map()) as Map<string, StoredPack>;

/** The primary language subtag of a BCP 47 tag (`es-MX` -> `es`), or undefined when it is not one. */
export function primaryLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * Adds (or extends) a language pack. Returns false, with one console warning saying why, for a
 * value that is not a pack; parts are checked against English when a widget first uses them.
 * Never throws.
 */
export function registerLocale(pack: unknown): boolean {
  const lang = isPlainObject(pack) ? primaryLanguage(pack.lang) : undefined;
  if (!isPlainObject(pack) || !lang || !isPlainObject(pack.content)) {
    console.warn('[ipt-widgets] registerLocale() needs { lang: "es", dir?: "ltr" | "rtl", content: { ... } }; the pack is ignored.');
    return false;
  }
  if (lang === 'en') {
    console.warn('[ipt-widgets] registerLocale(): English is built in and cannot be replaced; the pack is ignored.');
    return false;
  }
  const dir = pack.dir === 'rtl' ? 'rtl' : 'ltr';
  const before = registry.get(lang);
  registry.set(lang, { dir, content: { ...before?.content, ...(pack.content as StoredPack['content']) } });
  for (const listener of listeners) listener();
  return true;
}

/** Whether a language has a pack (English always has one). */
export const hasLocale = (lang: string): boolean => lang === 'en' || registry.has(lang);

/** The registered pack of a language, if any. */
export const packOf = (lang: string): StoredPack | undefined => registry.get(lang);

/** Languages with a pack, English first. */
export const availableLocales = (): string[] => ['en', ...registry.keys()];

const listeners = new Set<() => void>();

/** Calls `listener` whenever a pack is registered (widgets already on the page switch to it). */
export function onLocaleRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Where `candidate` differs in shape from `english` (the path), or undefined when it matches:
 * the same keys, lists of the same length, the same ids, citations and numbers, text where English
 * has text and functions where English has functions. Text itself may differ; that is translation.
 */
export function shapeMismatch(english: unknown, candidate: unknown, path = ''): string | undefined {
  if (typeof english === 'string') return typeof candidate === 'string' && candidate.trim() !== '' ? undefined : path || '(root)';
  if (typeof english === 'function') return typeof candidate === 'function' ? undefined : path;
  if (Array.isArray(english)) {
    if (!Array.isArray(candidate) || candidate.length !== english.length) return path;
    for (let i = 0; i < english.length; i += 1) {
      const found = shapeMismatch(english[i], candidate[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isPlainObject(english)) {
    if (!isPlainObject(candidate)) return path;
    for (const key of Object.keys(english)) {
      const at = path ? `${path}.${key}` : key;
      // Ids, citations, numbers, links, weights and dates are the same in every language.
      if (isFixed(key, english[key]) && JSON.stringify(english[key]) !== JSON.stringify(candidate[key])) return at;
      const found = shapeMismatch(english[key], candidate[key], at);
      if (found) return found;
    }
    return undefined;
  }
  return english === candidate ? undefined : path;
}

const FIXED_KEYS = new Set(['id', 'cite', 'number', 'dial', 'keyword', 'href', 'region', 'group', 'weights', 'value']);
/** `kind` is fixed where it names a kind of line or row; elsewhere (`ui.waysTable.kind`) it is a label. */
const KINDS = new Set(['call', 'text', 'emergency', 'tty', 'online', 'idea', 'aim']);

function isFixed(key: string, english: unknown): boolean {
  if (FIXED_KEYS.has(key)) return true;
  if (key === 'kind') return KINDS.has(english as string);
  return typeof english === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(english);
}
