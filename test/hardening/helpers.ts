import type { LitElement } from 'lit';
import { webStorage, type WebStorage } from '../../src/controllers/storage.js';

/** Every element the package registers, with the selector of the heading that shows it rendered. */
export const TAGS = [
  'ipt-explainer',
  'ipt-problem-area-quiz',
  'ipt-selfcare-checklist',
  'ipt-crisis-help',
  'ipt-provider',
] as const;
export type Tag = (typeof TAGS)[number];

interface ManifestAttribute {
  name: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

let manifest: Promise<Map<string, string[]>> | undefined;

/** Attribute names per tag, read from the served custom-elements.json (the public contract). */
export function manifestAttributes(): Promise<Map<string, string[]>> {
  manifest ??= (async () => {
    const data = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const out = new Map<string, string[]>();
    for (const mod of data.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.customElement && decl.tagName)
          out.set(
            decl.tagName,
            (decl.attributes ?? []).map((a) => a.name),
          );
      }
    }
    return out;
  })();
  return manifest;
}

/** Every shadow root inside `node`, nested ones included (the crisis box inside each widget). */
export function shadowRoots(node: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (el: Element) => {
    if (el.shadowRoot) {
      roots.push(el.shadowRoot);
      for (const child of el.shadowRoot.querySelectorAll('*')) visit(child);
    }
    for (const child of el.querySelectorAll('*')) if (child.shadowRoot) visit(child);
  };
  visit(node);
  return [...new Set(roots)];
}

/** All text the person can see, across every nested shadow root. */
export const allText = (el: Element): string =>
  shadowRoots(el)
    .map((root) => root.textContent ?? '')
    .join('\n');

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link'];

/** A URL as a browser reads it: control characters and spaces stripped, lower-cased. */
const normaliseUrl = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();

/**
 * Problems in the rendered shadow DOM: event-handler attributes, script-capable URLs and
 * elements that load or run code. Empty when clean.
 */
export function domProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      const name = node.localName;
      if (FORBIDDEN_ELEMENTS.includes(name))
        problems.push(`<${name}> in the shadow root of <${(root.host as Element).localName}>`);
      for (const attr of node.attributes) {
        const attrName = attr.name.toLowerCase();
        if (attrName.startsWith('on')) problems.push(`${name}[${attrName}]`);
        if (URL_ATTRIBUTES.includes(attrName) || attr.localName === 'href') {
          const url = normaliseUrl(attr.value);
          if (/^(javascript|vbscript|data):/.test(url))
            problems.push(`${name}[${attrName}="${attr.value.slice(0, 60)}"]`);
        }
        if (attrName === 'srcdoc') problems.push(`${name}[srcdoc]`);
      }
    }
  }
  return problems;
}

/** ARIA and label references that point nowhere, and ids used twice, per shadow root. */
export function idProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const root of shadowRoots(el)) {
    const host = (root.host as Element).localName;
    const ids = new Map<string, number>();
    for (const node of root.querySelectorAll('[id]')) ids.set(node.id, (ids.get(node.id) ?? 0) + 1);
    for (const [id, count] of ids) if (count > 1) problems.push(`<${host}>: id "${id}" used ${count} times`);
    for (const attr of [
      'aria-controls',
      'aria-labelledby',
      'aria-describedby',
      'aria-owns',
      'aria-activedescendant',
      'aria-details',
      'aria-errormessage',
      'for',
    ]) {
      for (const node of root.querySelectorAll(`[${attr}]`)) {
        for (const ref of (node.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
          if (!ids.has(ref)) problems.push(`<${host}>: ${node.localName}[${attr}] points to missing id "${ref}"`);
        }
      }
    }
  }
  return problems;
}

/** Collects uncaught errors and unhandled rejections (Lit reports update errors asynchronously). */
export function trapErrors(): { errors: string[]; restore: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    // ResizeObserver loop notices are browser noise, not errors of the element.
    if (String(event.message).includes('ResizeObserver')) return;
    errors.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Replaces console.warn for the duration of a test. */
export { captureWarnings } from '../helpers/console.js';

/** Waits until the element and every custom element in its shadow roots have rendered. */
export async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const pending = [el, ...shadowRoots(el).flatMap((root) => [...root.querySelectorAll('*')])]
      .filter((node): node is LitElement => 'updateComplete' in node)
      .map((node) => node.updateComplete);
    await Promise.all(pending);
  }
}

let container: HTMLElement | undefined;

/** Puts `el` on the page (in a shared container) and waits until it and its nested widgets rendered. */
export async function mount<T extends Element>(el: T): Promise<T> {
  if (!container?.isConnected) {
    container = document.createElement('div');
    container.id = 'hardening-container';
    document.body.append(container);
  }
  container.append(el);
  await settle(el);
  return el;
}

export function unmountAll(): void {
  container?.replaceChildren();
}

/** A `<script type="application/json">` child holding content overrides, built without parsing HTML. */
export function overridesScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  return script;
}

/** A macrotask or two, so event handlers that a payload might have planted (img onerror) get a chance to run. */
export const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The top heading of a widget (the heading with part="heading" in its own shadow root). */
export function mainHeading(el: Element): HTMLElement | null {
  const target = el.localName.endsWith('provider') || /-provider-\d+$/.test(el.localName) ? el.firstElementChild : el;
  const root = target?.shadowRoot;
  // An explainer told to leave its title out (no-heading) starts at its first section heading.
  const titleLeftOut = Boolean((target as { noHeading?: unknown } | null)?.noHeading);
  return root?.querySelector<HTMLElement>('[part="heading"]') ?? (titleLeftOut ? root?.querySelector<HTMLElement>('[part~="section-heading"]') : null) ?? null;
}

/** An in-memory Storage whose writes and reads can be made to fail on demand. */
export class FaultyStorage implements WebStorage {
  readonly data = new Map<string, string>();
  /** Throw QuotaExceededError from setItem. */
  full = false;
  /** Writes allowed before setItem starts throwing QuotaExceededError (counts down). */
  writesLeft = Infinity;
  writes = 0;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full || this.writesLeft <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writesLeft -= 1;
    this.writes += 1;
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const realStorageGet = webStorage.local;

/**
 * Points every checklist on this page at an in-memory store, so these tests never touch the real
 * localStorage that the checklist's own test file (running beside this one) uses.
 */
export function useMemoryStorage(store: WebStorage = new FaultyStorage()): WebStorage {
  webStorage.local = () => store;
  return store;
}

export function restoreStorage(): void {
  webStorage.local = realStorageGet;
}
