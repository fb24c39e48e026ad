import { css } from 'lit';

// `.needs-script` replaces Start when the page cannot run scripts (server-rendered, scripts off). CSS
// alone does it, so server and browser markup stay the same for hydration.
export const styles = css`
  .quiz {
    position: relative;
    display: grid;
    gap: var(--_space);
  }
  [part='heading'] {
    margin: 0;
  }
  p {
    margin: 0 0 0.75em;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .card > * > :last-child {
    margin-bottom: 0;
  }
  .stop-note,
  .stop p {
    color: var(--_muted);
  }
  .stop-note {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block: var(--_space);
  }
  .card > * > .actions:last-child {
    margin-bottom: 0;
  }
  .needs-script {
    display: none;
    margin: 0;
    min-height: 44px;
  }
  /* Only where scripts cannot run: while the script is merely loading, Start keeps its place, so the
     page does not move when the element is defined. */
  @media (scripting: none) {
    :host(:not(:defined)) .needs-script {
      display: block;
    }
    :host(:not(:defined)) [part='start-button'] {
      display: none;
    }
  }
  .restored {
    border-inline-start: 0.25rem solid var(--_accent);
    padding-inline-start: 0.75rem;
  }
  .counter {
    margin-bottom: 0.25rem;
    color: var(--_muted);
    font-weight: 600;
  }
  progress {
    display: block;
    width: 100%;
    height: 0.75rem;
    margin-bottom: var(--_space);
    accent-color: var(--_accent);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.75rem;
    /* Legends do not wrap like blocks in every engine without this. */
    display: block;
    max-width: 100%;
    white-space: normal;
  }
  legend > * {
    margin: 0;
    font-size: 1.25em;
  }
  fieldset[aria-describedby] {
    border-inline-start: 0.25rem solid var(--_danger);
    padding-inline-start: 0.75rem;
  }
  .error {
    color: var(--_danger);
    font-weight: 700;
  }
  .answers {
    display: grid;
    gap: 0.5rem;
  }
  .answer {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 44px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .answer:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .answer input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .answer label {
    flex: 1;
    padding-block: 0.5rem;
    cursor: pointer;
  }
  .stop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .stop p {
    flex: 1 1 16rem;
    margin: 0;
  }
  .not-diagnosis {
    font-weight: 600;
  }
  .theme {
    margin-block: var(--_space);
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_accent);
  }
  .also {
    color: var(--_muted);
  }
  .plan-steps {
    padding-inline-start: 1.25em;
  }
  .plan-step + .plan-step {
    margin-top: 0.75em;
  }
  .plan-add {
    display: block;
    margin-top: 0.375em;
  }
  /* On the list already: still focusable (focus must not vanish), plainly not a call to act. */
  .plan-add[aria-disabled='true'] {
    border-style: dashed;
    cursor: default;
  }
  .keep {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    margin-top: 0.5em;
    font-weight: 600;
  }
  .keep input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .plan-note,
  .plan-source {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .area-name {
    font-weight: 600;
  }
  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: 0.25em;
  }
  .status {
    font-weight: 600;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  @media (forced-colors: active) {
    .card,
    .answer {
      border-color: CanvasText;
    }
    .answer:has(input:checked) {
      border-color: Highlight;
      box-shadow: none;
      outline: 2px solid Highlight;
    }
    fieldset[aria-describedby],
    .theme,
    .restored {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .card {
      border: 0;
      padding: 0;
    }
    /* Crisis help stays: people take the printout to an appointment. */
    .actions,
    .stop,
    .status,
    .plan-add,
    .plan-note,
    .keep {
      display: none;
    }
    .theme {
      break-inside: avoid;
    }
  }
`;
