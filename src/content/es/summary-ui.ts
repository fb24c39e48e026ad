import type { SummaryUiStrings } from '../types.js';

/** Las palabras del resumen para llevar a una cita (texto de interfaz, sin datos de salud). */
export const summaryUi: SummaryUiStrings = {
  print: 'Imprimir notas para la consulta',
  save: 'Guardar las notas en un archivo',
  saved: 'Tus notas se guardaron como archivo en este dispositivo.',
  failed: 'No se pudieron preparar tus notas en este navegador. No se perdió nada. Puedes usar Imprimir o guardar.',
  keepTheme: 'Incluir este tema en mis notas',
  title: 'Mis notas para la consulta',
  madeOn: 'Fecha: {date}',
  intro:
    'Respondí un cuestionario breve sobre la terapia interpersonal (TIP). Es solo para aprender. No es una prueba y no puede decir qué tengo.',
  themesHeading: 'Temas de los que me gustaría hablar',
  noThemes: 'Ninguno elegido.',
  stepsHeading: 'Pasos de autocuidado que estoy dando',
  noSteps: 'Todavía no hay ninguno marcado.',
  questionsHeading: 'Preguntas que quiero hacer',
  crisisHeading: 'Si necesito ayuda ahora',
  fileName: 'notas-para-la-consulta',
};
