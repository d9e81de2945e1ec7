// The loading worker inlined into the page as a classic worker from a blob: the
// only kind that starts in a page opened from disk (file://).
import LoadWorker from '../workers/load.worker?worker&inline';

export function createLoadWorker(): Worker {
  return new LoadWorker({ name: 'faultlines-loader' });
}
