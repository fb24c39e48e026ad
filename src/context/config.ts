import { createContext } from '@lit/context';
import type { ContentOverrides, CrisisRegion } from '../content/index.js';

export type ColorScheme = 'light' | 'dark' | 'auto';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark', 'auto'];

/** What an `<ipt-provider>` gives every widget inside it. A widget's own attributes win. */
export interface IptConfig {
  readonly locale?: string;
  readonly region?: CrisisRegion;
  readonly colorScheme?: ColorScheme;
  readonly overrides: ContentOverrides;
}

/**
 * A registry-wide key (Symbol.for), so a provider from one copy of the script still reaches
 * widgets defined by another copy on the same page.
 */
export const iptConfigContext = createContext<IptConfig | undefined>(Symbol.for('ipt-widgets/config'));
