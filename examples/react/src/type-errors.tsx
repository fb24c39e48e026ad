// Type tests: each line below must be a type error. If the element types become too loose,
// `@ts-expect-error` is unused and `tsc --noEmit -p examples/react` fails. Never rendered.
import type { IptQuizCompleteDetail } from 'ipt-widgets/react';

export function TypeErrors() {
  return (
    <>
      {/* @ts-expect-error: region is one of us, ca, uk, ie, au, eu */}
      <ipt-crisis-help region="mars" />
      {/* @ts-expect-error: heading-level is 1 to 6 */}
      <ipt-explainer heading-level={7} />
      {/* @ts-expect-error: layout is accordion or expanded */}
      <ipt-explainer layout="grid" />
      {/* @ts-expect-error: an unknown attribute (camelCase properties are not attributes) */}
      <ipt-explainer headingLevel="2" />
      {/* @ts-expect-error: an unknown attribute */}
      <ipt-problem-area-quiz colour="blue" />
      {/* @ts-expect-error: the quiz keeps answers in this tab only (session), not in localStorage */}
      <ipt-problem-area-quiz persist="local" />
      {/* @ts-expect-error: the checklist resets weekly or never */}
      <ipt-selfcare-checklist reset="daily" />
      {/* @ts-expect-error: the checklist saves locally or not at all */}
      <ipt-selfcare-checklist persist="session" />
      {/* @ts-expect-error: the detail never has the answers */}
      <ipt-problem-area-quiz onipt-quiz-complete={(event) => event.detail.answers} />
      {/* @ts-expect-error: the handler expects another detail type */}
      <ipt-selfcare-checklist
        onipt-checklist-change={(event: CustomEvent<IptQuizCompleteDetail>) => event.detail.shared}
      />
      {/* @ts-expect-error: an event handler must be a function */}
      <ipt-explainer onipt-section-toggle="alert(1)" />
      {/* @ts-expect-error: a typo in a tag name is not an element */}
      <ipt-explainr />
    </>
  );
}
