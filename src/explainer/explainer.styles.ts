import { css } from 'lit';

export const styles = css`
  section {
    padding: var(--_space);
  }
`;
