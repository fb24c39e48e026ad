import type { IptContent } from '../types.js';
import { combining } from './combining.js';
import { coreConcepts } from './core-concepts.js';
import { crisis } from './crisis.js';
import { evidence } from './evidence.js';
import { howItHelps } from './how-it-helps.js';
import { problemAreas } from './problem-areas.js';
import { iptProcess } from './process.js';
import { quiz } from './quiz.js';
import { relationships } from './relationships.js';
import { review } from './review.js';
import { selfCare } from './self-care.js';
import { what } from './what.js';

/** All English content, in one object that feeds every widget. */
export const en: IptContent = {
  lang: 'en',
  sectionTitles: {
    what: 'What is IPT?',
    howItHelps: 'How IPT may help',
    coreConcepts: 'Key ideas',
    problemAreas: 'The four problem areas',
    process: 'What happens in IPT',
    evidence: 'What research shows',
    combining: 'IPT and other treatments',
    selfCare: 'Self-care and staying well',
    relationships: 'Building good relationships',
    quiz: 'Which themes fit you?',
    crisis: 'Need help now?',
    sources: 'Sources',
  },
  ui: {
    sources: 'Sources',
    lastReviewed: 'Last reviewed',
    nextReviewDue: 'Next review due',
    notDiagnosis: 'For learning only. Not a diagnosis.',
    waysTable: {
      caption: 'Ways IPT may help',
      kind: 'Type',
      way: 'Way',
      means: 'What it means',
      idea: 'Idea being studied',
      aim: 'Aim of IPT',
    },
    techniquesTable: { caption: 'Methods used in the middle sessions', name: 'Method', text: 'What it means' },
    evidenceTable: { caption: 'What studies found', label: 'Study', finding: 'What was found', limits: 'Limits' },
    phase: { happens: 'What happens', assess: 'What your therapist looks at', goals: 'Goals', techniques: 'Methods' },
    area: { situations: 'Common situations', focus: 'What IPT works on', alsoCalled: 'Also called' },
    quiz: { start: 'Start', next: 'Next', back: 'Back', stop: 'Stop', restart: 'Start again', themesHeading: 'Themes that may fit' },
    selfCare: { checked: 'Done', reset: 'Clear all' },
    crisis: { chooseRegion: 'Where are you?', call: 'Call', text: 'Text' },
  },
  what,
  howItHelps,
  coreConcepts,
  problemAreas,
  process: iptProcess,
  evidence,
  combining,
  selfCare,
  relationships,
  quiz,
  crisis,
  review,
};

export { AREA_IDS } from './problem-areas.js';
export { SELF_CARE_GROUP_IDS } from './self-care.js';
export { CRISIS_REGIONS } from './crisis.js';
export { quizStatements } from './quiz.js';

