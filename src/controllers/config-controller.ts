import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { ContentOverrides, CrisisRegion } from '../content/index.js';
import { iptConfigContext, type ColorScheme, type IptConfig } from '../context/config.js';
import { mergeOverrides } from '../context/overrides.js';
import { OverridesChild } from './overrides-child.js';
import { attachContextRoot } from '../context/root.js';

type Host = ReactiveControllerHost & HTMLElement;

const NO_OVERRIDES: ContentOverrides = Object.freeze({});

/**
 * Gives a widget its configuration: the nearest `<ipt-provider>` (live, through `@lit/context`),
 * overridden by the widget's own attributes and its own JSON overrides child.
 */
export class ConfigController {
  private readonly consumer: ContextConsumer<typeof iptConfigContext, Host>;
  private readonly own: OverridesChild;
  /** Overrides handed down by an enclosing widget (its own JSON child): above the provider's, below the host's own. */
  passed: ContentOverrides | undefined;
  private merged?: {
    outer: ContentOverrides | undefined;
    passed: ContentOverrides | undefined;
    own: ContentOverrides;
    value: ContentOverrides;
  };

  /**
   * @param serverView True while the widget renders what a server would: no provider and no
   *   overrides child then, as a server has neither (see IptElement.serverView).
   */
  constructor(
    host: Host,
    tag: () => string,
    private readonly serverView: () => boolean = () => false,
  ) {
    // Only once the widget is in a page (never while a server renders it), and before the consumer
    // below asks for its provider, so a provider that loads later still hears the request.
    host.addController({ hostConnected: attachContextRoot });
    this.consumer = new ContextConsumer(host, { context: iptConfigContext, subscribe: true });
    this.own = new OverridesChild(host, tag);
  }

  private get provided(): IptConfig | undefined {
    return this.serverView() ? undefined : this.consumer.value;
  }

  /** The provider's region, for widgets whose own `region` attribute is unset or invalid. */
  get region(): CrisisRegion | undefined {
    return this.provided?.region;
  }

  get colorScheme(): ColorScheme | undefined {
    return this.provided?.colorScheme;
  }

  /**
   * The merged overrides. The same object until an input changes: widgets read it several times per
   * render, and the crisis box they pass it to re-renders and re-validates only on a real change.
   */
  get overrides(): ContentOverrides {
    const outer = this.provided?.overrides;
    if (this.serverView()) return NO_OVERRIDES;
    const { passed } = this;
    const own = this.own.value;
    const last = this.merged;
    if (last && last.outer === outer && last.passed === passed && last.own === own) return last.value;
    const value = mergeOverrides(mergeOverrides(outer, passed ?? {}), own);
    this.merged = { outer, passed, own, value };
    return value;
  }

  /** The provider's `locale`, for widgets whose own `lang` is unset (see LocaleController). */
  get locale(): string | undefined {
    return this.provided?.locale;
  }
}
