import { html, nothing, type TemplateResult } from 'lit';

/** Joined template strings by item template and count, so Lit prepares each list shape once. */
const joinedStrings = new WeakMap<TemplateStringsArray, Map<number, TemplateStringsArray>>();

/** `count` copies of `strings` as one template's strings: ['<p>', '', '</p><p>', '', '</p>'] for two paragraphs. */
function repeated(strings: TemplateStringsArray, count: number): TemplateStringsArray {
  let byCount = joinedStrings.get(strings);
  if (!byCount) joinedStrings.set(strings, (byCount = new Map()));
  let joined = byCount.get(count);
  if (!joined) {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) strings.forEach((s, k) => (k === 0 && i > 0 ? (parts[parts.length - 1] += s) : parts.push(s)));
    // Lit takes only arrays shaped like a template literal's strings (with `raw`), as lit/static-html.js builds them.
    byCount.set(count, (joined = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray));
  }
  return joined;
}

/**
 * A list rendered as few templates: items that use the same template literal in a row become one
 * template, where `items.map(...)` gives each item its own template instance and two comment nodes.
 * A page of cited text has hundreds of items, and those nodes and parts were most of what the
 * widgets cost beyond the vanilla floor (issue 20). Only the template strings, which are ours, are
 * joined; values render as in any template (text stays text). The server joins them the same way,
 * so the result hydrates.
 *
 * For lists that do not change while a person is inside them (content, crisis lines): a list of a
 * new length is a new template, so its nodes are replaced rather than updated, focus inside included.
 */
export function flatList<T>(items: readonly T[], render: (item: T) => TemplateResult): TemplateResult | TemplateResult[] | typeof nothing {
  const runs: TemplateResult[][] = [];
  for (const item of items) {
    const result = render(item);
    const run = runs[runs.length - 1];
    // Only HTML templates join (not svg`` or compiled ones), and only with the same literal.
    if (run && result['_$litType$'] === 1 && result.strings && run[0]!.strings === result.strings) run.push(result);
    else runs.push([result]);
  }
  const merged = runs.map((run) => (run.length === 1 ? run[0]! : html(repeated(run[0]!.strings, run.length), ...run.flatMap((r) => r.values))));
  return merged.length === 0 ? nothing : merged.length === 1 ? merged[0]! : merged;
}
