import type { Visibility } from '../model/visibility';
import type { LoadedDataset } from '../state/loaded';

/** "N of M actors · N of M relations": what the graph shows now. */
export function StatusBar({ loaded, visibility }: { loaded: LoadedDataset; visibility: Visibility }) {
  const { actors, relations } = loaded.valid.dataset;
  return (
    <p role="status" className="status-bar">
      {visibility.actors.size} of {actors.length} actors · {visibility.relationCount} of {relations.length} relations
    </p>
  );
}
