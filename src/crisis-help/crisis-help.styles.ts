import { css } from 'lit';

export const styles = css`
  section {
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin-bottom: 0.25em;
    font-size: 1.125em;
  }
  .region :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
    margin-top: 0.75em;
  }
  p {
    margin: 0 0 0.5em;
  }
  .resources {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block: 0.375rem;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25em 0.875em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  .name {
    font-weight: 600;
  }
  .action {
    font-weight: 600;
  }
  .serves-only {
    flex-basis: 100%;
    font-weight: 600;
  }
  .note {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .general {
    margin: 0.75em 0 0;
    font-weight: 600;
  }
  .reviewed {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    section {
      border-color: CanvasText;
    }
    a {
      border-color: LinkText;
    }
  }
  @media print {
    a {
      border: 0;
      padding: 0;
      min-height: 0;
    }
  }
`;
