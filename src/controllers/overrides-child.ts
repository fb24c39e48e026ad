import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentOverrides } from '../content/index.js';
import { overridesScript, readOverrides } from '../context/overrides.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The host's own `<script type="application/json">` overrides child. Read on connect, then followed
 * like an attribute: a CMS or a script may add, edit or replace it after the element connected.
 */
export class OverridesChild implements ReactiveController {
  /** The valid overrides of the child as it is now; `{}` without one. */
  value: ContentOverrides = {};
  private source: string | undefined;
  private read = false;
  private observer?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly tag: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
    this.observer ??= new MutationObserver(() => this.update());
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Reads the child again only when its text changed, so each bad value warns once. */
  private update(): void {
    const source = overridesScript(this.host)?.textContent ?? undefined;
    if (this.read && source === this.source) return;
    this.read = true;
    this.source = source;
    this.value = readOverrides(this.host, this.tag());
    this.host.requestUpdate();
  }
}
