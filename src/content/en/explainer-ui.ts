/**
 * Interface words for `<ipt-explainer>` that `en.ui` does not have: the title, sub-headings
 * and labels. No facts live here; every factual sentence comes from the cited content modules.
 * `{number}` and `{title}` are filled in by the element.
 */
import type { ExplainerUiStrings } from '../types.js';

export const explainerUi: ExplainerUiStrings = {
  title: 'Interpersonal therapy (IPT) for depression',
  what: {
    origin: 'Where IPT came from',
    format: 'How IPT is given',
    whoDelivers: 'Who gives IPT',
  },
  process: {
    phases: 'The three phases',
    maintenance: 'After IPT ends',
  },
  evidence: {
    balance: 'Keep in mind',
  },
  /** Accessible name of a citation link such as "[3]". */
  citation: 'Source {number}: {title}',
  /** Shown before a DOI. */
  doi: 'DOI',
  /** Names the list of the site's own links (the `links` content override). */
  siteLinks: 'More from this site',
};
