import type { QuizUiStrings } from '../en/quiz-ui.js';

/**
 * Textos de interfaz de <ipt-problem-area-quiz> además de `es.ui.quiz`: etiquetas, mensajes de
 * estado y títulos cortos. Aquí no hay datos de salud; vienen de `es.quiz` y `es.problemAreas`.
 */
export const quizUi: QuizUiStrings = {
  length: 'Tarda unos dos minutos. Hay {count} frases cortas.',
  privacyMemory:
    'Tus respuestas se quedan en esta página. No se envían ni se guardan en ninguna parte. Se borran cuando sales de la página o la vuelves a cargar.',
  privacySession:
    'Tus respuestas se quedan en este dispositivo. No se envían a ninguna parte. Esta pestaña del navegador las guarda hasta que termines, empieces de nuevo o cierres la pestaña.',
  sharedNote: 'Este sitio web puede ver qué temas salen al final, y con cuánta fuerza. No puede ver tus respuestas.',
  restored: 'Tus respuestas anteriores en esta pestaña siguen aquí.',
  questionOf: 'Pregunta {n} de {total}',
  errorPrefix: 'Error:',
  errorNoAnswer: 'Elige una respuesta antes de seguir.',
  noneHeading: 'Ningún tema destaca',
  noneText: 'Tus respuestas no apuntan a un tema más que a los otros.',
  noneStillMatters: 'Lo que sientes sigue siendo importante.',
  nextStepsHeading: 'Próximos pasos',
  talkToSomeone: 'Puedes hablar de cómo te sientes con un médico o un terapeuta.',
  explainerLink: 'Lee más sobre la TIP y sus temas',
  print: 'Imprimir o guardar',
  copy: 'Copiar resumen',
  copied: 'Resumen copiado. Puedes pegarlo donde quieras.',
  copyFailed: 'No se pudo copiar el resumen. Puedes usar Imprimir o guardar.',
  stopped: 'Paraste el cuestionario. Tus respuestas se borraron.',
  restarted: 'Tus respuestas se borraron. Puedes empezar de nuevo.',
  needsScript: 'Para responder el cuestionario, esta página necesita JavaScript activado. Las líneas de crisis de abajo funcionan sin él.',
  planHeading: 'Pasos que podrías probar',
  planNote: 'Puedes agregar un paso a tu lista de autocuidado. Se guarda solo en este dispositivo. No se envía a ninguna parte.',
  planAdd: 'Agregar a mi lista de autocuidado',
  planAdded: 'Ya está en mi lista',
  planAddedSay: 'Agregado a tu lista de autocuidado: {step}',
  planNotSaved: 'No se pudo agregar este paso. Este navegador no está guardando la lista en este momento. No se perdió nada de tu lista.',
  planSource: 'Fuente',
};
