import '../hydrate-support.js'; // first: before Lit loads
import { define } from '../define.js';
import '../crisis-help/define.js';
import { IptSelfcareChecklist } from './checklist.js';

define('ipt-selfcare-checklist', IptSelfcareChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-selfcare-checklist': IptSelfcareChecklist;
  }
}

export { IptSelfcareChecklist };
export type { ChecklistChangeDetail } from './checklist.js';
