import { VERSION } from './version.js';

/** A custom element class that records which ipt-widgets version defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly iptVersion?: string;
}

/**
 * Registers `tag` once. A second copy of the script (two CMS blocks, two versions) must never
 * throw into the host page: an existing definition wins, and a different version gets one warning.
 */
export function define(tag: string, ctor: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    try {
      customElements.define(tag, ctor);
    } catch (error) {
      // The same class already registered under another name (a site renamed it from the classes-only entry).
      console.warn(`[ipt-widgets] <${tag}> could not be registered: ${(error as Error).message}`);
    }
    return;
  }
  if (existing === ctor) return;
  const owner = existing.iptVersion ?? 'unknown';
  if (owner !== VERSION) {
    console.warn(
      `[ipt-widgets] <${tag}> is already defined by ipt-widgets ${owner}; this copy (${VERSION}) is not registered. Load one version per page.`,
    );
  }
}

