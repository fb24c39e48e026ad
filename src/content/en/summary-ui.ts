import type { SummaryUiStrings } from '../types.js';

/**
 * Words of the summary a person can take to an appointment. Interface text, not health facts: the
 * themes, steps and crisis lines in it come from their own content modules, with their sources.
 */
export const summaryUi: SummaryUiStrings = {
  print: 'Print notes for an appointment',
  save: 'Save notes as a file',
  saved: 'Your notes were saved as a file on this device.',
  failed: 'Your notes could not be made here. Nothing was lost. You can use Print or save instead.',
  keepTheme: 'Put this theme in my notes',
  title: 'My notes for an appointment',
  madeOn: 'Made on {date}',
  intro:
    'I answered a short quiz about interpersonal therapy (IPT). It is for learning only. It is not a test and cannot say what I have.',
  themesHeading: 'Themes I would like to talk about',
  noThemes: 'None chosen.',
  stepsHeading: 'Self-care steps I am doing',
  noSteps: 'None ticked yet.',
  questionsHeading: 'Questions I want to ask',
  crisisHeading: 'If I need help now',
  fileName: 'appointment-notes',
};
