import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ContentOverrides } from '../content/validate.js';
import type { CrisisRegion } from '../content/ids.js';
import type { ColorScheme } from '../context/config.js';
import { below, type HeadingLevel } from '../shared/heading.js';
import { registerCrisisHelp } from './registration.js';

/** What the box needs from the widget that shows it. */
export interface CrisisBoxSettings {
  readonly region: CrisisRegion | undefined;
  readonly scheme: ColorScheme;
  readonly overrides: ContentOverrides;
  /** The language the widget shows, so the box inside it speaks the same one. */
  readonly lang: string;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The crisis box every widget shows, and the links that move focus to it. A controller, so the
 * widgets share it while `<ipt-crisis-help>` itself (which is the box) carries none of it.
 */
export class CrisisBox implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly settings: () => CrisisBoxSettings,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Every widget shows crisis help, so the box must never be an unknown, empty element.
    registerCrisisHelp();
  }

  /** The box, with the widget's region, scheme and overrides, its heading `boxLevel` (default: a level below `level`). */
  render(level: HeadingLevel, part?: string, boxLevel = below(level)) {
    const { region, scheme, overrides, lang } = this.settings();
    return html`<ipt-crisis-help
      part=${part ?? nothing}
      lang=${lang}
      region=${region ?? nothing}
      color-scheme=${scheme}
      .overrides=${overrides}
      heading-level=${boxLevel}
    ></ipt-crisis-help>`;
  }

  /**
   * The "Need help now?" link at the top of a long widget, so crisis lines are one key press away
   * instead of dozens of Tab presses.
   */
  shortcut(label: string) {
    return html`<p class="crisis-shortcut">${this.link(label, 'crisis-shortcut')}</p>`;
  }

  /** A link that moves focus to the box. */
  link(label: string, part = 'crisis-link') {
    return html`<a part=${part} href="#" @click=${this.goTo}>${label}</a>`;
  }

  private readonly goTo = (event: Event) => {
    // The box lives in the widget's shadow root, where a #fragment link cannot reach it.
    event.preventDefault();
    const help = this.host.renderRoot.querySelector('ipt-crisis-help') as (Element & { focusHeading?: () => void }) | null;
    help?.focusHeading?.();
  };
}
