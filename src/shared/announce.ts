/**
 * The next text for a live region: the same message twice must be announced twice, and a changed
 * text node is what screen readers hear, so a repeat alternates with a trailing no-break space.
 */
export const repeatable = (current: string, message: string): string =>
  current === message ? `${message}\u00a0` : message;
