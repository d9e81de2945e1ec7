// The analysis worker inlined as a classic worker from a blob, for pages opened from disk.
import AnalysisWorker from '../workers/analysis.worker?worker&inline';

export function createAnalysisWorker(): Worker {
  return new AnalysisWorker({ name: 'faultlines-analysis' });
}
