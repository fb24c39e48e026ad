import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { COLOR_SCHEMES, type ColorScheme } from '../context/config.js';
import type { CrisisRegion } from '../content/ids.js';
import type { ContentPart } from '../content/locales.js';
import type { LocaleContent } from '../content/types.js';
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

  protected readonly config = new ConfigController(this, () => this.localName);

  /** The language shown: own `lang`, the provider's `locale`, the page's, else English. */
  protected readonly locale = new LocaleController(this, () => this.config.locale);

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
   * What a widget's crisis box follows: the widget's region, scheme, overrides and language.
   * @internal
   */
  protected readonly crisisBoxSettings = (): CrisisBoxSettings => ({
    region: this.regionInForce,
    scheme: this.schemeInForce,
    overrides: this.config.overrides,
    lang: this.shownLang,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.locale.resolve();
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
