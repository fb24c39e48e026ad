import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ContentOverrides } from '../content/validate.js';
import type { CrisisRegion } from '../content/ids.js';
import type { ColorScheme } from '../context/config.js';
import { below, type HeadingLevel } from '../shared/heading.js';
import { quickExitUi as quickExitUiEn } from '../content/en/quick-exit-ui.js';
import { packOf } from '../content/locales.js';
import type { QuickExitUiStrings } from '../content/types.js';
import { firstQuickExit, onQuickExitChange } from '../quick-exit/registry.js';
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

  /** Whether the last render showed the quick-exit link, and whether this update rendered the box. */
  private exitLinkShown = false;
  private drawn = false;
  /** False until the widget's first update: server markup is adopted as rendered, without the link. */
  private settled = false;
  private stopWatching?: () => void;

  hostConnected(): void {
    // Every widget shows crisis help, so the box must never be an unknown, empty element.
    registerCrisisHelp();
    this.stopWatching = onQuickExitChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  hostUpdate(): void {
    this.drawn = false;
  }

  hostUpdated(): void {
    this.settled = true;
    // Queued (still before the next paint), as an update requested from inside an update is wasteful.
    if (this.drawn && this.exitLinkShown !== Boolean(firstQuickExit())) queueMicrotask(() => this.host.requestUpdate());
  }

  /** The box, with the widget's region, scheme and overrides, its heading `boxLevel` (default: a level below `level`). */
  render(level: HeadingLevel, part?: string, boxLevel = below(level)) {
    const { region, scheme, overrides, lang } = this.settings();
    return html`${this.quickExitLink(lang)}<ipt-crisis-help
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

  /**
   * A small link to the page's `<ipt-quick-exit>`, shown above the box only while one is on the page;
   * it leaves the way that element does. In English, marked so, when the language pack lacks its words.
   */
  private quickExitLink(lang: string) {
    this.drawn = true;
    const exit = this.settled ? firstQuickExit() : undefined;
    this.exitLinkShown = Boolean(exit);
    if (!exit) return nothing;
    const words = lang === 'en' ? quickExitUiEn : (packOf(lang)?.content.quickExitUi as QuickExitUiStrings | undefined);
    return html`<p class="crisis-shortcut">
      <a class="quick-exit-link" href=${exit.destination} rel="noreferrer" lang=${words ? nothing : 'en'} @click=${this.quickExit}
        >${(words ?? quickExitUiEn).link}</a
      >
    </p>`;
  }

  private readonly quickExit = (event: Event) => {
    const exit = firstQuickExit();
    if (!exit) return;
    event.preventDefault();
    exit.exit('link');
  };

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
