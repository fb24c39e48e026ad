import type { IptContent } from '../types.js';

/** Palabras cortas de interfaz que comparten los widgets (botones, encabezados de tabla, etiquetas). */
export const ui: IptContent['ui'] = {
  sources: 'Fuentes',
  lastReviewed: 'Última revisión',
  nextReviewDue: 'Próxima revisión',
  notDiagnosis: 'Solo para aprender. No es un diagnóstico.',
  waysTable: {
    caption: 'Formas en que la TIP puede ayudar',
    kind: 'Tipo',
    way: 'Forma',
    means: 'Qué significa',
    idea: 'Idea en estudio',
    aim: 'Meta de la TIP',
  },
  techniquesTable: { caption: 'Métodos de las sesiones centrales', name: 'Método', text: 'Qué significa' },
  evidenceTable: { caption: 'Qué hallaron los estudios', label: 'Estudio', finding: 'Qué se halló', limits: 'Límites' },
  phase: { happens: 'Qué pasa', assess: 'Qué mira tu terapeuta', goals: 'Metas', techniques: 'Métodos' },
  area: { situations: 'Situaciones comunes', focus: 'En qué trabaja la TIP', alsoCalled: 'También se llama' },
  quiz: { start: 'Empezar', next: 'Siguiente', back: 'Atrás', stop: 'Parar', restart: 'Empezar de nuevo', themesHeading: 'Temas que pueden encajar contigo' },
  selfCare: { checked: 'Hecho', reset: 'Borrar todo' },
  // `call` and `text` are followed by a number ("Llama al 988"), so they end in "al".
  crisis: {
    chooseRegion: '¿Dónde estás?',
    call: 'Llama al',
    text: 'Envía un mensaje al',
    shortcut: '¿Necesitas ayuda ahora? Ve a las líneas de crisis',
    getHelpNow: 'Pide ayuda ahora',
  },
};
