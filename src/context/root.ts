import { ContextRoot } from '@lit/context';

const CONTEXT_ROOT = Symbol.for('ipt-widgets.context-root');

/**
 * A widget asks for its provider's settings when it connects. If the page loads ipt-provider's script
 * after the widget's, nobody answers; the root keeps the request and replays it when a provider appears.
 * One per page, shared by every copy of the script.
 */
export function attachContextRoot(): void {
  const page = globalThis as { [CONTEXT_ROOT]?: true };
  if (page[CONTEXT_ROOT] || typeof document === 'undefined' || !document.documentElement) return;
  page[CONTEXT_ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}
