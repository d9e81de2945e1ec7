// The analysis worker: builds the view's signed ties and runs the analyses off
// the page's thread, with progress. The page terminates it to cancel a stale
// run. Like every worker entry, this module acts when loaded.

import { analyseView, comparePeriods, pathsInView, type ProgressReport } from '../model/analysis';
import type { AnalysisMessage, AnalysisRequest } from '../model/analysisProtocol';

const post = (message: AnalysisMessage) =>
  (self as unknown as { postMessage(m: AnalysisMessage): void }).postMessage(message);

// at most one progress message per 50 ms: the page only draws a bar
let lastProgress = 0;
const progress: ProgressReport = (stage, fraction) => {
  const now = performance.now();
  if (now - lastProgress < 50 && fraction < 1) return;
  lastProgress = now;
  post({ type: 'progress', stage, fraction });
};

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const r = event.data;
  try {
    if (r.type === 'analyse') post({ type: 'analysed', ...analyseView(r.columns, r.visible, r.options, progress) });
    else if (r.type === 'path') post({ type: 'path', ...pathsInView(r.columns, r.visible, r.from, r.to, r.options) });
    else post({ type: 'compared', answer: comparePeriods(r.columns, r.a, r.b, r.k, progress) });
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
