/**
 * Every id list the content and the widgets share, in one place. The union types derive from these
 * lists, so content in any language that misses or misspells a member fails the type-check, and the
 * widgets never keep a second copy of a list.
 */

/** The four IPT problem areas, in their stable order. */
export const AREA_IDS = ['grief', 'disputes', 'role-transitions', 'isolation'] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** IPT phases, in order. */
export const PHASE_IDS = ['first-sessions', 'middle', 'ending'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** Regions with crisis lines (the `region` attribute). */
export const CRISIS_REGIONS = ['us', 'ca', 'uk', 'ie', 'au', 'eu'] as const;
export type CrisisRegion = (typeof CRISIS_REGIONS)[number];

/** Groups of the self-care checklist, in order. */
export const SELF_CARE_GROUP_IDS = ['daily-rhythm', 'body', 'connection', 'care'] as const;
export type SelfCareGroupId = (typeof SELF_CARE_GROUP_IDS)[number];

/** The checklist's built-in steps. Stored ticks use these ids, so they never change once shipped. */
export const SELF_CARE_ITEM_IDS = [
  'get-up-usual-time',
  'regular-meals',
  'enough-sleep',
  'calm-bedroom',
  'small-goals',
  'delay-big-decisions',
  'move-regularly',
  'start-gently',
  'go-easy-on-alcohol',
  'healthy-food',
  'stay-in-touch',
  'talk-to-someone',
  'do-things-you-enjoyed',
  'face-hard-things',
  'check-mood',
  'seek-help-if-still-low',
  'keep-to-plan',
  'know-crisis-numbers',
] as const;
export type SelfCareItemId = (typeof SELF_CARE_ITEM_IDS)[number];
