import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { VERSION } from '../version.js';
import { COLOR_SCHEMES, iptConfigContext, type ColorScheme } from '../context/config.js';
import { OverridesChild } from '../controllers/overrides-child.js';
import { asText, parseKeyword, parseRegion } from '../shared/attributes.js';
import { warnOnce } from '../shared/warn.js';
import { CONTENT_LOCALES } from '../controllers/config-controller.js';
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

  /** Content language for the widgets inside (only `en` ships today). */
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
    if (locale && !CONTENT_LOCALES.some((l) => locale.toLowerCase().split('-')[0] === l)) {
      warnOnce(this, TAG, 'locale', locale, `only ${CONTENT_LOCALES.join(', ')} content ships; showing English`);
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
