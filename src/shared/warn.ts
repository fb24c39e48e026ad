/**
 * One console warning per element, attribute and value: bad input is named clearly once,
 * not repeated on every render.
 */
const seen = new WeakMap<object, Set<string>>();

export function warnOnce(element: object, tag: string, attribute: string, value: unknown, fallback: string): void {
  const shown = String(value).slice(0, 80);
  const key = `${attribute}\u0000${shown}`;
  let keys = seen.get(element);
  if (!keys) seen.set(element, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`[ipt-widgets] <${tag}> ${attribute}="${shown}" is not valid; ${fallback}.`);
}
