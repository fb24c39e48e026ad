import type { AreaId, PlanStepId } from './ids.js';
import type { Citations, LocaleContent } from './types.js';

/**
 * The steps the quiz offers with each theme, for a person to add to their self-care list. Each is
 * an existing checklist step (brief §6) or relationship tip (§6.1), so it brings its own words and
 * citations in every language; nothing here is a new claim. Why each fits (brief §2):
 * - grief: rebuild relationships and interests that partly fill the gap; build new support [7][73];
 * - disputes: name the disagreement, change how you talk and what you expect [7][1];
 * - role transitions: work out solutions to what makes the change hard [1], in small steps; keep
 *   support close;
 * - isolation: practise building new relationships [1]; reduce loneliness [20].
 */
export const PLAN_STEPS: Readonly<Record<AreaId, readonly PlanStepId[]>> = {
  grief: ['let-people-help', 'talk-to-someone', 'do-things-you-enjoyed'],
  disputes: ['say-what-you-need', 'find-mix-ups', 'practice-new-ways'],
  'role-transitions': ['small-goals', 'delay-big-decisions', 'build-support'],
  isolation: ['reconnect', 'build-support', 'stay-in-touch'],
};

/** A plan step's words and sources in one language: a checklist step's label, or a tip's text. */
export function planStepWords(
  content: Pick<LocaleContent, 'selfCare' | 'relationships'>,
  id: string,
): { readonly text: string; readonly cite: Citations } | undefined {
  const item = content.selfCare.items.find((entry) => entry.id === id);
  if (item) return { text: item.label, cite: item.cite };
  const tip = content.relationships.tips.find((entry) => entry.id === id);
  return tip ? { text: tip.text, cite: tip.cite } : undefined;
}
