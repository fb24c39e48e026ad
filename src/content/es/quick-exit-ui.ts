import type { QuickExitUiStrings } from '../types.js';

/**
 * Textos de `<ipt-quick-exit>` y del enlace a él en cada recuadro de crisis. Cortos y claros: se
 * pueden leer con prisa, y ninguno dice de qué trataba la página. La tecla Shift se llama Mayús en
 * muchos teclados en español, y Shift en otros: los textos que la presentan dicen los dos nombres.
 */
export const quickExitUi: QuickExitUiStrings = {
  button: 'Salir de esta página',
  hint: 'O presiona la tecla Mayús (Shift) 3 veces',
  pressed: 'Presionaste Mayús {count} de 3 veces',
  reset: 'La cuenta de Mayús volvió a 0',
  leaving: 'Cargando…',
  link: 'Salir rápido de esta página (presiona Mayús/Shift 3 veces)',
};
