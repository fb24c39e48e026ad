// Window and document listeners, counted: widgets must remove every listener they add, and add
// some (such as `storage`, whose first listener starts the browser's storage) only when needed.

/** Counts add/removeEventListener calls on window and document, by target and type. */
export function spyListeners() {
  const net = new Map<string, number>();
  const adds = new Map<string, number>();
  const restore: (() => void)[] = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      const key = `${name}:${type}`;
      net.set(key, (net.get(key) ?? 0) + 1);
      adds.set(key, (adds.get(key) ?? 0) + 1);
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      const key = `${name}:${type}`;
      net.set(key, (net.get(key) ?? 0) - 1);
      return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof remove;
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {
    adds,
    /** Adds minus removes for one key, such as 'window:storage': the listeners still there. */
    count: (key: string) => net.get(key) ?? 0,
    /** Listener keys whose adds and removes do not balance. */
    unbalanced: () => [...net].filter(([, n]) => n !== 0).map(([key, n]) => `${key} ${n > 0 ? '+' : ''}${n}`),
    restore: () => restore.forEach((r) => r()),
  };
}
