import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LocaleContent } from '../../src/content/types.js';
import { bodyTextBlocks, crisisTextBlocks } from '../tools/readability.js';
import {
  bodyTextBlocksEs,
  crisisTextBlocksEs,
  fernandezHuerta,
  inflesz,
  infleszBand,
  normalizeTextEs,
  pooledInflesz,
  syllablesEs,
  textStatsEs,
} from '../tools/readability-es.js';
import type { LabeledText } from '../tools/readability-es.js';

/** Each word with its syllable count in dictionary syllabification, grouped by the rule it exercises. */
const SYLLABLES: Record<string, Record<string, number>> = {
  'plain words': { depresión: 3, terapia: 3, interpersonal: 5, psicoterapia: 5, sentir: 2, mal: 1, tristeza: 3 },
  'diphthongs: weak vowel with a strong one': { duelo: 2, tierra: 2, bien: 1, aire: 2, causa: 2, pausa: 2, familia: 3, nuevo: 2 },
  'diphthongs: two weak vowels': { ciudad: 2, cuidado: 3, ruido: 2, huir: 1, viuda: 2 },
  'hiatus: two strong vowels': { leer: 2, poeta: 3, aéreo: 4, caer: 2, teatro: 3, océano: 4, creer: 2 },
  'hiatus: accented í or ú': { día: 2, país: 2, reír: 2, baúl: 2, oír: 2, río: 2, aún: 2, tenía: 3 },
  'triphthongs': { buey: 1, Uruguay: 3, averigüéis: 4 },
  'y as a vowel or a consonant': { y: 1, Y: 1, muy: 1, hoy: 1, ley: 1, rey: 1, reyes: 2, yo: 1, ayuda: 3, mayo: 2 },
  'silent u in que, qui, gue, gui': { queso: 2, quiero: 2, guerra: 2, guitarra: 3, aquí: 2, sigue: 2 },
  'ü in güe, güi': { pingüino: 3, vergüenza: 3, bilingüe: 3 },
  'h between vowels': { ahora: 3, ahumar: 3, prohibir: 3, ahí: 2, hablar: 2 },
  'capitals and accents (an accented capital is a word, not an acronym)': { Depresión: 3, ÉL: 1, Ángel: 2, ÚLTIMO: 3 },
  'numbers read digit by digit': { '988': 6, '0': 2, '1': 2, '2': 1, '3': 1, '4': 2, '5': 2, '6': 1, '7': 2, '8': 2, '9': 2, '24': 3, '50%': 7, '2,5': 5 },
  'acronyms read letter by letter': { TIP: 3, NHS: 3, SMS: 3, OMS: 3 },
};

describe('syllablesEs', () => {
  for (const [rule, cases] of Object.entries(SYLLABLES)) {
    it(`counts ${rule}`, () => {
      const got = Object.fromEntries(Object.keys(cases).map((w) => [w, syllablesEs(w)]));
      assert.deepEqual(got, cases);
    });
  }

  it('counts at least one syllable for a word with no vowel', () => {
    assert.equal(syllablesEs('pst'), 1);
  });
});

