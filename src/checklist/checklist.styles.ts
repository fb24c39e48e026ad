import { css } from 'lit';

export const styles = css`
  [part='base'] {
    padding: var(--_space);
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .note {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    font-weight: 600;
  }
  .why,
  .hint,
  .count,
  .storage-note {
    color: var(--_muted);
  }
  .progress {
    margin-block: var(--_space);
  }
  .progress-text {
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  progress {
    display: block;
    width: 100%;
    height: 1rem;
    accent-color: var(--_accent);
  }
  .notice,
  .error {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_danger);
    color: var(--_danger);
    font-weight: 600;
  }
  fieldset {
    min-width: 0;
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 0.25rem;
    max-width: 100%;
  }
  legend > * {
    margin: 0;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    align-items: start;
    padding-block: 0.5rem;
  }
  .own-item {
    grid-template-columns: auto minmax(0, 1fr) auto;
  }
  .item + .item {
    border-top: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .item label {
    display: block;
    min-height: 1.5rem;
    font-weight: 600;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .why {
    margin: 0.125rem 0 0;
  }
  .paper-box {
    display: none;
  }
  .remove {
    padding-inline: 0.75em;
  }
  .add-form {
    margin-top: var(--_space);
  }
  .add-form > label {
    display: block;
    font-weight: 600;
  }
  .hint {
    margin-bottom: 0.5rem;
  }
  .error {
    margin-bottom: 0.5rem;
  }
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Text fields: the own-step input and the reminder's day and time. */
  .add-row input,
  .field select,
  .field input {
    min-height: 44px;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .add-row input {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .add-row input[aria-invalid='true'],
  .field input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 3px;
  }
  .count {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .empty {
    color: var(--_muted);
  }
  .reminder {
    margin-bottom: var(--_space);
  }
  .reminder fieldset {
    margin: 0;
  }
  .reminder legend {
    font-weight: 600;
  }
  .reminder-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem var(--_space);
  }
  .field label {
    display: block;
    font-weight: 600;
  }
  .sources-toggle {
    min-height: 44px;
    padding-block: 0.5rem;
    cursor: pointer;
  }
  .sources-toggle > * {
    display: inline;
  }
  .sources {
    margin: 0 0 var(--_space);
    padding-inline-start: 2em;
  }
  .source {
    border-radius: var(--_radius);
    scroll-margin-block: var(--_space);
  }
  .source + .source {
    margin-top: 0.5rem;
  }
  .source a {
    overflow-wrap: anywhere;
  }
  .source:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .actions,
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: var(--_space);
  }
  /* The live region stays rendered (never display: none) so screen readers hear changes to it. */
  .status:empty {
    margin: 0;
  }
  .status {
    margin-bottom: var(--_space);
    font-weight: 600;
  }
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 1.25);
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-actions {
    margin-bottom: 0;
  }
  /* On a phone, less padding round the list and its groups leaves more of the narrow screen to the steps. */
  @media (max-width: 30rem) {
    [part='base'] {
      padding: calc(var(--_space) * 0.5);
    }
    fieldset {
      padding: calc(var(--_space) * 0.5);
    }
    .item {
      column-gap: 0.5rem;
    }
  }
  @media (forced-colors: active) {
    .note,
    .notice,
    .error,
    fieldset,
    dialog {
      border-color: CanvasText;
    }
    .add-row input[aria-invalid='true'],
    .field input[aria-invalid='true'] {
      border-color: Mark;
    }
    .source:focus {
      outline-color: Highlight;
    }
    /* The summary works as a button: it keeps a button's border. */
    .sources-toggle {
      padding-inline: 0.25em;
      border: 1px solid ButtonText;
      border-radius: var(--_radius);
      color: ButtonText;
    }
  }
  @media print {
    [part='base'] {
      padding: 0;
    }
    .progress,
    .notice,
    .status,
    .storage-note,
    .add-form,
    .actions,
    .reminder,
    dialog,
    input[type='checkbox'] {
      display: none !important;
    }
    /* The checkboxes do not print: a box with a tick mark (text, so forced colours keep it) stands in. */
    .paper-box {
      display: block;
      box-sizing: border-box;
      width: 1.1rem;
      height: 1.1rem;
      margin-top: 0.15rem;
      border: 1.5px solid #000;
      font-weight: 700;
      line-height: 0.95rem;
      text-align: center;
    }
    .item,
    .own-item {
      grid-template-columns: auto minmax(0, 1fr);
      break-inside: avoid;
    }
    fieldset {
      break-inside: avoid-page;
    }
    a {
      color: inherit;
    }
    /* The sources list prints whole, even when closed, and shows each address; citations stay [1]. */
    details::details-content {
      display: block !important;
      content-visibility: visible !important;
    }
    .sources-toggle {
      list-style: none;
    }
    .sources-toggle::-webkit-details-marker {
      display: none;
    }
    .sources a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
