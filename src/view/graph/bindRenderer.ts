// Feeds a renderer from the store: filter steps, the selection, the analysis
// marks, colours, camera requests (from links) and reveals (from search), in that order,
// so a whole view applied at once is drawn in one pass; and, where the dataset opened
// on a quick layout, it tells the loader that layout is drawn and glides to the final
// one when it comes.

import type { StoreApi } from 'zustand';
import type { Actor } from '../../model/types';
import type { Position } from '../../model/layout';
import { quickLayoutDrawn } from '../../state/loader';
import type { Store } from '../../state/store';
import { analysisOverlay, overlayInputs } from './analysisOverlay';
import type { GraphRenderer } from './renderer';

/** How long the actors take to glide from the quick layout to the final one, ms. */
const SETTLE_DURATION = 400;

export function bindRenderer(renderer: GraphRenderer, store: StoreApi<Store>): () => void {
  // the positions drawn until the final ones come (loaded.settle replaces the map, it does not change it)
  const quick = renderer.loaded.settling ? renderer.loaded.positions : null;
  // the renderer drew its first frame: the worker may take the CPU for the final layout
  if (quick) quickLayoutDrawn(renderer.loaded.serial);
  const glide = { frame: 0 };
  const unsubscribe = store.subscribe((s, p) => {
    if (s.step && s.step !== p.step && !s.step.full && s.engine === renderer.engine) {
      // a story's step (its camera glides) fades in what it adds
      const storyStep = s.cameraRequest !== p.cameraRequest && s.cameraRequest?.animate === true;
      renderer.applyStep(s.step.changes, storyStep);
    }
    if (s.selection !== p.selection) renderer.setSelection(s.selection);
    // Focus shows a neighbourhood: the camera frames it (and the whole graph again when Focus ends)
    if (s.focusHops !== p.focusHops || (s.focusHops > 0 && s.selection !== p.selection)) renderer.refitSoon();
    if (s.appColours !== p.appColours) renderer.setAppColours(s.appColours);
    const inputs = overlayInputs(s);
    const before = overlayInputs(p);
    if (inputs.some((x, i) => x !== before[i])) renderer.setOverlay(analysisOverlay(s, renderer.loaded));
    const request = s.cameraRequest;
    if (request && request !== p.cameraRequest) {
      if (request.camera) renderer.moveCamera(request.camera, request.animate);
      else renderer.refitSoon(); // a story step without a camera: fit what it shows, once drawn
    }
    if (s.revealSerial !== p.revealSerial && s.selection?.kind === 'actor') renderer.reveal(s.selection.id);
    if (quick && p.layoutSettling && !s.layoutSettling && s.loaded === renderer.loaded && !s.loaded.settling)
      settle(renderer, quick, store, glide);
  });
  return () => {
    cancelAnimationFrame(glide.frame);
    unsubscribe();
  };
}

/** x, y of actor k at [2k], [2k + 1]. */
function flat(actors: readonly Actor[], positions: ReadonlyMap<string, Position>): Float64Array {
  return Float64Array.from(actors.flatMap((a) => [positions.get(a.id)?.x ?? 0, positions.get(a.id)?.y ?? 0]));
}

/**
 * The final layout came: the actors glide there from the quick one, one graph update a
 * frame (easing out), the last exactly in place, drawn at once. A camera nobody moved is
 * then fitted to the final layout. One put by hand or a link stays on its point of the
 * graph: sigma frames the graph by its box, which changes, so the box is held while the
 * actors move and the camera is put back on that point of the final layout.
 */
function settle(
  renderer: GraphRenderer,
  quick: ReadonlyMap<string, Position>,
  store: StoreApi<Store>,
  glide: { frame: number },
): void {
  const actors = renderer.loaded.valid.dataset.actors;
  const from = flat(actors, quick);
  const to = flat(actors, renderer.loaded.positions);
  const xy = new Float64Array(to.length);
  const held = store.getState().camera ? renderer.drawing?.sigma : undefined;
  held?.setCustomBBox(held.getBBox());
  // the camera as fitted (or left by a hand that has not rested yet): moved meanwhile, it is not refitted
  const before = renderer.drawing?.sigma.getCamera().getState();
  const start = performance.now();
  const step = () => {
    const t = Math.min(1, (performance.now() - start) / SETTLE_DURATION);
    if (t < 1) {
      const eased = t * (2 - t);
      for (let k = 0; k < xy.length; k++) xy[k] = from[k] + (to[k] - from[k]) * eased;
      renderer.setPositions(xy);
      glide.frame = requestAnimationFrame(step);
      return;
    }
    renderer.setPositions(to);
    const sigma = renderer.drawing?.sigma;
    if (!sigma) return; // a lost drawing: the fresh one draws them, its camera as it was
    if (sigma === held) sigma.setCustomBBox(null);
    sigma.refresh(); // drawn now, so the camera is placed on the final extent
    const camera = store.getState().camera;
    const now = sigma.getCamera().getState();
    if (camera) renderer.moveCamera(camera);
    else if (before && now.x === before.x && now.y === before.y && now.ratio === before.ratio) renderer.fit();
  };
  step();
}
