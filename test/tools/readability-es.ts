/**
 * Spanish readability scoring for the content tests (a test tool, not shipped: nothing in src/ imports it).
 *
 * INFLESZ (Szigriszt-Pazos) = 206.835 - 62.3 x (syllables / words) - (words / sentences).
 * Fernández-Huerta = 206.84 - 0.60 x P - 1.02 x F, with P = syllables per 100 words and F = words per
 * sentence (sources disagree on P and F; this follows Flesch, see ipt-facts.md section 10).
 *
 * Syllables follow the written (dictionary) syllabification:
 * - nuclei are a e i o u á é í ó ú ü, and y when no vowel follows it ("y", "hoy", "muy"; not "yo", "reyes");
 * - two strong vowels (a e o, accented or not) are a hiatus ("le-er", "po-e-ta"), and so is an accented
 *   í or ú beside any vowel ("dí-a", "pa-ís", "ba-úl"); any other pair of vowels is one syllable: weak
 *   i u ü y with any vowel ("tie-rra", "ciu-dad", "cui-da-do"), so triphthongs are one too ("buey");
 * - the u of "que qui gue gui" is silent; the ü of "güe güi" counts ("pin-güi-no");
 * - h is a consonant, so it separates vowels ("a-hu-mar", "pro-hi-bir"). Spoken Spanish often makes a
 *   diphthong across it ([au.már]); the dictionary split is simpler and is what this tool counts.
 *
 * Numbers, percentages and acronyms mirror the English tool (readability.ts):
 * - numbers are read digit by digit ("988" is "nueve ocho ocho", 3 words, 6 syllables); a separator
 *   between digits adds "coma" (1 word, 2 syllables) and "%" adds "por ciento" (2 words, 3 syllables),
 *   also when written after a space ("50 %", the Spanish norm);
 * - an all-capital acronym (2 to 6 letters, e.g. "TIP", "SMS") is one word with one syllable per letter
 *   ("W" counts 3). This undercounts letters whose Spanish names have two syllables ("efe", "ese").
 * - a few abbreviations are read as their words ("EE. UU." is "Estados Unidos", "p. ej." is "por
 *   ejemplo"), so their dots do not end sentences.
 *
 * Sentences and words come from the English tool's `normalizeText` and `words`, which already keep
 * accented letters and ñ and strip ¿ ¡ « » from word edges.
 */
import type { LocaleContent } from '../../src/content/types.js';
import { bodyTextBlocks, crisisTextBlocks, normalizeText, textStats } from './readability.js';
import type { LabeledText, TextStats } from './readability.js';

export type { LabeledText, TextStats } from './readability.js';

/** Syllables of each digit's Spanish name: cero, uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve. */
const DIGIT_SYLLABLES = [2, 2, 1, 1, 2, 2, 1, 2, 2, 2] as const;

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/;

/** Abbreviations whose dots are not sentence ends, with the words they are read as. */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bEE\.\s?UU\./g, 'Estados Unidos'],
  [/\bp\.\s?ej\./g, 'por ejemplo'],
  [/\betc\./g, 'etcétera'],
  [/\bDra\./g, 'doctora'],
  [/\bDr\./g, 'doctor'],
  [/\bSra\./g, 'señora'],
  [/\bSr\./g, 'señor'],
  [/\bnúm\./g, 'número'],
];

/** Syllables in the letters of one lowercase word (no digits): see the module notes. */
function letterSyllables(word: string): number {
  // Vowel letters only, with silent u and consonant y dropped; a consonant or any other mark is a break.
  const nuclei: string[] = [];
  const chars = [...word];
  chars.forEach((ch, i) => {
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    if (ch === 'u' && (prev === 'q' || prev === 'g') && /[eiéí]/.test(next)) nuclei.push('|');
    else if (ch === 'y') nuclei.push(VOWEL.test(next) ? '|' : 'i');
    else nuclei.push(VOWEL.test(ch) ? ch : '|');
  });
  let count = 0;
  let prev = '|';
  for (const v of nuclei) {
    if (v !== '|' && (prev === '|' || (STRONG.has(prev) && STRONG.has(v)))) count += 1;
    prev = v;
  }
  return count;
}

