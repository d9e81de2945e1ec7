// A read-only handle on the live renderer, for browser tests, benchmarks and
// anyone scripting the page: which renderer is live and how many frames it drew.
import type Sigma from 'sigma';
import type { LoadedDataset } from '../../state/loaded';
import type { LabelIndex } from './labelIndex';

export const drawStats: {
  current: { sigma: Sigma; loaded: LoadedDataset; labels: LabelIndex } | null;
  frames: number;
  /** performance.now() of the first frame drawn since the page loaded */
  firstFrameAt: number | null;
} = { current: null, frames: 0, firstFrameAt: null };
