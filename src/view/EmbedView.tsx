// Embed mode (`embed=1` in the hash): the graph, the legend and the timeline
// only, for an iframe in a briefing. The date can be changed and played; nothing
// else, and nothing that needs room. A small link opens the full view.

import type { LoadedDataset } from '../state/loaded';
import { ErrorBoundary } from './ErrorBoundary';
import { GraphView } from './graph/GraphView';
import { Legend } from './Legend';
import { StatusBar } from './StatusBar';
import { Timeline } from './timeline/Timeline';
import { useFullAppHash } from './useFullAppHash';

export function EmbedView({ loaded }: { loaded: LoadedDataset }) {
  // the link follows the view
  const hash = useFullAppHash();
  const full = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  return (
    <div className="embed">
      <div className="embed-graph">
        <ErrorBoundary what="graph drawing" key={loaded.serial}>
          <GraphView loaded={loaded} />
        </ErrorBoundary>
        <a className="open-full" href={full} target="_blank" rel="noopener">
          Open in Faultlines
        </a>
      </div>
      <Timeline loaded={loaded} key={loaded.serial} compact />
      <Legend loaded={loaded} compact />
      <StatusBar loaded={loaded} />
    </div>
  );
}