/** Words and syllables in one word token (as split by `words`): numbers, acronyms, then Spanish letters. */
export function tokenCountsEs(token: string): { words: number; syllables: number } {
  if (/\d/.test(token)) {
    let w = 0;
    let y = 0;
    for (const ch of token) {
      if (/\d/.test(ch)) {
        w += 1;
        y += DIGIT_SYLLABLES[Number(ch)] ?? 1;
      }
    }
    const separators = token.match(/\d[.,]\d/g)?.length ?? 0;
    w += separators;
    y += 2 * separators;
    if (token.includes('%')) {
      w += 2;
      y += 3;
    }
    return { words: w, syllables: y };
  }
  const acronym = /^([A-ZÑ]{2,6})s?$/.exec(token);
  if (acronym?.[1]) {
    return { words: 1, syllables: [...acronym[1]].reduce((n, ch) => n + (ch === 'W' ? 3 : 1), 0) };
  }
  return { words: 1, syllables: Math.max(1, letterSyllables(token.toLocaleLowerCase('es'))) };
}

/**
 * Spanish syllables in one word; at least 1. Numbers are read digit by digit and all-capital
 * acronyms letter by letter, as in {@link tokenCountsEs}.
 */
export function syllablesEs(word: string): number {
  return tokenCountsEs(word).syllables;
}

/** Sentences of Spanish text: abbreviations expanded and "50 %" joined, then the English tool's split. */
export function normalizeTextEs(text: string): string[] {
  const expanded = ABBREVIATIONS.reduce((t, [re, words]) => t.replace(re, words), text);
  return normalizeText(expanded.replace(/(\d)[ \u00a0\u202f]+%/g, '$1%'));
}

export const textStatsEs = (text: string): TextStats => textStats(text, normalizeTextEs, tokenCountsEs);

/** INFLESZ from counts. Returns 100 for empty text. */
export function infleszFromStats({ words: w, sentences: s, syllables: y }: TextStats): number {
  if (w === 0 || s === 0) return 100;
  return 206.835 - 62.3 * (y / w) - w / s;
}

/** Szigriszt-Pazos perspicuity as read on the INFLESZ scale (0-100, higher is easier). Returns 100 for empty text. */
export function inflesz(text: string): number {
  return infleszFromStats(textStatsEs(text));
}

/** Fernández-Huerta readability (higher is easier), P per 100 words and F words per sentence. Returns 100 for empty text. */
export function fernandezHuerta(text: string): number {
  const { words: w, sentences: s, syllables: y } = textStatsEs(text);
  if (w === 0 || s === 0) return 100;
  return 206.84 - 0.6 * ((100 * y) / w) - 1.02 * (w / s);
}

/** INFLESZ of many blocks scored as one text (each block keeps its own sentences), i.e. word-weighted. */
export function pooledInflesz(blocks: readonly LabeledText[]): number {
  return inflesz(blocks.map((b) => b.text).join('\n'));
}

/** The INFLESZ band name of a score; each band includes its lower bound. */
export function infleszBand(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}

/** Reader-facing Spanish body text, collected exactly as the English {@link bodyTextBlocks}. */
export function bodyTextBlocksEs(content: LocaleContent): LabeledText[] {
  return bodyTextBlocks(content);
}

/**
 * Reader-facing Spanish crisis text, collected as the English {@link crisisTextBlocks}: a number,
 * keyword or web address in an action is replaced by the placeholder "it", which scores as one word
 * of one syllable here too.
 */
export function crisisTextBlocksEs(content: LocaleContent): LabeledText[] {
  return crisisTextBlocks(content);
}
