/**
 * Pure logic behind `<ipt-explainer>`: section ids and attribute parsing (citation numbering lives
 * in src/shared/citations.ts, shared with the checklist). No DOM, no side effects at load.
 */
import { asText } from '../shared/attributes.js';
import { warnOnce } from '../shared/warn.js';

/** The explainer's sections, in their default order. */
export const SECTION_IDS = [
  'what',
  'how-it-helps',
  'core-concepts',
  'problem-areas',
  'process',
  'evidence',
  'combining',
  'self-care',
  'sources',
] as const;

export type ExplainerSectionId = (typeof SECTION_IDS)[number];

export const LAYOUTS = ['accordion', 'expanded'] as const;
export type ExplainerLayout = (typeof LAYOUTS)[number];

const isSectionId = (value: string): value is ExplainerSectionId =>
  (SECTION_IDS as readonly string[]).includes(value);

/** Splits an id list on spaces and commas, lower-cased, without empties. An array set from script reads as a list. */
export function splitIds(value: unknown): string[] {
  return (asText(value) ?? '')
    .split(/[\s,]+/)
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * The `sections` attribute: known ids in the given order, duplicates dropped. Each unknown id warns
 * once and is skipped; unset, empty or nothing valid shows every section.
 */
export function parseSections(host: object, tag: string, value: unknown): ExplainerSectionId[] {
  const tokens = splitIds(value);
  if (tokens.length === 0) return [...SECTION_IDS];
  const known = [...new Set(tokens.filter(isSectionId))];
  const expected = `expected ids from: ${SECTION_IDS.join(', ')}`;
  if (known.length === 0) {
    warnOnce(host, tag, 'sections', value, `${expected}; showing every section`);
    return [...SECTION_IDS];
  }
  for (const token of tokens) {
    if (!isSectionId(token)) warnOnce(host, tag, 'sections', token, `${expected}; skipping it`);
  }
  return known;
}

/**
 * The `open` attribute: the section ids to open at start. `null` (attribute absent) means "use the
 * default", and an empty value opens none. Unknown ids warn once and are skipped.
 */
export function parseOpen(host: object, tag: string, value: unknown): Set<ExplainerSectionId> | null {
  if (value == null) return null;
  const open = new Set<ExplainerSectionId>();
  for (const token of splitIds(value)) {
    if (isSectionId(token)) open.add(token);
    else warnOnce(host, tag, 'open', token, `expected ids from: ${SECTION_IDS.join(', ')}; skipping it`);
  }
  return open;
}

export { CitationIndex } from '../shared/citations.js';

