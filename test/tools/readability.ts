/**
 * Readability scoring for the content tests (a test tool, not shipped: nothing in src/ imports it).
 *
 * Flesch-Kincaid Grade Level = 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59.
 * Syllables come from the `syllable` package, with two documented adjustments
 * so numbers and acronyms are not scored as zero or one syllable:
 * - numbers are scored as if read digit by digit ("988" is "nine eight eight"):
 *   each digit is one word of one syllable ("0" and "7" have two), a decimal
 *   point adds the word "point" and a "%" sign adds "percent" (2 syllables);
 * - an all-capital acronym (2 to 6 letters, e.g. "IPT", "NHS") is one word with
 *   one syllable per letter ("W" counts 3).
 *
 * Text is normalized first: each line is its own unit, list bullets and heading
 * marks are removed, and a line with no end punctuation counts as a sentence.
 */
import { syllable } from 'syllable';
import { en } from '../../src/content/en/index.js';
import type { CrisisResource, IptContent } from '../../src/content/types.js';

export interface TextStats {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

export interface LabeledText {
  /** Where the text lives, e.g. `problemAreas.grief.focus[1]`. */
  readonly label: string;
  readonly text: string;
}

const BULLET = /^\s*(?:[-*+\u2022\u00b7\u2013\u2014]|\d{1,3}[.)]|#{1,6})\s+/;
const END_PUNCT = /[.!?]["'\u201d\u2019)\]]*$/;

/**
 * Splits text into normalized sentences. Lines (bullets, headings, table cells on
 * their own line) without end punctuation become sentences of their own.
 */
export function normalizeText(text: string): string[] {
  const sentences: string[] = [];
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(BULLET, '').replace(/\s+/g, ' ').trim();
    if (!line || !/[\p{L}\p{N}]/u.test(line)) continue;
    const withEnd = END_PUNCT.test(line) ? line : `${line}.`;
    // Split after . ! ? (plus closing quotes/brackets) when followed by a space.
    for (const part of withEnd.split(/(?<=[.!?]["'\u201d\u2019)\]]*)\s+/)) {
      const s = part.trim();
      if (s && /[\p{L}\p{N}]/u.test(s)) sentences.push(s);
    }
  }
  return sentences;
}

/** Word tokens: whitespace-separated, with surrounding punctuation removed; slashes and dashes split words. */
export function words(text: string): string[] {
  return text
    .split(/[\s/\u2013\u2014]+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** Words and syllables in one token (see module notes for numbers and acronyms). */
export function tokenCounts(token: string): { words: number; syllables: number } {
  if (/\d/.test(token)) {
    let w = 0;
    let y = 0;
    for (const ch of token) {
      if (/\d/.test(ch)) {
        w += 1;
        y += ch === '0' || ch === '7' ? 2 : 1;
      }
    }
    if (/\d\.\d/.test(token)) {
      w += 1;
      y += 1;
    }
    if (token.includes('%')) {
      w += 1;
      y += 2;
    }
    return { words: w, syllables: y };
  }
  const acronym = /^([A-Z]{2,6})s?$/.exec(token);
  if (acronym?.[1]) {
    return { words: 1, syllables: [...acronym[1]].reduce((n, ch) => n + (ch === 'W' ? 3 : 1), 0) };
  }
  return { words: 1, syllables: Math.max(1, syllable(token)) };
}

export function countWords(text: string): number {
  return textStats(text).words;
}

export function countSentences(text: string): number {
  return normalizeText(text).length;
}

export function countSyllables(text: string): number {
  return textStats(text).syllables;
}

/** Words, sentences and syllables of a text; a language passes its own sentence split and token counts. */
export function textStats(
  text: string,
  split: (text: string) => string[] = normalizeText,
  count: (token: string) => { words: number; syllables: number } = tokenCounts,
): TextStats {
  const sentences = split(text);
  let wordCount = 0;
  let syllableCount = 0;
  for (const s of sentences) {
    for (const w of words(s)) {
      const c = count(w);
      wordCount += c.words;
      syllableCount += c.syllables;
    }
  }
  return { words: wordCount, sentences: sentences.length, syllables: syllableCount };
}

/** Flesch-Kincaid grade from counts. Returns 0 for empty text. */
export function gradeFromStats({ words: w, sentences: s, syllables: y }: TextStats): number {
  if (w === 0 || s === 0) return 0;
  return 0.39 * (w / s) + 11.8 * (y / w) - 15.59;
}

/** Flesch-Kincaid Grade Level of a text. Returns 0 for empty text. */
export function fleschKincaidGrade(text: string): number {
  return gradeFromStats(textStats(text));
}

/** Flesch Reading Ease (0-100, higher is easier). Returns 100 for empty text. */
export function fleschReadingEase(text: string): number {
  const { words: w, sentences: s, syllables: y } = textStats(text);
  if (w === 0 || s === 0) return 100;
  return 206.835 - 1.015 * (w / s) - 84.6 * (y / w);
}

/**
 * Flesch-Kincaid grade of many blocks scored as one text (each block keeps
 * its own sentences), i.e. a word-weighted average.
 */
export function pooledGrade(blocks: readonly LabeledText[]): number {
  return fleschKincaidGrade(blocks.map((b) => b.text).join('\n'));
}

/**
 * All reader-facing body text of the content (paragraphs, list items, table
 * cells that are sentences), each with a label. Headings, names and short UI
 * labels are left out; crisis text is listed separately by {@link crisisTextBlocks}.
 */
export function bodyTextBlocks(content: IptContent = en): LabeledText[] {
  const out: LabeledText[] = [];
  const add = (label: string, blocks: readonly { text: string }[]) =>
    blocks.forEach((b, i) => out.push({ label: `${label}[${i}]`, text: b.text }));

  add('what.intro', content.what.intro);
  add('what.origin', content.what.origin);
  add('what.format', content.what.format);
  add('what.whoDelivers', content.what.whoDelivers);

  add('howItHelps.intro', content.howItHelps.intro);
  content.howItHelps.rows.forEach((r, i) => out.push({ label: `howItHelps.rows[${i}].means`, text: r.means }));

  for (const c of content.coreConcepts) add(`coreConcepts.${c.id}`, c.blocks);

  add('problemAreas.intro', content.problemAreas.intro);
  for (const a of content.problemAreas.areas) {
    out.push({ label: `problemAreas.${a.id}.summary`, text: a.summary.text });
    add(`problemAreas.${a.id}.situations`, a.situations);
    add(`problemAreas.${a.id}.focus`, a.focus);
  }

  add('process.intro', content.process.intro);
  for (const p of content.process.phases) {
    add(`process.${p.id}.happens`, p.happens);
    if (p.assess) add(`process.${p.id}.assess`, p.assess);
    if (p.goals) add(`process.${p.id}.goals`, p.goals);
    if (p.techniques) add(`process.${p.id}.techniques`, p.techniques);
  }
  add('process.maintenance', content.process.maintenance);

  add('evidence.intro', content.evidence.intro);
  for (const e of content.evidence.items) {
    out.push({ label: `evidence.${e.id}.finding`, text: e.finding });
    out.push({ label: `evidence.${e.id}.limits`, text: e.limits });
  }
  add('evidence.balance', content.evidence.balance);

  add('combining.intro', content.combining.intro);
  for (const c of content.combining.items) out.push({ label: `combining.${c.id}`, text: c.text });

  add('selfCare.intro', content.selfCare.intro);
  out.push({ label: 'selfCare.note', text: content.selfCare.note });
  for (const s of content.selfCare.items) out.push({ label: `selfCare.${s.id}`, text: `${s.label}.\n${s.why}` });

  add('relationships.intro', content.relationships.intro);
  for (const t of content.relationships.tips) out.push({ label: `relationships.${t.id}`, text: t.text });

  add('quiz.intro', content.quiz.intro);
  out.push({ label: 'quiz.stopNote', text: content.quiz.stopNote.text });
  for (const q of content.quiz.statements) out.push({ label: `quiz.${q.id}`, text: q.text });
  out.push({ label: 'quiz.resultNote', text: content.quiz.resultNote.text });

  return out;
}

/**
 * An action's words around what it asks a person to dial, text or open: the number, the keyword and
 * the web address are copied, not read as prose, so each is scored as the one-syllable word "it".
 */
function actionWords(res: CrisisResource): string {
  const literal = res.kind === 'online' ? [new URL(res.href).hostname.replace(/^www\./, '')] : [res.number, res.keyword ?? ''];
  const words = literal.filter(Boolean).reduce((text, part) => text.split(part).join('it'), res.action);
  return words.replace(/\d(?:[\d -]*\d)?/g, 'it');
}

/** Reader-facing crisis text (heading, intro, notes, action labels, general line); `servesOnly` is mostly names, so not scored. */
export function crisisTextBlocks(content: IptContent = en): LabeledText[] {
  const c = content.crisis;
  const out: LabeledText[] = [{ label: 'crisis.heading', text: c.heading }];
  c.intro.forEach((t, i) => out.push({ label: `crisis.intro[${i}]`, text: t }));
  for (const r of c.regions) {
    for (const res of r.resources) {
      out.push({ label: `crisis.${res.id}.action`, text: actionWords(res) });
      if (res.note) out.push({ label: `crisis.${res.id}.note`, text: res.note });
    }
  }
  out.push({ label: 'crisis.generalLine', text: c.generalLine });
  return out;
}
