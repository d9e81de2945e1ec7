// The caption on the graph: what the picture shows in words (dates, Focus,
// hidden types, counts), and when nothing is shown, which choices hide it all,
// with the way back. The embed shows it too, and exports carry the same words.

import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { summariseView, summaryLine } from '../../state/viewSummary';

export function GraphCaption({ loaded }: { loaded: LoadedDataset }) {
  // strings: the component re-renders only when the words change
  const line = useStore((s) => (s.engine ? summaryLine(summariseView(loaded, s.engine, s)) : ''));
  const counts = useStore((s) => (s.engine ? summariseView(loaded, s.engine, s).counts : ''));
  const empty = useStore((s) => (s.engine ? summariseView(loaded, s.engine, s).empty : false));
  const focused = useStore((s) => s.focusHops > 0);
  const resetFilters = useStore((s) => s.resetFilters);
  const setFocus = useStore((s) => s.setFocus);
  if (!line) return null;
  return (
    <>
      <p className="graph-caption" data-testid="graph-caption">
        {line} · {counts}
      </p>
      {empty && (
        <div className="graph-empty" aria-live="polite">
          <p>
            <strong>Nothing is shown.</strong> No relation matches: {line}.
          </p>
          <p>
            <button type="button" onClick={resetFilters}>
              Clear the filters
            </button>
            {focused && (
              <button type="button" onClick={() => setFocus(0)}>
                End Focus
              </button>
            )}
          </p>
        </div>
      )}
    </>
  );
}
