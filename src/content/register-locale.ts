import { en } from './en/index.js';
import { addLanguagePack, primaryLanguage, shapeMismatches, type ContentPart, type LanguagePack } from './locales.js';
import { isPlainObject } from '../shared/plain-object.js';
import type { LocaleContent } from './types.js';

const PARTS = Object.keys(en).filter((key) => key !== 'lang' && key !== 'dir') as ContentPart[];

/**
 * Adds a site's own language: `registerLocale({ lang: 'fr', dir: 'ltr', content: { crisis, ui, ... } })`.
 * Every part is checked against English when it is registered: each missing or invalid field gets
 * one console warning naming its path, and a part with any such field is left out, so the widgets
 * that need it show English (marked `lang="en"`). Packs are text only: ids, citations, numbers
 * and links must be those of English, and nothing in a pack is ever rendered as HTML. Returns
 * whether anything was registered; never throws.
 */
export function registerLocale(pack: unknown): boolean {
  const lang = isPlainObject(pack) ? primaryLanguage(pack.lang) : undefined;
  if (!isPlainObject(pack) || !lang || !isPlainObject(pack.content)) {
    console.warn('[ipt-widgets] registerLocale() needs { lang: "fr", dir?: "ltr" | "rtl", content: { ... } }; the pack is ignored.');
    return false;
  }
  if (lang === 'en') {
    console.warn('[ipt-widgets] registerLocale(): English is built in and cannot be replaced; the pack is ignored.');
    return false;
  }
  const problems: string[] = [];
  const fitting: Record<string, unknown> = {};
  for (const [part, value] of Object.entries(pack.content)) {
    if (!(PARTS as string[]).includes(part)) {
      problems.push(`content.${part}: not a part of a language pack, ignored`);
      continue;
    }
    const found = shapeMismatches(en[part as ContentPart], value, `content.${part}`);
    if (part === 'crisis' && found.length === 0) found.push(...crisisActionProblems(value as LocaleContent['crisis']));
    if (part === 'dates' && found.length === 0) found.push(...datePatternProblems(value as LocaleContent['dates']));
    const instead = OPTIONAL_PARTS.has(part) ? 'so the browser writes dates in this language' : `so content.${part} is shown in English`;
    if (found.length) problems.push(...found.map((p) => `${p} (${instead})`));
    else fitting[part] = value;
  }
  for (const part of PARTS) {
    if (part in pack.content || OPTIONAL_PARTS.has(part)) continue;
    problems.push(`content.${part}: missing; widgets that show it use English`);
  }
  for (const problem of problems) console.warn(`[ipt-widgets] registerLocale("${lang}") ${problem}.`);
  if (Object.keys(fitting).length === 0) return false;
  // A copy, frozen: changing the object afterwards must not change what the widgets show.
  addLanguagePack(lang, pack.dir === 'rtl' || pack.dir === 'ltr' ? pack.dir : undefined, deepFreeze(structuredClone(fitting)) as LanguagePack['content']);
  return true;
}

/** Parts a pack may leave out without a warning: dates read in its language anyway, by the browser's Intl. */
const OPTIONAL_PARTS: ReadonlySet<string> = new Set(['dates']);

/** A long-date pattern must place the day, the month and the year, or dates would show its braces. */
function datePatternProblems(dates: LocaleContent['dates']): string[] {
  const missing = ['{day}', '{month}', '{year}'].filter((slot) => !dates.long.includes(slot));
  return missing.length ? [`content.dates.long: must contain ${missing.join(', ')}`] : [];
}

/**
 * A person must see the digits they will dial or text: a translated action that lost its number or
 * keyword ("Call 999" on a link that dials 988) is refused.
 */
function crisisActionProblems(crisis: LocaleContent['crisis']): string[] {
  const problems: string[] = [];
  crisis.regions.forEach((region, r) =>
    region.resources.forEach((line, i) => {
      if (line.kind === 'online') return;
      const at = `content.crisis.regions[${r}].resources[${i}].action`;
      if (!line.action.includes(line.number)) problems.push(`${at}: must show the number ${line.number}`);
      if (line.kind === 'text' && line.keyword && !line.action.includes(line.keyword)) problems.push(`${at}: must show the keyword ${line.keyword}`);
    }),
  );
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
