import { css } from 'lit';

export const styles = css`
  /* Stays in reach while the page scrolls (a site can set its own position on the element). Only the
     button, hint and status paint and take clicks; the rest of the strip lets the page through. */
  :host {
    position: sticky;
    top: 0;
    z-index: 1000;
    background: none;
    pointer-events: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25rem;
  }
  .button,
  .hint,
  .status:not(.quiet) {
    pointer-events: auto;
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_danger);
    color: var(--_accent-contrast);
    font-weight: 700;
    text-decoration: none;
  }
  .button:hover {
    text-decoration: underline;
  }
  .hint,
  .status:not(.quiet) {
    margin: 0;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .status:not(.quiet) {
    font-weight: 600;
  }
  /* The shortcut needs the script: with scripts off (server markup) its place is kept, empty. */
  :host(:not(:defined)) .hint {
    visibility: hidden;
  }
  /* The cover: the whole window, above everything (a modal dialog is in the top layer). */
  .overlay {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    width: auto;
    height: auto;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: var(--_space);
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    pointer-events: auto;
  }
  .overlay::backdrop {
    background: Canvas;
  }
  .overlay p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .button {
      border-color: LinkText;
    }
    .overlay {
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
