// The analysis answers kept in step with the view while the view asks for them
// (the panel's switch is on) where the panel itself is not shown: presenting a
// story step that colours by bloc, or an embed of such a view.

import { useEffect } from 'react';
import { followAnalysis } from '../../state/analysisRunner';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';

export function useFollowAnalysis(loaded: LoadedDataset): void {
  const open = useStore((s) => s.analysisOpen);
  useEffect(() => (open ? followAnalysis() : undefined), [loaded, open]);
}
