import type { Source } from './sources.js';

/**
 * The one address a source is linked to, in every widget: its `url` when that is http(s), else its DOI as a
 * https://doi.org/ address. `undefined` means "show the title as text, without a link".
 */
export function sourceHref(source: Pick<Source, 'url' | 'doi'>): string | undefined {
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