describe('Spanish text statistics and scores', () => {
  it('keeps ¿ ¡ and accented letters and splits questions and exclamations into sentences', () => {
    assert.deepEqual(normalizeTextEs('¿Qué te pasa? ¡Habla con alguien!\n- una lista'), ['¿Qué te pasa?', '¡Habla con alguien!', 'una lista.']);
    assert.deepEqual(textStatsEs('¿Qué te pasa?'), { words: 3, sentences: 1, syllables: 4 });
  });

  it('does not end a sentence at an abbreviation', () => {
    // en 1, Es-ta-dos U-ni-dos 6 (2 words), lla-me 2, al 1, nue-ve o-cho o-cho 6 (3 words).
    assert.deepEqual(textStatsEs('En EE. UU. llame al 988.'), { words: 8, sentences: 1, syllables: 1 + 6 + 2 + 1 + 6 });
  });

  it('reads "50 %" with a space as "cinco cero por ciento"', () => {
    assert.deepEqual(textStatsEs('El 50 % mejora.'), textStatsEs('El 50% mejora.'));
    assert.deepEqual(textStatsEs('El 50 % mejora.'), { words: 6, sentences: 1, syllables: 1 + 4 + 3 + 3 });
  });

  it('scores hand-computed sentences', () => {
    // "El gato come pan." 4 words, 1 sentence, 1+2+2+1 = 6 syllables.
    // 206.835 - 62.3 x 6/4 - 4/1 = 206.835 - 93.45 - 4 = 109.385
    assert.ok(Math.abs(inflesz('El gato come pan.') - 109.385) < 1e-9);
    // Fernández-Huerta: P = 150, F = 4: 206.84 - 0.60 x 150 - 1.02 x 4 = 206.84 - 90 - 4.08 = 112.76
    assert.ok(Math.abs(fernandezHuerta('El gato come pan.') - 112.76) < 1e-9);

    // "La terapia interpersonal trata la depresión. Habla de tus relaciones."
    // la 1, te-ra-pia 3, in-ter-per-so-nal 5, tra-ta 2, la 1, de-pre-sión 3 = 15 syllables in 6 words;
    // ha-bla 2, de 1, tus 1, re-la-cio-nes 4 = 8 syllables in 4 words. 10 words, 2 sentences, 23 syllables.
    // 206.835 - 62.3 x 23/10 - 10/2 = 206.835 - 143.29 - 5 = 58.545
    const two = 'La terapia interpersonal trata la depresión. Habla de tus relaciones.';
    assert.deepEqual(textStatsEs(two), { words: 10, sentences: 2, syllables: 23 });
    assert.ok(Math.abs(inflesz(two) - 58.545) < 1e-9);

    // "¿Cómo estás hoy?" có-mo 2, es-tás 2, hoy 1 = 5 syllables, 3 words, 1 sentence.
    // 206.835 - 62.3 x 5/3 - 3 = 206.835 - 103.8333... - 3 = 100.0016...
    assert.ok(Math.abs(inflesz('¿Cómo estás hoy?') - (206.835 - (62.3 * 5) / 3 - 3)) < 1e-9);
  });

  it('scores dense text as hard', () => {
    const dense =
      'La psicoterapia interpersonal demuestra una considerable eficacia comparativa frente a intervenciones farmacológicas administradas simultáneamente.';
    assert.equal(infleszBand(inflesz(dense)), 'muy difícil');
  });

  it('returns 100 for empty text', () => {
    assert.equal(inflesz(''), 100);
    assert.equal(fernandezHuerta(' \n - \n'), 100);
  });

  it('names the INFLESZ bands, each from its lower bound', () => {
    const bands = [0, 39.9, 40, 54.9, 55, 64.9, 65, 79.9, 80, 100].map(infleszBand);
    assert.deepEqual(bands, [
      'muy difícil',
      'muy difícil',
      'algo difícil',
      'algo difícil',
      'normal',
      'normal',
      'bastante fácil',
      'bastante fácil',
      'muy fácil',
      'muy fácil',
    ]);
  });

  it('collects Spanish blocks the same way as English ones', async () => {
    const { en } = await import('../../src/content/en/index.js');
    assert.deepEqual(bodyTextBlocksEs(en), bodyTextBlocks(en));
    assert.deepEqual(crisisTextBlocksEs(en), crisisTextBlocks(en));
  });
});

// The Spanish content is written alongside this tool: its gates skip until the module exists.
const esPath = fileURLToPath(new URL('../../src/content/es/index.ts', import.meta.url));
const esMissing = existsSync(esPath) ? false : 'src/content/es/index.ts does not exist yet';

async function loadEs(): Promise<LocaleContent> {
  // A computed specifier, so the type check does not need the module to exist yet.
  const mod = (await import(new URL('../../src/content/es/index.ts', import.meta.url).href)) as {
    es?: LocaleContent;
    default?: LocaleContent;
  };
  const es = mod.es ?? mod.default;
  assert.ok(es, 'src/content/es/index.ts exports neither `es` nor a default');
  return es;
}

const scored = (blocks: readonly LabeledText[]) =>
  blocks.map((b) => ({ label: b.label, score: inflesz(b.text) })).sort((a, b) => a.score - b.score);
const hardest = (scores: readonly { label: string; score: number }[]) =>
  `hardest blocks:\n${scores
    .slice(0, 10)
    .map((s) => `  ${s.score.toFixed(1)} (${infleszBand(s.score)}) ${s.label}`)
    .join('\n')}`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('Spanish content readability (INFLESZ)', () => {
  it('scores a large set of body text blocks', { skip: esMissing }, async () => {
    const body = bodyTextBlocksEs(await loadEs());
    assert.ok(body.length > 150, `only ${body.length} body text blocks, expected over 150`);
    assert.deepEqual(
      body.filter((b) => b.text.trim() === '').map((b) => b.label),
      [],
    );
  });

  it('keeps body text "bastante fácil" on average (INFLESZ 65 or more)', { skip: esMissing }, async () => {
    const scores = scored(bodyTextBlocksEs(await loadEs()));
    const average = mean(scores.map((s) => s.score));
    assert.ok(average >= 65, `mean INFLESZ ${average.toFixed(1)} (${infleszBand(average)}), expected at least 65; ${hardest(scores)}`);
  });

  // A formula on a one-line sentence swings with a single long word ("Últimamente" is five
  // syllables), so the per-block floor applies to blocks of a dozen words or more.
  it('keeps every body text block of 12 words or more at INFLESZ 40 or more', { skip: esMissing }, async () => {
    const scores = scored(bodyTextBlocksEs(await loadEs()).filter((b) => b.text.split(/\s+/).length >= 12));
    const hard = scores.filter((s) => s.score < 40);
    assert.equal(hard.length, 0, `${hard.length} blocks under 40; ${hardest(scores)}`);
  });

  it('keeps crisis text "muy fácil" (pooled INFLESZ 80 or more)', { skip: esMissing }, async () => {
    const crisis = crisisTextBlocksEs(await loadEs());
    assert.ok(crisis.length > 10, `only ${crisis.length} crisis text blocks, expected over 10`);
    const pooled = pooledInflesz(crisis);
    assert.ok(pooled >= 80, `pooled crisis INFLESZ ${pooled.toFixed(1)}, expected at least 80; ${hardest(scored(crisis))}`);
  });
});
