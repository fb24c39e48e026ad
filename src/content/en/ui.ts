import type { IptContent } from '../types.js';

/** Short interface words shared by the widgets (buttons, table headers, labels). */
export const ui: IptContent['ui'] = {
  sources: 'Sources',
  lastReviewed: 'Last reviewed',
  nextReviewDue: 'Next review due',
  notDiagnosis: 'For learning only. Not a diagnosis.',
  waysTable: {
    caption: 'Ways IPT may help',
    kind: 'Type',
    way: 'Way',
    means: 'What it means',
    idea: 'Idea being studied',
    aim: 'Aim of IPT',
  },
  techniquesTable: { caption: 'Methods used in the middle sessions', name: 'Method', text: 'What it means' },
  evidenceTable: { caption: 'What studies found', label: 'Study', finding: 'What was found', limits: 'Limits' },
  phase: { happens: 'What happens', assess: 'What your therapist looks at', goals: 'Goals', techniques: 'Methods' },
  area: { situations: 'Common situations', focus: 'What IPT works on', alsoCalled: 'Also called' },
  quiz: { start: 'Start', next: 'Next', back: 'Back', stop: 'Stop', restart: 'Start again', themesHeading: 'Themes that may fit' },
  selfCare: { checked: 'Done', reset: 'Clear all' },
  crisis: { chooseRegion: 'Where are you?', call: 'Call', text: 'Text', shortcut: 'Need help now? Go to crisis lines', getHelpNow: 'Get help now' },
};
