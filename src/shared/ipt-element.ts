import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { COLOR_SCHEMES, type ColorScheme } from '../context/config.js';
import type { CrisisRegion } from '../content/index.js';
import { ConfigController } from '../controllers/config-controller.js';
import { parseKeyword, parseRegion } from './attributes.js';
import { below, type HeadingLevel } from './heading.js';
import { ui } from '../content/en/ui.js';

/**
 * What every ipt widget shares: its version stamp, the provider configuration, the `region` and
 * `color-scheme` attributes (own attribute first, then the provider), and the content language.
 */
export class IptElement extends LitElement {
  static readonly iptVersion = VERSION;

  /** Region code for crisis lines: us, ca, uk, ie, au or eu. Falls back to the provider's region. */
  @property({ reflect: true }) region: string | null = null;

  /** Colour scheme: light, dark or auto (follows the device). Falls back to the provider's. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme: string | null = null;

  protected readonly config = new ConfigController(this, () => this.localName);

  /** The region to show crisis lines for: a valid own attribute, else the provider's. */
  protected get effectiveRegion(): CrisisRegion | undefined {
    return parseRegion(this, this.localName, this.region) ?? this.config.region;
  }

  /** The colour scheme in force: a valid own attribute, else the provider's, else auto. */
  protected get effectiveScheme(): ColorScheme {
    const own = this.colorScheme
      ? parseKeyword<ColorScheme>(this, this.localName, 'color-scheme', this.colorScheme, COLOR_SCHEMES, 'auto')
      : undefined;
    return own ?? this.config.colorScheme ?? 'auto';
  }

  /** The crisis box every widget shows, with this widget's region, scheme and overrides, a level below `level`. */
  protected renderCrisisHelp(level: HeadingLevel, part?: string) {
    return html`<ipt-crisis-help
      part=${part ?? nothing}
      region=${this.effectiveRegion ?? nothing}
      color-scheme=${this.effectiveScheme}
      .overrides=${this.config.overrides}
      heading-level=${below(level)}
    ></ipt-crisis-help>`;
  }

  /**
   * A link at the top of a long widget that takes keyboard and screen-reader users straight to its
   * crisis lines, so help is never dozens of Tab presses away.
   */
  protected renderCrisisShortcut() {
    return html`<p class="crisis-shortcut">${this.renderCrisisLink(ui.crisis.shortcut, 'crisis-shortcut')}</p>`;
  }

  /** A link that moves focus to this widget's crisis lines. */
  protected renderCrisisLink(label: string, part = 'crisis-link') {
    return html`<a part=${part} href="#" @click=${this.goToCrisisHelp}>${label}</a>`;
  }

  private readonly goToCrisisHelp = (event: Event) => {
    // The crisis box lives in this shadow root, where a #fragment link cannot reach it.
    event.preventDefault();
    const help = this.renderRoot.querySelector('ipt-crisis-help') as (Element & { focusHeading?: () => void }) | null;
    help?.focusHeading?.();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An internal attribute, so the styles can follow it without touching the author's attribute.
    this.setAttribute('data-ipt-scheme', this.effectiveScheme);
  }
}
