import type { ChecklistUiStrings } from '../types.js';

/**
 * Palabras de interfaz de `<ipt-selfcare-checklist>` (etiquetas, avisos, mensajes de estado). No es
 * contenido médico: los pasos, sus motivos y sus fuentes vienen de `es.selfCare` y `sources`.
 */
export const checklistUi: ChecklistUiStrings = {
  progress: 'Hechos: {done} de {total}',
  citation: 'Fuente {number}: {title}',
  sourcesHeading: 'Fuentes',
  planHeading: 'Pasos que agregaste desde el cuestionario',
  ownHeading: 'Tus propios pasos',
  ownEmpty: 'Aún no has agregado pasos propios.',
  addLabel: 'Agrega un paso propio',
  addHint: 'Usa palabras sencillas, hasta {max} caracteres.',
  addButton: 'Agregar paso',
  counter: '{used} de {max} caracteres',
  counterOver: { one: '{count} carácter de más', other: '{count} caracteres de más' },
  errorPrefix: 'Error:',
  errorEmpty: 'Escribe un paso antes de agregarlo.',
  errorTooLong: 'Tu paso es muy largo. Usa {max} caracteres o menos.',
  errorTooMany: 'Puedes tener hasta {max} pasos propios. Quita uno para agregar otro.',
  remove: 'Quitar',
  added: 'Agregado: {text}',
  removed: 'Quitado: {text}',
  actionsLabel: 'Herramientas de la lista',
  clear: 'Borrar mis marcas',
  clearTitle: '¿Borrar tus marcas?',
  clearBody: 'Esto desmarca todos los pasos de la lista. Tus propios pasos siguen en la lista. No se puede deshacer.',
  clearBodyBackup: 'También borra la copia de los datos guardados que no se pudieron leer.',
  clearConfirm: 'Sí, borrar mis marcas',
  cancel: 'Cancelar',
  cleared: 'Tus marcas se borraron.',
  print: 'Imprimir',
  copy: 'Copiar como texto',
  copied: 'La lista está copiada. Puedes pegarla en una nota o en un mensaje.',
  copyFailed: 'No se pudo copiar en este navegador. Puedes imprimir la lista.',
  copyDone: '[x]',
  copyNotDone: '[ ]',
  storedNote:
    'Tus marcas y tus pasos se guardan solo en este navegador, en este dispositivo. No se envían a ninguna parte. Para borrarlos, quita tus pasos y borra tus marcas. También puedes borrar los datos de este sitio en los ajustes del navegador.',
  memoryNote: 'Tus marcas no se guardan. Se borrarán cuando salgas de esta página o la vuelvas a cargar.',
  weeklyNote: 'Las marcas se borran al empezar cada semana, el lunes. Tus propios pasos se quedan.',
  weekCleared: 'Empezó una semana nueva, así que tus marcas se borraron. Tus propios pasos se quedan.',
  cannotSave:
    'Tus marcas no se pueden guardar en este dispositivo. Puedes usar la lista igual, pero las marcas se borrarán cuando salgas de esta página.',
  corrupt:
    'No se pudieron leer tus marcas guardadas, así que la lista empieza de cero. Una copia de los datos anteriores se queda en este navegador.',
  corruptKept:
    'No se pudieron leer los datos que cambiaron en otra ventana, así que esta lista se queda como está. Una copia de esos datos se queda en este navegador.',
  /** Se imprime en la casilla de un paso marcado (las casillas no se imprimen). */
  printDone: '✓',
  reminderButton: 'Agregar un recordatorio semanal',
  reminderHeading: 'Recordatorio semanal',
  reminderHint:
    'Esto guarda un archivo que puedes abrir en tu calendario. El recordatorio se repite cada semana. El archivo no incluye tus marcas ni tus pasos.',
  reminderDay: 'Día',
  reminderTime: 'Hora',
  reminderSave: 'Guardar archivo del recordatorio',
  reminderTimeError: 'Elige una hora.',
  reminderSaved: 'Se guardó el archivo del recordatorio. Ábrelo para agregarlo a tu calendario.',
  reminderFailed: 'Este navegador no pudo crear el archivo del recordatorio. Tu lista no cambió.',
  reminderSummary: 'Repaso de autocuidado',
  reminderDescription:
    'Un momento cada semana para mirar tu lista de autocuidado. Fíjate en lo que te ayudó y elige qué quieres probar ahora.',
};
