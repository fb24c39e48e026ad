import { useRef, useState } from 'react';
import type { IptExplainer } from 'ipt-widgets/elements';
import type { AreaId } from 'ipt-widgets/content';
import type { ChecklistChangeDetail } from 'ipt-widgets/react';

/** Every ipt-widgets element with typed attributes and `ipt-*` event handlers (React 19). */
export function App() {
  const [themes, setThemes] = useState<AreaId[] | null>(null);
  const [progress, setProgress] = useState<ChecklistChangeDetail | null>(null);
  const [lastSection, setLastSection] = useState<string>('');
  const explainer = useRef<IptExplainer>(null);

  return (
    <main>
      <h1>Interpersonal therapy (IPT) for depression</h1>

      <ipt-provider region="uk" color-scheme="auto">
        <ipt-explainer
          id="explainer"
          ref={explainer}
          heading-level={2}
          layout="accordion"
          sections="what how-it-helps problem-areas process self-care sources"
          open="what"
          onipt-section-toggle={(event) =>
            setLastSection(`${event.detail.id} ${event.detail.open ? 'opened' : 'closed'}`)
          }
        >
          <a href="https://example.org/ipt">Read about interpersonal therapy</a>
        </ipt-explainer>
        <p role="status">{lastSection && `Last section: ${lastSection}`}</p>

        <ipt-problem-area-quiz
          heading-level="2"
          explainer-href="#explainer"
          persist="session"
          share-results
          onipt-quiz-start={(event) => console.info(`Quiz started: ${event.detail.total} statements`)}
          onipt-quiz-complete={(event) => setThemes(event.detail.shared ? event.detail.top : [])}
        />
        {themes && (
          <p>
            Themes that may fit: {themes.length ? themes.join(', ') : 'none stood out'}.{' '}
            <button type="button" onClick={() => explainer.current?.scrollIntoView()}>
              Read about the themes
            </button>
          </p>
        )}

        <ipt-selfcare-checklist
          heading-level={2}
          storage-key="react-example"
          persist="local"
          reset="weekly"
          className="checklist"
          onipt-checklist-change={(event) => setProgress(event.detail)}
        />
        {progress && (
          <p>
            {progress.done.length} of {progress.total} steps done
          </p>
        )}

        <ipt-crisis-help region="uk" heading-level="2" />
      </ipt-provider>
    </main>
  );
}
