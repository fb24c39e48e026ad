// Spanish for <ipt-problem-area-quiz> and the crisis box it shows.
import './crisis-help.js';
import { addLanguagePack } from '../../content/locales.js';
import { problemAreas } from '../../content/es/problem-areas.js';
import { quiz } from '../../content/es/quiz.js';
import { quizUi } from '../../content/es/quiz-ui.js';
import { review } from '../../content/es/review.js';
import { sectionTitles } from '../../content/es/section-titles.js';

addLanguagePack('es', 'ltr', { problemAreas, quiz, quizUi, review, sectionTitles });
