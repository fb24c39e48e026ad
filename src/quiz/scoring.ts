import type { QuizAnswerOption, QuizStatement } from '../content/types.js';
import { AREA_IDS, type AreaId } from '../content/ids.js';

/**
 * The share (0 to 1) of an area's highest possible score that it must reach before the result
 * names it as a theme that may fit. A design choice for a learning tool, not a clinical cut-off.
 */
export const THEME_THRESHOLD = 0.5;

/**
 * How far below the highest score a theme may sit and still be shown beside it, so two or three
 * themes that are nearly level all appear, not only the one that happens to lead.
 */
export const NEAR_TOP_MARGIN = 0.2;

/** From this many themes shown, the result says several themes came up and nudges harder to talk to someone. */
export const SEVERAL_THEMES = 3;

/** The answer "I'd rather not say": kept as an answer (so the quiz can move on) and scored as none. */
export const SKIP = 'skip';

/** One answer: an answer option's value, or {@link SKIP}. */
export type QuizAnswer = number | typeof SKIP;

/** Answers by statement id. Values that are not one of the answer options are ignored. */
export type QuizAnswers = Readonly<Record<string, unknown>>;

export interface RankedArea {
  readonly id: AreaId;
  /** Normalised score: 0 to 1 of the highest score this area could reach. */
  readonly score: number;
  /** 1 is the highest; areas with the same score share a rank (1, 1, 3, 4). */
  readonly rank: number;
}

export interface QuizScore {
  /** Normalised score for every area, 0 to 1, rounded to 4 decimal places. */
  readonly scores: Record<AreaId, number>;
  /** Every area, highest score first; ties keep the content's area order. */
  readonly ranking: readonly RankedArea[];
  /** The themes to show, highest first: at or above the threshold and near the top score. Empty when none is. */
  readonly top: readonly AreaId[];
  /** True when {@link SEVERAL_THEMES} or more themes are shown. */
  readonly several: boolean;
}

/** What scoring needs of a statement: any id, and its weight for each area. */
export type ScoredStatement = Pick<QuizStatement, 'weights'> & { readonly id: string };

export interface ScoreOptions {
  readonly threshold?: number;
  readonly margin?: number;
  readonly areas?: readonly AreaId[];
}

const round = (n: number): number => Math.round(n * 1e4) / 1e4;
const weightOf = (w: unknown): number => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0);

/**
 * Ranks the problem areas from a set of answers. Pure: the same answers and content always give
 * the same result. Each area's raw score (sum of answer value x weight) is divided by the most the
 * answered statements could give it, so areas with different numbers of statements compare fairly.
 * A statement with no usable answer (missing, "I'd rather not say", a value that is not an answer
 * option) counts for nothing either way; an area with no answered statement mainly about it scores 0.
 */
export function scoreQuiz(
  answers: QuizAnswers | null | undefined,
  statements: readonly ScoredStatement[],
  options: readonly QuizAnswerOption[],
  { threshold = THEME_THRESHOLD, margin = NEAR_TOP_MARGIN, areas = AREA_IDS }: ScoreOptions = {},
): QuizScore {
  const allowed = new Set(options.map((o) => o.value).filter((v) => Number.isFinite(v) && v >= 0));
  const maxValue = allowed.size ? Math.max(...allowed) : 0;
  const given = answers && typeof answers === 'object' ? answers : {};

  const scores = {} as Record<AreaId, number>;
  for (const area of areas) {
    let raw = 0;
    let max = 0;
    let answeredMain = false;
    for (const statement of statements) {
      const value = Object.prototype.hasOwnProperty.call(given, statement.id) ? given[statement.id] : undefined;
      if (typeof value !== 'number' || !allowed.has(value)) continue;
      const weight = weightOf(statement.weights[area]);
      raw += value * weight;
      max += maxValue * weight;
      if (weight > 0 && weight >= Math.max(...Object.values(statement.weights).map(weightOf))) answeredMain = true;
    }
    // Side weights alone never make a theme: an area needs an answer to a statement mainly about it.
    scores[area] = answeredMain && max > 0 ? round(raw / max) : 0;
  }

  const ranking = areas
    .map((id) => ({ id, score: scores[id], rank: 1 + areas.filter((other) => scores[other] > scores[id]).length }))
    .sort((a, b) => a.rank - b.rank);
  const best = ranking[0]?.score ?? 0;
  const top = ranking
    .filter((r) => r.score > 0 && r.score >= threshold && r.score >= round(best - margin))
    .map((r) => r.id);
  return { scores, ranking, top, several: top.length >= SEVERAL_THEMES };
}
