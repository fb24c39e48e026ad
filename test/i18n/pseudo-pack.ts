// A pseudo-language pack made from English (every text wrapped in ⟦ ⟧): shows which words a widget
// takes from a pack and which fall back, without inventing a translation of medical content.
import { en } from '../../src/content/index.js';
import type { LocaleContent } from '../../src/content/types.js';
import { isFixed } from '../../src/content/locales.js';

function pseudo<T>(value: T, key = ''): T {
  // What a pack must keep as in English, by the same rule registerLocale checks.
  if (isFixed(key, value)) return value;
  if (typeof value === 'string') return `⟦${value}⟧` as T;
  if (typeof value === 'function') return ((...args: unknown[]) => `⟦${(value as (...a: unknown[]) => string)(...args)}⟧`) as T;
  if (Array.isArray(value)) return value.map((item) => pseudo(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v, k)])) as T;
  }
  return value;
}

/** Every part of the content, pseudo-localised. */
export function pseudoContent(): Omit<LocaleContent, 'lang' | 'dir'> {
  return pseudo((({ lang: _lang, dir: _dir, ...content }: LocaleContent) => content)(en));
}
