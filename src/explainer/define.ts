import '../hydrate-support.js'; // first: before Lit loads
import { define } from '../define.js';
import '../crisis-help/define.js';
import { IptExplainer } from './explainer.js';

define('ipt-explainer', IptExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-explainer': IptExplainer;
  }
}

export { IptExplainer };
export type { SectionToggleDetail } from './explainer.js';
