import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasLocale, onLocaleRegistered, packOf, primaryLanguage, type ContentPart } from '../content/locales.js';
import type { LocaleContent } from '../content/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A widget's content, with the language it is actually in. */
export interface Shown<T> {
  readonly value: T;
  /** `en` when the content fell back to English. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** Where the language came from, for the warning when no pack has it. */
type Source = 'lang' | 'provider locale' | 'an ancestor\u2019s lang' | '<html lang>';

const hosts = new Set<LocaleController>();
let pageObserver: MutationObserver | undefined;

/**
 * Chooses the language a widget shows: its own `lang`, else the provider's `locale`, else the
 * nearest ancestor's `lang` (across shadow roots), else `<html lang>`, else English. `es-MX` uses
 * the `es` pack; a language without a pack shows English, with one warning naming the element and
 * the value. Any change to those (a `lang` attribute anywhere in the page, the provider, a pack
 * registered later) re-renders the widget at once; what the person entered stays, because stored
 * data never depends on the language.
 */
export class LocaleController implements ReactiveController {
  /** The language of the content shown (`en` when nothing else applies). */
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  private own?: MutationObserver;
  private stopListening?: () => void;
  private readonly warned = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly providerLocale: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
      // The document-wide observer sees `lang` changes in the light DOM; this one sees the host's own
      // attribute, even inside a shadow root.
      this.own ??= new MutationObserver(() => this.host.requestUpdate());
      this.own.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
      pageObserver ??= new MutationObserver(() => hosts.forEach((h) => h.host.requestUpdate()));
      if (hosts.size === 1) pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.stopListening = onLocaleRegistered(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.own?.disconnect();
    this.stopListening?.();
    if (hosts.size === 0) pageObserver?.disconnect();
  }

  /**
   * Works out the language again: the element calls it first thing in every update. `rendered` is
   * the language of server markup being adopted, which the first render must repeat exactly.
   */
  resolve(rendered?: string): void {
    const [requested, source] = rendered === undefined ? this.requested() : [rendered, 'lang' as const];
    const lang = requested === undefined ? 'en' : primaryLanguage(requested);
    if (lang && hasLocale(lang)) {
      this.lang = lang;
    } else {
      this.lang = 'en';
      // The provider names its own locale; any other source is named here, once per element.
      if (source !== 'provider locale') this.warn(requested ?? '', source);
    }
    this.dir = this.lang === 'en' ? 'ltr' : (packOf(this.lang)?.dir ?? 'ltr');
  }

  /**
   * The content a widget shows, all in the language shown or, when the pack lacks any part the
   * widget needs (registerLocale leaves out parts that do not match English), all in English: so
   * one widget never mixes languages, and its root's `lang` is always true of every word in it.
   */
  content<K extends ContentPart>(english: Pick<LocaleContent, K>): Shown<Pick<LocaleContent, K>> {
    if (this.lang === 'en') return { value: english, lang: 'en', dir: 'ltr' };
    const pack = packOf(this.lang)?.content ?? {};
    const parts = Object.keys(english) as K[];
    const missing = parts.filter((part) => pack[part] === undefined);
    if (missing.length) {
      this.warnOnce(`missing\u0000${missing.join()}`, `the "${this.lang}" language pack has no ${missing.join(', ')}; showing English`);
      return { value: english, lang: 'en', dir: 'ltr' };
    }
    return { value: Object.fromEntries(parts.map((part) => [part, pack[part]])) as Pick<LocaleContent, K>, lang: this.lang, dir: this.dir };
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[ipt-widgets] <${this.host.localName}> ${message}.`);
  }

  /** The first language asked for along the chain, and where it came from. */
  private requested(): [string | undefined, Source] {
    const own = this.host.getAttribute('lang')?.trim();
    if (own) return [own, 'lang'];
    const provided = this.providerLocale()?.trim();
    if (provided) return [provided, 'provider locale'];
    for (let node: Node | null = parentOf(this.host); node; node = parentOf(node)) {
      if (node.nodeType === ELEMENT_NODE) {
        const lang = (node as Element).getAttribute('lang')?.trim();
        if (lang) return [lang, node === node.ownerDocument?.documentElement ? '<html lang>' : 'an ancestor\u2019s lang'];
      }
    }
    return [undefined, '<html lang>'];
  }

  private warn(value: string, source: Source): void {
    const where = source === 'lang' ? `lang="${value}"` : `${source} "${value}"`;
    this.warnOnce(`lang\u0000${source}\u0000${value}`, `${where} has no language pack (or is not a language tag); showing English`);
  }
}

const ELEMENT_NODE = 1;
const FRAGMENT_NODE = 11;

/** The parent in the composed tree: a shadow root's parent is its host. (No DOM classes: a server has none.) */
function parentOf(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent?.nodeType === FRAGMENT_NODE && 'host' in parent) return (parent as ShadowRoot).host;
  return parent;
}
