// A preset picture's graph: a second sigma on the same graph, of the preset's
// size, framed on the actors shown as "Fit to view" frames the screen (the
// screen's camera frames the window's shape, not the picture's).

import Sigma from 'sigma';
import { extentOf, fittedCamera } from '../graph/cameraFit';

/** Room between the outermost discs and the graph's edge, px (a little more than on screen: labels sit beside discs). */
export const FRAME_PADDING = 24;

/** Points the sigma's camera at the actors it draws, fitted to its size; it draws at its next refresh. */
export function frameShown(sigma: Sigma): void {
  const extent = extentOf(sigma, sigma.getGraph().nodes());
  if (extent) sigma.getCamera().setState(fittedCamera(sigma, extent, FRAME_PADDING));
}

/**
 * Runs `draw` with a sigma of the given size on the live one's graph and settings, framed on what
 * it shows, out of sight; killed after (its WebGL contexts are freed at once).
 */
export async function withFramedSigma<T>(
  live: Sigma,
  size: { width: number; height: number },
  draw: (framed: Sigma) => T | Promise<T>,
): Promise<T> {
  const box = document.createElement('div');
  Object.assign(box.style, {
    position: 'absolute',
    right: '101%',
    bottom: '101%',
    width: `${Math.floor(size.width)}px`,
    height: `${Math.floor(size.height)}px`,
  });
  document.body.append(box);
  const framed = new Sigma(live.getGraph(), box, live.getSettings());
  try {
    framed.setCustomBBox(live.getCustomBBox());
    frameShown(framed);
    framed.refresh();
    return await draw(framed);
  } finally {
    framed.kill();
    box.remove();
  }
}
