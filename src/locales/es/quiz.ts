// Spanish for <ipt-problem-area-quiz> and the crisis box it shows.
import './crisis-help.js';
import { addLanguagePack } from '../../content/locales.js';
import { problemAreas } from '../../content/es/problem-areas.js';
import { quiz } from '../../content/es/quiz.js';
import { quizUi } from '../../content/es/quiz-ui.js';
import { relationships } from '../../content/es/relationships.js';
import { selfCare } from '../../content/es/self-care.js';
import { summaryUi } from '../../content/es/summary-ui.js';
import { crisis } from '../../content/es/crisis.js';
import { review } from '../../content/es/review.js';
import { sectionTitles } from '../../content/es/section-titles.js';

addLanguagePack('es', 'ltr', { crisis, problemAreas, quiz, quizUi, relationships, review, sectionTitles, selfCare, summaryUi });
