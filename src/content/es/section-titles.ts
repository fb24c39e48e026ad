import type { IptContent } from '../types.js';

/** Títulos de las secciones del explicador; también los usan los widgets de un solo tema. */
export const sectionTitles: IptContent['sectionTitles'] = {
  what: '¿Qué es la TIP?',
  howItHelps: 'Cómo puede ayudar la TIP',
  coreConcepts: 'Ideas clave',
  problemAreas: 'Las cuatro áreas de problemas',
  process: 'Qué pasa en la TIP',
  evidence: 'Qué dice la investigación',
  combining: 'La TIP y otros tratamientos',
  selfCare: 'Cuidarte y seguir bien',
  relationships: 'Crear buenas relaciones',
  quiz: '¿Qué temas encajan contigo?',
  crisis: '¿Necesitas ayuda ahora?',
  sources: 'Fuentes',
};
