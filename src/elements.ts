// The classes without registering any tag, for apps that choose their own (its one side effect is
// Lit's hydration support, so server-rendered widgets are adopted in place).
import './hydrate-support.js'; // first: before Lit loads
export { IptProvider } from './provider/provider.js';
export { IptCrisisHelp } from './crisis-help/crisis-help.js';
export { IptExplainer } from './explainer/explainer.js';
export { IptProblemAreaQuiz } from './quiz/quiz.js';
export { IptSelfcareChecklist } from './checklist/checklist.js';
export { IptQuickExit } from './quick-exit/quick-exit.js';
export { define } from './define.js';
export { VERSION } from './version.js';
