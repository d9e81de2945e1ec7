// The caption on the graph: what the picture shows in words (dates, Focus, the
// filters that hide something, analysis marks, counts), and when nothing is
// shown, which choices hide it all, with the way back. The embed shows it too,
// and exports carry the same words (caption.ts); beside it, outside the embed, the
// view's summary for a screen reader and "Copy summary". It wraps rather than being cut:
// the dates come first and stay readable in a 400x300 embed.

import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { summariseView, summaryLine } from '../../state/viewSummary';
import { ViewSummary } from '../ViewSummary';

export function GraphCaption({ loaded }: { loaded: LoadedDataset }) {
  // one summary per store change; the component re-renders only when its words change
  const { range, rest, line, empty } = useStore(
    useShallow((s) => {
      if (!s.engine) return { range: '', rest: '', line: '', empty: false };
      const summary = summariseView(loaded, s.engine, s);
      const rest = [...summary.narrowing, ...summary.marks, summary.counts].join(' · ');
      return { range: summary.range, rest, line: summaryLine(summary), empty: summary.empty };
    }),
  );
  const focused = useStore((s) => s.focusHops > 0);
  const embedded = useStore((s) => s.embed);
  const resetFilters = useStore((s) => s.resetFilters);
  const setFocus = useStore((s) => s.setFocus);
  if (!line) return null;
  return (
    <>
      <p className="graph-caption" data-testid="graph-caption">
        <span className="graph-caption-range">{range}</span> · {rest}
      </p>
      {!embedded && <ViewSummary loaded={loaded} />}
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
