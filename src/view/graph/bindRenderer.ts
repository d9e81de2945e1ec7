// Feeds a renderer from the store: filter steps, the selection, the analysis
// marks, colours, camera requests (from links) and reveals (from search), in that order,
// so a whole view applied at once is drawn in one pass.

import type { StoreApi } from 'zustand';
import type { Store } from '../../state/store';
import { analysisOverlay, overlayInputs } from './analysisOverlay';
import type { GraphRenderer } from './renderer';

export function bindRenderer(renderer: GraphRenderer, store: StoreApi<Store>): () => void {
  return store.subscribe((s, p) => {
    if (s.step && s.step !== p.step && !s.step.full && s.engine === renderer.engine) renderer.applyStep(s.step.changes);
    if (s.selection !== p.selection) renderer.setSelection(s.selection);
    // Focus shows a neighbourhood: the camera frames it (and the whole graph again when Focus ends)
    if (s.focusHops !== p.focusHops || (s.focusHops > 0 && s.selection !== p.selection)) renderer.refitSoon();
    if (s.appColours !== p.appColours) renderer.setAppColours(s.appColours);
    const inputs = overlayInputs(s);
    const before = overlayInputs(p);
    if (inputs.some((x, i) => x !== before[i])) renderer.setOverlay(analysisOverlay(s, renderer.loaded));
    if (s.cameraRequest && s.cameraRequest !== p.cameraRequest) renderer.moveCamera(s.cameraRequest.camera);
    if (s.revealSerial !== p.revealSerial && s.selection?.kind === 'actor') renderer.reveal(s.selection.id);
  });
}
