import { isServer, LitElement, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { COLOR_SCHEMES, type ColorScheme } from '../context/config.js';
import type { CrisisRegion } from '../content/ids.js';
import { hasLocale, packOf, type ContentPart } from '../content/locales.js';
import { dates as datesEn } from '../content/en/dates.js';
import type { DateWords, LocaleContent } from '../content/types.js';
import type { CrisisBoxSettings } from '../crisis-help/crisis-box.js';
import { ConfigController } from '../controllers/config-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { parseKeyword, parseRegion } from './attributes.js';
import { headingLevelOf, type HeadingLevel, type HeadingLevelValue } from './heading.js';

/**
 * What every ipt element shares: its version stamp, the provider configuration, and the attributes
 * all of them take (`heading-level`, `region`, `color-scheme`). Subclasses read their own attributes
 * in `willUpdate` too, after calling this one, so every value is checked once per update, before render.
 */
export class IptElement extends LitElement {
  static readonly iptVersion = VERSION;

  /** Level (1-6) of the element's top heading; inner headings go one level down. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel: HeadingLevelValue | null = null;

  /** Region code for crisis lines. Falls back to the provider's region; unset lists every region. */
  @property({ reflect: true }) region: CrisisRegion | null = null;

  /** Colour scheme: `auto` follows the device. Falls back to the provider's. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme: ColorScheme | null = null;

  protected readonly config = new ConfigController(this, () => this.localName, () => this.serverView);

  /** The language shown: own `lang`, the provider's `locale`, the page's, else English. */
  protected readonly locale = new LocaleController(this, () => this.config.locale);

  /** The language of the server-rendered markup this element is adopting; undefined otherwise. */
  private hydratingLang: string | undefined;

  /**
   * True while the element renders what a server would: on a server, and for its first render in
   * a browser over server-rendered markup, which Lit then adopts node for node (hydration). What
   * only the browser knows (stored ticks, a saved session, the provider, the page's language)
   * follows in the next update, which changes only what differs.
   * @internal
   */
  protected get serverView(): boolean {
    return isServer || this.hydratingLang !== undefined;
  }

  /** The checked `heading-level` (2 when unset or invalid). */
  protected level: HeadingLevel = 2;

  /** The region in force: a valid own attribute, else the provider's. */
  protected regionInForce: CrisisRegion | undefined;

  /** The colour scheme in force: a valid own attribute, else the provider's, else auto. */
  protected schemeInForce: ColorScheme = 'auto';

  /** The language and direction of what the element shows, as last chosen by `showContent`. */
  protected shownLang = 'en';
  protected shownDir: 'ltr' | 'rtl' = 'ltr';

  /**
   * The content parts in the language shown (all in English when its pack lacks one of them).
   * @internal
   */
  protected showContent<K extends ContentPart>(english: Pick<LocaleContent, K>): Pick<LocaleContent, K> {
    const shown = this.locale.content(english);
    this.shownLang = shown.lang;
    this.shownDir = shown.dir;
    return shown.value;
  }

  /**
   * The shown language's date words; undefined when its pack leaves dates to the browser's Intl
   * (no warning: that is a pack's choice, and the date still reads in its language).
   * @internal
   */
  protected get dateWords(): DateWords | undefined {
    // registerLocale keeps only parts shaped like English ones.
    return this.shownLang === 'en' ? datesEn : (packOf(this.shownLang)?.content.dates as DateWords | undefined);
  }

  /**
   * What a widget's crisis box follows: the widget's region, scheme, overrides and language.
   * @internal
   */
  protected readonly crisisBoxSettings = (): CrisisBoxSettings => ({
    region: this.regionInForce,
    scheme: this.schemeInForce,
    overrides: this.config.overrides,
    lang: this.shownLang,
  });

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root || isServer) return super.createRenderRoot();
    // The server wrote the language it rendered on the widget's outer element.
    const lang = root.querySelector('[lang]')?.getAttribute('lang') || 'en';
    const hydrates = (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
    if (!hydrates) {
      this.dropServerMarkup(root, 'Lit loaded before ipt-widgets, without its hydration support: import ipt-widgets first');
    } else if (lang !== 'en' && !hasLocale(lang)) {
      this.dropServerMarkup(root, `it is in "${lang}", which this page has no language pack for`);
    } else {
      this.hydratingLang = lang;
      return super.createRenderRoot();
    }
    return root; // Not Lit's: it would try to adopt the markup just removed.
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.hydratingLang === undefined) return super.update(changed);
    try {
      super.update(changed);
    } catch (error) {
      // Markup from another version of the widgets, or edited by hand: render afresh instead.
      this.dropServerMarkup(this.renderRoot, (error as Error).message);
      render(this.render(), this.renderRoot, this.renderOptions);
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.hydratingLang === undefined) return;
    // Queued, so the browser-only state arrives in its own update, still before the next paint.
    queueMicrotask(() => {
      this.hydratingLang = undefined;
      this.requestUpdate();
    });
  }

  /** Server markup that cannot be adopted is removed (its styles stay), so the widget renders once, whole. */
  private dropServerMarkup(root: ShadowRoot | HTMLElement | DocumentFragment, why: string): void {
    console.warn(`[ipt-widgets] <${this.localName}> could not reuse its server-rendered markup (${why}); rendering it again.`);
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
    delete (root as { _$litPart$?: unknown })._$litPart$;
    this.renderOptions.renderBefore = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.locale.resolve(this.hydratingLang);
    if (!this.hasUpdated || changed.has('headingLevel')) this.level = headingLevelOf(this, this.localName, this.headingLevel);
    // Read every update: the provider's values arrive through context without a property change.
    this.regionInForce = parseRegion(this, this.localName, this.region) ?? this.config.region;
    const own = this.colorScheme
      ? parseKeyword<ColorScheme>(this, this.localName, 'color-scheme', this.colorScheme, COLOR_SCHEMES, 'auto')
      : undefined;
    this.schemeInForce = own ?? this.config.colorScheme ?? 'auto';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An internal attribute, so the styles can follow it without touching the author's attribute.
    this.setAttribute('data-ipt-scheme', this.schemeInForce);
  }
}
