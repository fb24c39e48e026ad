import type { Source } from './sources.js';

/**
 * The one address a source is linked to, in every widget: its `url` when that is http(s), else its DOI as a
 * https://doi.org/ address. `undefined` means "show the title as text, without a link".
 */
export function sourceHref(source: Pick<Source, 'url' | 'doi'>): string | undefined {
  // Each source is cited many times per page (every citation and its list entry): parse it once.
  if (hrefs.has(source)) return hrefs.get(source);
  const href = firstWebAddress(source);
  hrefs.set(source, href);
  return href;
}

const hrefs = new WeakMap<object, string | undefined>();

function firstWebAddress(source: Pick<Source, 'url' | 'doi'>): string | undefined {
  const candidates = [source.url, source.doi ? `https://doi.org/${source.doi.trim()}` : undefined];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim());
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not an absolute address: try the next one.
    }
  }
  return undefined;
}
