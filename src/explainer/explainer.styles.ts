import { css } from 'lit';

export const styles = css`
  :is(h1, h2, h3, h4, h5, h6) {
    margin-top: 1.25em;
  }
  [part~='heading'] {
    margin-top: 0;
    font-size: 1.5em;
  }
  [part~='section-heading'] {
    margin: 0;
    font-size: 1.25em;
  }
  [part~='subheading'] {
    font-size: 1.0625em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.375em;
  }
  .section {
    border-block-end: 1px solid var(--_border);
  }
  .section:first-child {
    border-block-start: 1px solid var(--_border);
  }
  .expanded .section {
    padding-block: calc(var(--_space) * 0.75);
  }

  /* The summary is the whole clickable row: the heading keeps its size and weight, the marker is ours. */
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    min-height: 44px;
    padding: 0.625em 0.25em;
    border-radius: var(--_radius);
    color: var(--_accent);
    cursor: pointer;
    list-style: none;
  }
  .toggle::-webkit-details-marker {
    display: none;
  }
  .toggle [part~='section-heading'] {
    color: inherit;
  }
  .toggle:hover [part~='section-heading'] {
    text-decoration: underline;
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .icon {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.2s ease;
  }
  details[open] > .toggle .icon {
    transform: translateY(25%) rotate(-135deg);
  }
  .panel {
    padding-block: 0.25em var(--_space);
  }
  .accordion .panel {
    padding-inline: 0.25em;
  }

  .item {
    margin-block-end: var(--_space);
  }
  .also-called,
  .when {
    color: var(--_muted);
  }
  .note {
    font-weight: 600;
  }
  .label {
    font-weight: 600;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
  }
  .phases > li + li {
    margin-top: var(--_space);
  }

  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
    margin-block-end: var(--_space);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
  }

  .sources {
    padding-inline-start: 2em;
  }
  .source {
    border-radius: var(--_radius);
    scroll-margin-block: var(--_space);
  }
  .source a {
    overflow-wrap: anywhere;
  }
  .source:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .section,
    .section:first-child,
    th,
    td {
      border-color: CanvasText;
    }
    .toggle {
      border: 1px solid ButtonText;
      color: ButtonText;
    }
    .toggle:focus-visible {
      outline-color: Highlight;
    }
    .source:focus {
      outline-color: Highlight;
    }
  }

  @media print {
    /* Closed sections print too: the content of a closed <details> is reachable through ::details-content. */
    details::details-content {
      display: block !important;
      content-visibility: visible !important;
    }
    /* The heading text stays; the button look goes. */
    .toggle {
      display: block;
      min-height: 0;
      padding: 0;
      border: 0;
      color: inherit;
    }
    .icon {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
    .source a::after {
      content: ' (' attr(href) ')';
    }
    .section {
      break-inside: auto;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
  }
`;
