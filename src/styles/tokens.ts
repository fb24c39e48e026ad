import { css, unsafeCSS } from 'lit';

/**
 * Dark values of the tokens, used by two rules (the device setting and color-scheme="dark").
 * A fixed string of our own, never input, so unsafeCSS is safe here.
 */
const darkTokens = unsafeCSS(`
  --_text: var(--ipt-color-text-dark, #eef2f6);
  --_surface: var(--ipt-color-surface-dark, #14191f);
  --_accent: var(--ipt-color-accent-dark, #8cc8f2);
  --_accent-contrast: var(--ipt-color-accent-contrast-dark, #0b1a26);
  --_muted: var(--ipt-color-muted-dark, #c2ccd6);
  --_border: var(--ipt-color-border-dark, #7b8794);
  --_focus: var(--ipt-color-focus-dark, #ffb36b);
  --_danger: var(--ipt-color-danger-dark, #ff9a9f);
`);

/**
 * Design tokens and base rules shared by every element. Each token falls back to a default that
 * inherits the host page's font and colour, so a widget fits the page before anyone themes it.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--ipt-color-accent, #1d5e8c);
    --_accent-contrast: var(--ipt-color-accent-contrast, #ffffff);
    --_text: var(--ipt-color-text, #1b1f23);
    --_muted: var(--ipt-color-muted, #4a5560);
    --_surface: var(--ipt-color-surface, #ffffff);
    --_border: var(--ipt-color-border, #8a96a3);
    --_focus: var(--ipt-color-focus, #b34700);
    --_danger: var(--ipt-color-danger, #a4262c);
    --_radius: var(--ipt-radius, 0.5rem);
    --_space: var(--ipt-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--ipt-font-family, inherit);
    font-size: var(--ipt-font-size, inherit);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    color-scheme: light;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([data-ipt-scheme='dark']) {
    color-scheme: dark;
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-ipt-scheme='light'])) {
      color-scheme: dark;
      ${darkTokens}
    }
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5em;
    line-height: 1.3;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
  }
  .crisis-shortcut {
    margin: 0 0 1em;
  }
  .crisis-shortcut a {
    display: inline-block;
    padding: 0.5em 0;
    min-height: 24px;
    font-weight: 600;
  }
  /* These links move focus by script (a fragment cannot reach into a shadow root), so a server-rendered
     widget keeps their place but hides them until its script runs; the crisis box itself is always shown. */
  :host(:not(:defined)) :is(.crisis-shortcut, [part~='crisis-link']) {
    visibility: hidden;
  }
  /* A live region stays in the accessibility tree while quiet, so its first message is announced. */
  .status.quiet {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    margin: 0;
  }
  .reviewed {
    margin-block: 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    button,
    .crisis-shortcut {
      display: none;
    }
  }
`;
