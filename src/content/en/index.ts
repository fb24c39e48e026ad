import type { LocaleContent } from '../types.js';
import { checklistUi } from './checklist-ui.js';
import { explainerUi } from './explainer-ui.js';
import { quizUi } from './quiz-ui.js';
import { quickExitUi } from './quick-exit-ui.js';
import { summaryUi } from './summary-ui.js';
import { dates } from './dates.js';
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
import { sectionTitles } from './section-titles.js';
import { selfCare } from './self-care.js';
import { ui } from './ui.js';
import { what } from './what.js';

/** All English content, in one object: the shape every language follows, and the fallback. */
export const en: LocaleContent = {
  lang: 'en',
  dir: 'ltr',
  explainerUi,
  quizUi,
  checklistUi,
  quickExitUi,
  summaryUi,
  dates,
  sectionTitles,
  ui,
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

export { quizStatements } from './quiz.js';

