// Spanish for <ipt-selfcare-checklist> and the crisis box it shows.
import './crisis-help.js';
import { addLanguagePack } from '../../content/locales.js';
import { checklistUi } from '../../content/es/checklist-ui.js';
import { crisis } from '../../content/es/crisis.js';
import { relationships } from '../../content/es/relationships.js';
import { summaryUi } from '../../content/es/summary-ui.js';
import { review } from '../../content/es/review.js';
import { sectionTitles } from '../../content/es/section-titles.js';
import { selfCare } from '../../content/es/self-care.js';

addLanguagePack('es', 'ltr', { checklistUi, crisis, relationships, review, sectionTitles, selfCare, summaryUi });
