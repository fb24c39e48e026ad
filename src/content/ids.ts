import type { PhaseId } from './types.js';

/** IPT phases, in order. */
export const PHASE_IDS = ['first-sessions', 'middle', 'ending'] as const satisfies readonly PhaseId[];
