import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { VERSION } from '../version.js';
import { COLOR_SCHEMES, iptConfigContext, type ColorScheme } from '../context/config.js';
import { OverridesChild } from '../controllers/overrides-child.js';
import { asText, parseKeyword, parseRegion } from '../shared/attributes.js';
import { warnOnce } from '../shared/warn.js';
import { hasLocale, primaryLanguage } from '../content/locales.js';
import type { CrisisRegion } from '../content/ids.js';

const TAG = 'ipt-provider';

/**
 * Shares locale, region, colour scheme and content overrides with every ipt widget inside it.
 * A widget's own attributes win; changes reach the widgets at once.
 *
 * @tag ipt-provider
 * @summary Shared configuration for every ipt widget inside it.
 * @slot - The page content holding the widgets. An optional `<script type="application/json">` child holds content overrides.
 */
export class IptProvider extends LitElement {
  static readonly iptVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Language for the widgets inside whose own `lang` is unset (`es`, `es-MX`; English when no pack has it). */
  @property({ reflect: true }) locale: string | null = null;

  /** Region code for crisis lines in the widgets inside. */
  @property({ reflect: true }) region: CrisisRegion | null = null;

  /** Colour scheme for the widgets inside: `auto` follows the device. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme: ColorScheme | null = null;

  private readonly provider = new ContextProvider(this, { context: iptConfigContext, initialValue: undefined });
  // CMS editors may swap the JSON child after load; it is followed like an attribute.
  private readonly overrides = new OverridesChild(this, () => TAG);

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const locale = asText(this.locale)?.trim() || undefined;
    // The provider names a bad locale once, so the widgets inside need not each say it again.
    const primary = locale ? primaryLanguage(locale) : undefined;
    if (locale && !(primary && hasLocale(primary))) {
      warnOnce(this, TAG, 'locale', locale, 'no language pack is loaded for it (import "ipt-widgets/locales/es" for Spanish); showing English');
    }
    const scheme = this.colorScheme
      ? parseKeyword<ColorScheme>(this, TAG, 'color-scheme', this.colorScheme, COLOR_SCHEMES, 'auto')
      : undefined;
    this.provider.setValue({
      locale,
      region: parseRegion(this, TAG, this.region),
      colorScheme: scheme,
      overrides: this.overrides.value,
    });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
