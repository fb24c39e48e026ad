// dist/cdn/ipt-problem-area-quiz.es.js: the quiz in English and Spanish, with only the Spanish it shows.
export * from '../quiz/define.js';
import '../locales/es/quiz.js';
