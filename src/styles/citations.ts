import { css } from 'lit';

/** Numbered citations ([1] [2]) as the explainer and the checklist show them. */
export const citationStyles = css`
  /* Small and raised, without stretching the line height. */
  .cites {
    font-size: 0.75em;
    line-height: 0;
    white-space: nowrap;
  }
  .cite {
    padding-inline: 0.1em;
  }
`;
