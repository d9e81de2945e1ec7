import type { LoadedDataset } from '../state/loaded';
import { useEngineStep } from './useStep';
import { countText } from '../model/countText';

/** "N of M actors · N of M relations": what the graph shows now. */
export function StatusBar({ loaded }: { loaded: LoadedDataset }) {
  const { engine } = useEngineStep();
  const { actors, relations } = loaded.valid.dataset;
  return (
    <p role="status" className="status-bar">
      {countText(engine?.actorCount ?? 0)} of {countText(actors.length)} actors ·{' '}
      {countText(engine?.relationCount ?? 0)} of {countText(relations.length)} relations
    </p>
  );
}
