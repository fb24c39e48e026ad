import { html, nothing, type TemplateResult } from 'lit';
import type { Source, SourceId } from '../content/types.js';
import { sources } from '../content/sources.js';
import { sourceHref } from '../content/source-href.js';

/**
 * Numbers sources in the order they are first cited (1, 2, 3...), so the list reads top to bottom
 * in the same order as the text. One index per render. Shared by the explainer and the checklist.
 */
export class CitationIndex {
  private readonly numbers = new Map<SourceId, number>();

  /** The number of `id`, given on first use. */
  number(id: SourceId): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(id, n);
    }
    return n;
  }

  /** Every cited source with its number, in number order. */
  entries(): { id: SourceId; number: number; source: Source }[] {
    return [...this.numbers].map(([id, number]) => ({ id, number, source: sources[id] as Source }));
  }
}

export interface CitationOptions {
  /** The accessible name of citation `number`: "Source 3: <title>", in the widget's language. */
  readonly name: (number: number, title: string) => string;
  /** The id of a source's numbered entry in this shadow root; absent when no list is shown. */
  readonly entryId?: (id: SourceId) => string;
}

interface CitationLink {
  readonly href: string | undefined;
  readonly label: string;
  /** The source id, on links that lead to a numbered entry shown in this shadow root. */
  readonly source: SourceId | undefined;
  /** "[3]": one text node, not three. */
  readonly text: string;
}

/**
 * Numbered citations such as [1] [2]. Each links to the source's own address, so it works with
 * scripts off and in print; with a sources list shown, a plain click moves to its numbered entry
 * (focusCitedEntry). A source with no address links to its entry only; with neither it is plain
 * text, since a link that goes nowhere is not a link.
 */
export function renderCitations(index: CitationIndex, ids: readonly SourceId[], { name, entryId }: CitationOptions): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  const links: CitationLink[] = ids.map((id) => {
    const number = index.number(id);
    const source = sources[id] as Source;
    return {
      href: sourceHref(source) ?? (entryId ? `#${entryId(id)}` : undefined),
      label: name(number, source.title),
      source: entryId ? id : undefined,
      text: `[${number}]`,
    };
  });
  // Nearly every claim cites one or two sources: spelled out, they render without a list's
  // markers and a template per link (a long page of cited text has hundreds of them).
  const [a, b] = links;
  if (links.every((link) => link.href)) {
    // prettier-ignore
    if (links.length === 1) return html`<sup class="cites"><a part="citation" class="cite" href=${a!.href} aria-label=${a!.label} data-source=${a!.source ?? nothing} rel="noopener noreferrer">${a!.text}</a></sup>`;
    // prettier-ignore
    if (links.length === 2) return html`<sup class="cites"><a part="citation" class="cite" href=${a!.href} aria-label=${a!.label} data-source=${a!.source ?? nothing} rel="noopener noreferrer">${a!.text}</a><a part="citation" class="cite" href=${b!.href} aria-label=${b!.label} data-source=${b!.source ?? nothing} rel="noopener noreferrer">${b!.text}</a></sup>`;
  }
  return html`<sup class="cites"
    >${links.map((link) =>
      link.href
        ? html`<a
            part="citation"
            class="cite"
            href=${link.href}
            aria-label=${link.label}
            data-source=${link.source ?? nothing}
            rel="noopener noreferrer"
            >${link.text}</a
          >`
        : html`<span part="citation" class="cite">${link.text}</span>`,
    )}</sup
  >`;
}

/** Whether text ends a sentence ("n.d." does): no full stop is added after it. */
export const endsSentence = (text: string): boolean => /[.?!]$/.test(text.trim());

/**
 * One entry of a numbered sources list, a focus target for its citations: the title (a link when
 * the source has an address), a full stop unless the title ends a sentence, then `after` as one
 * text node. One flat template per kind, for fewer DOM nodes. Shared by the explainer and the checklist.
 */
export function renderSourceEntry(entryId: string, number: number, source: Source, after: string): TemplateResult {
  const href = sourceHref(source);
  const rest = `${endsSentence(source.title) ? '' : '.'}${after}`;
  // prettier-ignore
  return href
    ? html`<li part="source" class="source" id=${entryId} value=${number} tabindex="-1"><a href=${href} rel="noopener noreferrer">${source.title}</a>${rest}</li>`
    : html`<li part="source" class="source" id=${entryId} value=${number} tabindex="-1"><cite>${source.title}</cite>${rest}</li>`;
}

/**
 * A plain click on a citation (fragments cannot reach into a shadow root): `open` shows the sources
 * list, then its entry is scrolled to and focused, without touching the page's URL. Clicks with a
 * modifier (new tab, new window) follow the link to the source.
 */
export async function focusCitedEntry(
  event: MouseEvent,
  root: HTMLElement | DocumentFragment,
  entryId: (id: SourceId) => string,
  open: () => Promise<unknown>,
): Promise<void> {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const id = (event.target as Element | null)?.closest?.('a.cite[data-source]')?.getAttribute('data-source') as SourceId | null | undefined;
  if (!id) return;
  event.preventDefault();
  await open();
  const entry = root.querySelector<HTMLElement>(`#${CSS.escape(entryId(id))}`);
  if (!entry) return;
  entry.scrollIntoView({ block: 'center' });
  entry.focus({ preventScroll: true });
}
