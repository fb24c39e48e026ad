// The all-in-one entry (npm `ipt-widgets` and the CDN file): registers every element.
import './hydrate-support.js'; // first: before Lit loads
export * from './provider/define.js';
export * from './crisis-help/define.js';
export * from './explainer/define.js';
export * from './quiz/define.js';
export * from './checklist/define.js';
export * from './quick-exit/define.js';
export { VERSION } from './version.js';
// A site adds its own language with registerLocale({ lang, dir?, content }); see README "Languages".
export { registerLocale } from './content/register-locale.js';
