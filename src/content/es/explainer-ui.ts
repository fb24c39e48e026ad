import type { ExplainerUiStrings } from '../types.js';

/**
 * Palabras de interfaz de `<ipt-explainer>` que `es.ui` no tiene: el título, subtítulos y
 * etiquetas. Aquí no hay datos de salud. El elemento rellena `{number}` y `{title}`.
 */
export const explainerUi: ExplainerUiStrings = {
  title: 'Terapia interpersonal (TIP) para la depresión',
  what: {
    origin: 'De dónde viene la TIP',
    format: 'Cómo se ofrece la TIP',
    whoDelivers: 'Quién ofrece la TIP',
  },
  process: {
    phases: 'Las tres fases',
    maintenance: 'Después de la TIP',
  },
  evidence: {
    balance: 'Ten en cuenta',
  },
  /** Nombre accesible de un enlace a una cita, como "[3]". */
  citation: 'Fuente {number}: {title}',
  /** Va antes de un DOI. */
  doi: 'DOI',
  /** Nombra la lista de enlaces propios del sitio (la opción `links` del contenido). */
  siteLinks: 'Más de este sitio',
};
