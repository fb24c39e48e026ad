import { html, nothing, type TemplateResult } from 'lit';

/** Template strings by item markup and count, so Lit prepares each list shape once. */
const shapes = new Map<string, TemplateStringsArray>();

/**
 * A list of items as one template, where `items.map(...)` would give each item its own template
 * instance and two comment nodes: a page of cited text has hundreds of items, and those nodes and
 * parts were most of what the widgets cost beyond the vanilla floor (issue 20).
 *
 * `markup` is one item's fixed markup around its values, in template-string form: `['<p>', '', '</p>']`
 * is a paragraph holding two values. It must be a constant of ours, never content: content goes in
 * `values` and renders as text, as in any template. The server renders the same strings, so the
 * result hydrates like any other template.
 */
export function flatList<T>(items: readonly T[], markup: readonly [string, ...string[]], values: (item: T) => readonly unknown[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const key = items.length + markup.join('\0');
  let strings = shapes.get(key);
  if (!strings) {
    // One item's last string and the next one's first join: ['<p>', '', '</p><p>', '', '</p>'] for two.
    const joined: string[] = [];
    for (let i = 0; i < items.length; i++) markup.forEach((s, k) => (k === 0 && i > 0 ? (joined[joined.length - 1] += s) : joined.push(s)));
    // Lit takes only arrays shaped like a template literal's strings (with `raw`), as lit/static-html.js builds them.
    shapes.set(key, (strings = Object.assign(joined, { raw: joined }) as unknown as TemplateStringsArray));
  }
  return html(strings, ...items.flatMap((item) => values(item)));
}
