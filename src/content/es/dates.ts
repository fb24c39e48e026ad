import type { DateWords } from '../types.js';

/** "30 de noviembre de 2026", as Intl writes a long Spanish date (months in lower case). */
export const dates: DateWords = {
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  long: '{day} de {month} de {year}',
};
