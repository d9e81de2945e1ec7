// Fitting the camera to what is shown. Sigma frames the whole graph, hidden
// actors included, and pads it for its shorter side: a focused or filtered view
// sits small in the middle of an empty pane. This fits the discs actually drawn
// (their radii included) to the pane, less a padding, in both directions.

import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** The camera sigma uses to lay the graph out before any move: positions at ratio 1. */
const NULL_CAMERA: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
/** Never zoom in further than this to fit one actor or a tight cluster. */
const CLOSEST = 0.08;

export interface Extent {
  /** bounding box of the disc centres at the null camera, viewport px */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** the largest radius among them, px */
  r: number;
  count: number;
}

/** The extent of the given nodes as drawn (hidden ones left out); null when none is drawn. */
export function extentOf(sigma: Sigma, nodes: Iterable<string>): Extent | null {
  const e: Extent = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity, r: 0, count: 0 };
  for (const node of nodes) {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d, { cameraState: NULL_CAMERA });
    e.x0 = Math.min(e.x0, p.x);
    e.x1 = Math.max(e.x1, p.x);
    e.y0 = Math.min(e.y0, p.y);
    e.y1 = Math.max(e.y1, p.y);
    e.r = Math.max(e.r, d.size);
    e.count++;
  }
  return e.count > 0 ? e : null;
}

/** The camera that shows the extent as large as the pane allows, centred. */
export function fittedCamera(sigma: Sigma, extent: Extent, padding: number): CameraState {
  const { width, height } = sigma.getDimensions();
  // discs keep their size in px when zoomed in: the room for the centres is the pane less padding and a radius
  const roomX = Math.max(1, width - 2 * (padding + extent.r));
  const roomY = Math.max(1, height - 2 * (padding + extent.r));
  const ratio = Math.max(CLOSEST, (extent.x1 - extent.x0) / roomX, (extent.y1 - extent.y0) / roomY);
  const centre = sigma.viewportToFramedGraph(
    { x: (extent.x0 + extent.x1) / 2, y: (extent.y0 + extent.y1) / 2 },
    { cameraState: NULL_CAMERA },
  );
  return { x: centre.x, y: centre.y, ratio, angle: 0 };
}

/** Whether two camera states frame nearly the same part of the graph (no refit worth the motion). */
export function nearlySame(a: CameraState, b: CameraState): boolean {
  const zoom = Math.abs(Math.log(a.ratio / b.ratio));
  const shift = Math.hypot(a.x - b.x, a.y - b.y) / Math.max(a.ratio, b.ratio);
  return zoom < 0.15 && shift < 0.08;
}

/** Whether any of the extent's discs is in the current view. */
export function anyInView(sigma: Sigma, nodes: Iterable<string>): boolean {
  const { width, height } = sigma.getDimensions();
  for (const node of nodes) {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d);
    if (p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height) return true;
  }
  return false;
}
