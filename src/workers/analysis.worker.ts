// The analysis worker: runs the alliance analyses of one view off the page's
// thread with progress. The page terminates it to cancel a stale run. Like every
// worker entry, this module acts when loaded.

import { analyseTies, compareBlocs, type ProgressReport } from '../model/analysis';
import type { AnalysisMessage, AnalysisRequest } from '../model/analysisProtocol';
import { shortestPaths } from '../model/paths';

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
  const request = event.data;
  try {
    if (request.type === 'analyse')
      post({ type: 'analysed', analysis: analyseTies(request.ties, request.options, progress) });
    else if (request.type === 'compare') {
      post({ type: 'compared', blocs: compareBlocs(request.a, request.b, request.k, progress) });
    } else post({ type: 'path', paths: shortestPaths(request.ties, request.from, request.to, request.options) });
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
