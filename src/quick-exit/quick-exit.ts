import { html, isServer, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../styles/tokens.js';
import { quickExitUi as quickExitUiEn } from '../content/en/quick-exit-ui.js';
import type { QuickExitUiStrings } from '../content/types.js';
import { Announcer } from '../controllers/announcer.js';
import { asText, strictText } from '../shared/attributes.js';
import { say } from '../shared/format.js';
import { IptElement } from '../shared/ipt-element.js';
import { warnOnce } from '../shared/warn.js';
import { addQuickExit, firstQuickExit, removeQuickExit, type QuickExitTarget, type QuickExitVia } from './registry.js';
import { styles } from './quick-exit.styles.js';

/**
 * Where the element leaves for unless the site sets `href`: a page that looks ordinary on any
 * screen, in any country and language, and loads fast. The widgets request nothing themselves; going
 * there is the person's own navigation.
 */
export const DEFAULT_EXIT_HREF = 'https://www.google.com/';

/** Time allowed from one press of Shift to the next, as in GOV.UK's "Exit this page". */
const PRESS_WINDOW_MS = 5000;
const PRESSES_TO_EXIT = 3;

/** Detail of `ipt-quick-exit`: only how the person left, nothing about them or the page. */
export interface IptQuickExitDetail {
  readonly via: QuickExitVia;
}

/** Input types that take no typing; in any other input, Shift is typing, never the shortcut. */
const NOT_TYPED = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** True when the key went to a text field, also one inside a shadow root (the path's first node). */
function typesText(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

/** An absolute http(s) address, normalised; undefined for anything else (`javascript:`, relative, control characters). */
function httpAddress(value: string): string | undefined {
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A way to leave the page at once: a button, or Shift pressed 3 times, covers the page and replaces
 * it with a neutral one the site chooses. Opt-in: a site adds it where a person may need to hide
 * what they are reading. With scripts off the button is a plain link to that page.
 *
 * @tag ipt-quick-exit
 * @summary A button (and Shift pressed 3 times) that covers the page and leaves it for a neutral one.
 * @csspart base - The wrapper of the button, hint and status.
 * @csspart button - The "Leave this page" link, styled as a button.
 * @csspart hint - The keyboard shortcut under the button.
 * @csspart status - The polite live region that counts presses of Shift.
 * @csspart overlay - The cover over the whole window while the neutral page loads.
 * @cssprop [--ipt-color-danger=#a4262c] - Background of the button.
 * @cssprop [--ipt-color-accent-contrast=#ffffff] - Text of the button.
 * @cssprop [--ipt-color-surface=#ffffff] - Colour of the cover, and behind the hint and status.
 * @cssprop [--ipt-color-focus=#b34700] - Colour of the focus ring.
 * @cssprop [--ipt-radius=0.5rem] - Corner radius of the button.
 * @cssprop [--ipt-font-family=inherit] - Font family; inherits the page's font by default.
 * @fires {IptQuickExitDetail} ipt-quick-exit - Just before leaving, after the page is covered; detail `{ via }` (`button`, `keyboard` or `link`). Not cancelable.
 */
export class IptQuickExit extends IptElement implements QuickExitTarget {
  static override styles = [baseStyles, styles];

  /** The neutral page to leave for: an absolute http(s) address. Default `https://www.google.com/`. */
  @property() href: string | URL | null = null;

  /**
   * Leaves for `url`: `location.replace(url)`, so this page drops out of the history where the
   * browser allows. Replaced only by tests; not an API a page should use to hold a person back.
   * @internal
   */
  navigate: (url: string) => void = (url) => location.replace(url);

  /** Words in the language shown, set at each render. */
  private t: QuickExitUiStrings = quickExitUiEn;
  private readonly live = new Announcer(this);
  /** Presses of Shift so far in this sequence. */
  private presses = 0;
  /** True from a Shift keydown (outside a text field) until another key goes down with it. */
  private shiftAlone = false;
  private pressTimer: ReturnType<typeof setTimeout> | undefined;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private leaving = false;

  /**
   * The checked `href`: the neutral page this element leaves for (read by the crisis boxes' link).
   * @internal
   */
  get destination(): string {
    const fallback = `expected an absolute http: or https: address; leaving for ${DEFAULT_EXIT_HREF}`;
    const text = strictText(this.href);
    if (text === undefined) {
      warnOnce(this, this.localName, 'href', asText(this.href), fallback);
      return DEFAULT_EXIT_HREF;
    }
    if (text == null || text.trim() === '') return DEFAULT_EXIT_HREF;
    const address = httpAddress(text);
    if (!address) warnOnce(this, this.localName, 'href', text, fallback);
    return address ?? DEFAULT_EXIT_HREF;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    window.addEventListener('pageshow', this.onPageShow);
    addQuickExit(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    window.removeEventListener('pageshow', this.onPageShow);
    removeQuickExit(this);
    this.stopCounting();
  }

  override render() {
    const { quickExitUi } = this.showContent({ quickExitUi: quickExitUiEn });
    this.t = quickExitUi;
    // Ids need only be unique in this shadow root. The hint names a shortcut that needs the script,
    // so it describes the button only once the element runs (server markup leaves it out).
    return html`<div part="base" class="base" lang=${this.shownLang} dir=${this.shownDir}>
      <a
        part="button"
        class="button"
        href=${this.destination}
        rel="noreferrer"
        aria-describedby=${this.serverView ? nothing : 'hint'}
        @click=${this.onClick}
        >${quickExitUi.button}</a
      >
      <p part="hint" id="hint" class="hint">${quickExitUi.hint}</p>
      ${this.live.render()}
      <dialog part="overlay" class="overlay" aria-labelledby="leaving" @cancel=${this.onCancel} @close=${this.onClose}>
        <p id="leaving">${quickExitUi.leaving}</p>
      </dialog>
    </div>`;
  }

  /**
   * Covers the page at once, fires `ipt-quick-exit`, and replaces the page with the neutral one.
   * What the button, Shift pressed 3 times and a crisis box's link all do.
   */
  exit(via: QuickExitVia = 'button'): void {
    if (isServer || this.leaving) return;
    this.leaving = true;
    this.stopCounting();
    this.cover();
    // Not cancelable: a page must not be able to keep a person here.
    this.dispatchEvent(new CustomEvent<IptQuickExitDetail>('ipt-quick-exit', { detail: { via }, bubbles: true, composed: true }));
    this.navigate(this.destination);
  }

  /** A modal dialog is in the top layer, above anything the page stacks, and makes the rest of the page inert. */
  private cover(): void {
    const overlay = this.renderRoot.querySelector('dialog');
    if (!overlay || overlay.open) return;
    try {
      overlay.showModal();
    } catch {
      // A modal needs a rendered dialog (an ancestor with display: none, say); the fixed cover still shows.
      overlay.show();
    }
  }

  private readonly onClick = (event: MouseEvent) => {
    // Without script the link simply goes there; with it, the page is covered first and replaced.
    event.preventDefault();
    this.exit('button');
  };

  /** Escape would uncover the page while it is leaving. */
  private readonly onCancel = (event: Event) => event.preventDefault();

  /** The browser may close it anyway (a second Escape); then the page is usable again. */
  private readonly onClose = () => {
    this.leaving = false;
  };

  /** Back to this page from the back/forward cache: uncovered, count at 0. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    this.leaving = false;
    this.stopCounting();
    this.renderRoot.querySelector('dialog')?.close();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (firstQuickExit() !== this) return;
    if (event.key === 'Shift') {
      if (!event.repeat) this.shiftAlone = !event.isComposing && !typesText(event);
      return;
    }
    // Shift used with another key (a capital letter) is no press; any other key ends the sequence.
    this.shiftAlone = false;
    if (this.presses > 0) this.resetCount();
  };

  private readonly onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || !this.shiftAlone) return;
    this.shiftAlone = false;
    if (firstQuickExit() !== this || typesText(event)) return;
    clearTimeout(this.pressTimer);
    clearTimeout(this.quietTimer);
    this.presses += 1;
    if (this.presses >= PRESSES_TO_EXIT) {
      this.exit('keyboard');
      return;
    }
    this.live.announce(say(this.t.pressed, { count: this.presses }, this.shownLang));
    this.pressTimer = setTimeout(this.resetCount, PRESS_WINDOW_MS);
  };

  /** The sequence ran out of time or was broken: say so, then quieten the status after a while. */
  private readonly resetCount = () => {
    clearTimeout(this.pressTimer);
    this.presses = 0;
    this.live.announce(this.t.reset);
    this.quietTimer = setTimeout(() => this.live.clear(), PRESS_WINDOW_MS);
  };

  private stopCounting(): void {
    clearTimeout(this.pressTimer);
    clearTimeout(this.quietTimer);
    this.presses = 0;
    this.shiftAlone = false;
    this.live.clear();
  }
}
