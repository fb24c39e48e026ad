import type { AreaId, QuizAnswerOption, QuizStatement } from '../content/types.js';
import { AREA_IDS } from '../content/en/problem-areas.js';

/**
 * The share (0 to 1) of an area's highest possible score that it must reach before the result
 * names it as a theme that may fit. A design choice for a learning tool, not a clinical cut-off.
 */
export const THEME_THRESHOLD = 0.5;

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
  /** The areas ranked first that reach the threshold; empty when no single theme stands out. */
  readonly top: readonly AreaId[];
}

export interface ScoreOptions {
  readonly threshold?: number;
  readonly areas?: readonly AreaId[];
}

const round = (n: number): number => Math.round(n * 1e4) / 1e4;
const weightOf = (w: unknown): number => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0);

/**
 * Ranks the problem areas from a set of answers. Pure: the same answers and content always give
 * the same result. Each area's raw score (sum of answer value x weight) is divided by the most it
 * could reach, so areas with different numbers of statements compare fairly. Missing answers count
 * as 0; values that are not answer options and unknown statement ids are ignored.
 */
export function scoreQuiz(
  answers: QuizAnswers | null | undefined,
  statements: readonly QuizStatement[],
  options: readonly QuizAnswerOption[],
  { threshold = THEME_THRESHOLD, areas = AREA_IDS }: ScoreOptions = {},
): QuizScore {
  const allowed = new Set(options.map((o) => o.value).filter((v) => Number.isFinite(v) && v >= 0));
  const maxValue = allowed.size ? Math.max(...allowed) : 0;
  const given = answers && typeof answers === 'object' ? answers : {};

  const scores = {} as Record<AreaId, number>;
  for (const area of areas) {
    let raw = 0;
    let max = 0;
    for (const statement of statements) {
      const weight = weightOf(statement.weights[area]);
      max += maxValue * weight;
      const value = Object.prototype.hasOwnProperty.call(given, statement.id) ? given[statement.id] : undefined;
      if (typeof value === 'number' && allowed.has(value)) raw += value * weight;
    }
    scores[area] = max > 0 ? round(raw / max) : 0;
  }

  const ranking = areas
    .map((id) => ({ id, score: scores[id], rank: 1 + areas.filter((other) => scores[other] > scores[id]).length }))
    .sort((a, b) => a.rank - b.rank);
  const top = ranking.filter((r) => r.rank === 1 && r.score > 0 && r.score >= threshold).map((r) => r.id);
  return { scores, ranking, top };
}
