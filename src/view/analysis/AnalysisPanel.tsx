// The analysis panel: alliance blocs and balance, brokers, paths and what
// changed, always on what the filters show. While it is open the runner keeps
// the answers in step with the view (analysisRunner.ts).

import { useEffect } from 'react';
import { followAnalysis } from '../../state/analysisRunner';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { AnalysisSettingsForm } from './AnalysisSettings';
import { BlocsSection } from './BlocsSection';
import { BrokersSection } from './BrokersSection';
import { CompareSection } from './CompareSection';
import { PathSection } from './PathSection';

const STAGE_NAMES: Record<string, string> = {
  waiting: 'Waiting for the view to rest',
  starting: 'Starting',
  ties: 'Adding up ties',
  blocs: 'Finding blocs',
  triads: 'Finding unbalanced triads',
  communities: 'Finding communities',
  brokers: 'Measuring brokers',
};

/** The run's progress, on its own: it changes many times a second, the rest of the panel does not. */
function AnalysisProgress() {
  const progress = useStore((s) => s.analysisProgress);
  return (
    <div aria-live="polite" className="analysis-progress">
      {progress && (
        <label>
          {STAGE_NAMES[progress.stage] ?? progress.stage}…{' '}
          <progress max={1} value={progress.fraction} aria-label="Analysis progress" />
        </label>
      )}
    </div>
  );
}

export function AnalysisPanel({ loaded }: { loaded: LoadedDataset }) {
  const answer = useStore((s) => s.analysis);
  const error = useStore((s) => s.analysisError);
  // a new comparison from elsewhere (a link, back and forward) refills the period fields
  const compareQuery = useStore((s) => s.compareQuery);
  const compareKey = compareQuery
    ? `${compareQuery.a.from}-${compareQuery.a.to}-${compareQuery.b.from}-${compareQuery.b.to}`
    : '';
  const close = useStore((s) => s.setAnalysisOpen);

  useEffect(() => followAnalysis(), [loaded]);

  return (
    <section className="analysis-panel" aria-label="Analysis">
      <div className="panel-head">
        <h2>Analysis</h2>
        <button type="button" onClick={() => close(false)}>
          Close analysis
        </button>
      </div>
      <p className="hint">
        On the relations shown now: it follows the filters and the time slider. Ties add up each pair&rsquo;s relations:
        cooperative +1, hostile −1, weighted by kind (material 1, verbal 0.5) and by independent sources.
      </p>
      <AnalysisSettingsForm />
      <AnalysisProgress />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {answer && answer.analysis.blocs.totalCount === 0 && <p>No cooperative or hostile tie is shown now.</p>}
      {answer && <BlocsSection loaded={loaded} ties={answer.ties} analysis={answer.analysis} />}
      {answer && <BrokersSection loaded={loaded} analysis={answer.analysis} />}
      <PathSection loaded={loaded} />
      <CompareSection loaded={loaded} key={compareKey} />
    </section>
  );
}
