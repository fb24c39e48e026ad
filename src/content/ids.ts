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

/** Quiz statements, in the order they are asked (interleaved: every four touch all four areas). */
export const QUIZ_STATEMENT_IDS = [
  'transitions-big-change',
  'disputes-same-argument',
  'isolation-few-people',
  'grief-thinking-of-loss',
  'transitions-hard-change',
  'disputes-expect-different',
  'isolation-lonely',
  'grief-mood-after-loss',
  'disputes-tension',
  'transitions-miss-before',
  'isolation-hard-to-make-friends',
  'grief-stuck',
  'isolation-not-close',
  'disputes-hard-to-say',
  'transitions-new-role',
  'grief-keep-busy',
] as const;
export type QuizStatementId = (typeof QUIZ_STATEMENT_IDS)[number];

/** Crisis lines, by region (a saved answer, a test or a site's pack refers to them by these). */
export const CRISIS_LINE_IDS = [
  'us-988-call',
  'us-988-text',
  'us-988-spanish-call',
  'us-988-spanish-text',
  'us-988-chat',
  'us-988-asl',
  'us-911',
  'ca-988-call',
  'ca-988-text',
  'ca-kids-help-call',
  'ca-kids-help-text',
  'ca-hope-call',
  'ca-hope-chat',
  'ca-911',
  'uk-samaritans',
  'uk-shout',
  'uk-nhs-111-england',
  'uk-nhs-24-scotland',
  'uk-lifeline-ni',
  'uk-999',
  'ie-samaritans',
  'ie-50808',
  'ie-112',
  'ie-999',
  'au-lifeline-call',
  'au-lifeline-text',
  'au-13yarn',
  'au-000',
  'au-000-sms-relay',
  'au-000-voice-relay',
  'au-000-nrs-chat',
  'au-106-tty',
  'eu-112',
  'eu-116-123',
] as const;
export type CrisisLineId = (typeof CRISIS_LINE_IDS)[number];

/** Evidence items, treatments beside IPT and relationship tips, as the explainer lists them. */
export const EVIDENCE_IDS = [
  'review-2016',
  'review-2011',
  'overview-2017',
  'postpartum-2000',
  'uganda-trial',
  'uganda-views',
  'perinatal-prevention',
  'nice-guideline',
] as const;
export type EvidenceId = (typeof EVIDENCE_IDS)[number];
export const COMBINED_TREATMENT_IDS = ['medicine', 'staying-well', 'other-talk-therapies', 'less-severe-options', 'bipolar'] as const;
export type CombinedTreatmentId = (typeof COMBINED_TREATMENT_IDS)[number];
export const RELATIONSHIP_TIP_IDS = ['say-what-you-need', 'find-mix-ups', 'practice-new-ways', 'build-support', 'reconnect', 'let-people-help'] as const;
export type RelationshipTipId = (typeof RELATIONSHIP_TIP_IDS)[number];

/** A step a person can add to their plan from the quiz: a checklist step or a relationship tip (the two lists share no id). */
export type PlanStepId = SelfCareItemId | RelationshipTipId;
