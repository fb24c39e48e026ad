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
const LISTENERS_KEY = Symbol.for('ipt-widgets/locale-listeners');
const page = globalThis as Record<symbol, unknown>;
const registry = (page[REGISTRY_KEY] ??= new Map()) as Map<string, StoredPack>;
/** Widgets of every copy of the script, told when any copy registers a pack. */
const listeners = (page[LISTENERS_KEY] ??= new Set()) as Set<() => void>;

/** The primary language subtag of a BCP 47 tag (`es-MX` -> `es`), or undefined when it is not one. */
export function primaryLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * Adds (or extends) a language's pack with parts already known to fit (the packs this library
 * ships, typed by LocaleContent). A site's own pack goes through `registerLocale`, which checks
 * every field against English first.
 */
export function addLanguagePack(lang: string, dir: 'ltr' | 'rtl' | undefined, content: LanguagePack['content']): void {
  const before = registry.get(lang);
  // A later part without a direction keeps the language's (adding parts never flips a right-to-left pack).
  registry.set(lang, { dir: dir ?? before?.dir ?? 'ltr', content: { ...before?.content, ...content } });
  for (const listener of listeners) listener();
}

/** Whether a language has a pack (English always has one). */
export const hasLocale = (lang: string): boolean => lang === 'en' || registry.has(lang);

/** The registered pack of a language, if any. */
export const packOf = (lang: string): StoredPack | undefined => registry.get(lang);

/** Languages with a pack, English first. */
export const availableLocales = (): string[] => ['en', ...registry.keys()];

/** Calls `listener` whenever a pack is registered (widgets already on the page switch to it). */
export function onLocaleRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Every place where `candidate` differs in shape from `english`: the same keys, lists of the same
 * length, the same ids, citations, numbers and links, text where English has text (or plural forms
 * where English has them). Text itself may differ; that is translation.
 */
export function shapeMismatches(english: unknown, candidate: unknown, path: string, out: string[] = []): string[] {
  if (typeof english === 'string') {
    if (typeof candidate !== 'string' || candidate.trim() === '') out.push(`${path}: missing, or not text`);
  } else if (Array.isArray(english)) {
    if (!Array.isArray(candidate) || candidate.length !== english.length) out.push(`${path}: expected a list of ${english.length}`);
    else english.forEach((item, i) => shapeMismatches(item, candidate[i], `${path}[${i}]`, out));
  } else if (isPlainObject(english)) {
    if (!isPlainObject(candidate)) {
      out.push(`${path}: missing, or not an object`);
      return out;
    }
    // Plural forms: `other` is required, any category the language has may be given, and each is text.
    const plural = 'other' in english && Object.values(english).every((v) => typeof v === 'string');
    const keys = plural ? [...new Set(['other', ...Object.keys(candidate).filter((key) => PLURAL_CATEGORIES.has(key))])] : Object.keys(english);
    for (const key of keys) {
      const at = `${path}.${key}`;
      // Ids, citations, numbers, links, weights and dates are the same in every language.
      if (isFixed(key, english[key])) {
        if (JSON.stringify(english[key]) !== JSON.stringify(candidate[key])) out.push(`${at}: must be ${JSON.stringify(english[key])}, as in English`);
      } else shapeMismatches(plural ? english.other : english[key], candidate[key], at, out);
    }
    for (const key of Object.keys(candidate)) {
      if (!(key in english) && !(plural && PLURAL_CATEGORIES.has(key))) out.push(`${path}.${key}: unknown`);
    }
  } else if (english !== candidate) {
    out.push(`${path}: must be ${JSON.stringify(english)}, as in English`);
  }
  return out;
}

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const FIXED_KEYS = new Set(['id', 'cite', 'number', 'dial', 'keyword', 'href', 'region', 'group', 'weights', 'value']);
/** `kind` is fixed where it names a kind of line or row; elsewhere (`ui.waysTable.kind`) it is a label. */
const KINDS = new Set(['call', 'text', 'emergency', 'tty', 'online', 'idea', 'aim']);

/** True when `key` holds a value that is the same in every language (ids, numbers, links, dates). */
export function isFixed(key: string, english: unknown): boolean {
  if (FIXED_KEYS.has(key)) return true;
  if (key === 'kind') return KINDS.has(english as string);
  return typeof english === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(english);
}
