import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentOverrides } from '../content/index.js';
import { checkOverrides, overridesScript, readOverridesJson } from '../context/overrides.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The host's own `<script type="application/json">` overrides child. Read on connect, then followed
 * like an attribute: a CMS or a script may add, edit or replace it after the element connected.
 */
export class OverridesChild implements ReactiveController {
  /** The valid overrides of the child as last checked; `{}` without one. */
  value: ContentOverrides = {};
  /** Settles once the child's latest text is checked and applied (the validator loads on demand). */
  pending: Promise<unknown> | undefined;
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
    const json = readOverridesJson(this.host, this.tag());
    if (!json) {
      this.pending = undefined;
      this.apply({});
      return;
    }
    const pending = checkOverrides(json.data, this.tag(), 'content overrides').then((value) => {
      // A later edit of the child is checked on its own; only the latest applies.
      if (this.pending !== pending) return;
      this.pending = undefined;
      this.apply(value);
      // Settled once the host has rendered with them: a provider has then handed them on.
      return this.host.updateComplete;
    });
    this.pending = pending;
    // A provider hands the wait on to its widgets, so their updateComplete covers it.
    this.host.requestUpdate();
  }

  private apply(value: ContentOverrides): void {
    this.value = value;
    this.host.requestUpdate();
  }
}
