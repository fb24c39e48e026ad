import type { IptContent } from '../types.js';

/** Headings of the explainer sections, also used by the widgets that show one topic. */
export const sectionTitles: IptContent['sectionTitles'] = {
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
};
