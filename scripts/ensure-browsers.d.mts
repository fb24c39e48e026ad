// Types for scripts/ensure-browsers.mjs, so the Node tests in test/node/ can import it type-checked.
export type Tool = 'Chromium' | 'Firefox ESR' | 'WebKitWebDriver' | 'xvfb-run';

export declare const PACKAGES: Readonly<Record<Tool, readonly string[]>>;

export interface Plan {
  action: 'none' | 'install' | 'stop';
  packages: string[];
  /** The command a person runs when this script may not install. */
  manual?: string;
  noApt?: boolean;
  /** Ubuntu only: Chromium and Firefox come from snap. */
  snaps?: string[];
  noSnap?: boolean;
  /** argv lists to run, in order. */
  commands?: string[][];
}

export declare function plan(facts: {
  missing: readonly Tool[];
  root: boolean;
  sudo: boolean;
  apt: boolean;
  /** Ubuntu (or a derivative), read from /etc/os-release. */
  ubuntu?: boolean;
  /** Whether the `snap` command exists. */
  snap?: boolean;
}): Plan;
export declare function missingTools(env?: Record<string, string | undefined>): Tool[];
export declare function ensureBrowsers(): void;
