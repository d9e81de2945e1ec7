import { useMemo } from 'react';
import { computeVisibility, type Visibility } from '../model/visibility';
import type { LoadedDataset } from '../state/loaded';
import { useStore } from '../state/store';

/** What is shown now, recomputed only when the dataset or a choice changes. */
export function useVisibility(loaded: LoadedDataset): Visibility {
  const showUnsourced = useStore((s) => s.showUnsourced);
  const selection = useStore((s) => s.selection);
  const focusHops = useStore((s) => s.focusHops);
  const focusActor = focusHops > 0 && selection?.kind === 'actor' ? selection.id : null;
  return useMemo(
    () =>
      computeVisibility(loaded.valid.dataset.relations, loaded.grouping, {
        showUnsourced,
        focus: focusActor ? { actor: focusActor, hops: focusHops } : null,
      }),
    [loaded, showUnsourced, focusActor, focusHops],
  );
}
