import type { LoadedDataset } from '../state/loaded';
import { useEngineStep } from './useStep';

/** "N of M actors · N of M relations": what the graph shows now. */
export function StatusBar({ loaded }: { loaded: LoadedDataset }) {
  const { engine } = useEngineStep();
  const { actors, relations } = loaded.valid.dataset;
  return (
    <p role="status" className="status-bar">
      {engine?.actorCount ?? 0} of {actors.length} actors · {engine?.relationCount ?? 0} of {relations.length} relations
    </p>
  );
}
