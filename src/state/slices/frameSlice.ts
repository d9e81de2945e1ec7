// The frame of the view: the camera, embed mode, and a whole view applied at
// once (from a link, or Back and Forward), with what the link asked for that
// could not be shown.

import type { StateCreator } from 'zustand';
import { withStep } from '../filterStep';
import type { Store } from '../store';
import { groupDefaults, type CameraView, type View, type ViewGroup } from '../viewFields';

export interface FrameSlice extends ViewGroup<'frame'> {
  /**
   * A camera position for the graph to move to (from a link or a story step), with a serial per
   * request; null camera: fit what is shown. `animate`: glide there (a story's steps).
   */
  cameraRequest: { camera: CameraView | null; serial: number; animate?: boolean } | null;
  /** what a link asked for that could not be shown, named */
  notices: string[];
  /** The camera as the graph reports it when it rests; null where a fit put it. */
  setCamera(camera: CameraView | null): void;
  setAppColours(appColours: boolean): void;
  /**
   * Shows a whole view (every field, filters to the panel's questions) in one change. `glide`: a
   * story's step: the camera glides to the view's (or to fit what is shown, where it has none).
   */
  applyView(view: View, notices: string[], glide?: boolean): void;
  dismissNotices(): void;
}

/** The change that shows a whole view (applyView's), for actions that make it with more in one `set`. */
export function viewPatch(s: Store, view: View, notices: string[], glide: boolean, more: Partial<Store> = {}) {
  const serial = (s.cameraRequest?.serial ?? 0) + 1;
  return withStep(s, {
    ...view,
    notices,
    camera: glide ? view.camera : (view.camera ?? s.camera),
    cameraRequest: glide
      ? { camera: view.camera, serial, animate: true }
      : view.camera
        ? { camera: view.camera, serial }
        : s.cameraRequest,
    // answers belong to the questions they answered: the runner computes the new ones
    path: null,
    pathError: null,
    comparison: null,
    compareError: null,
    ...(view.analysisOpen ? {} : { analysis: null, analysisProgress: null, analysisError: null }),
    ...more,
  });
}

export const createFrameSlice: StateCreator<Store, [], [], FrameSlice> = (set, get) => ({
  ...groupDefaults('frame'),
  cameraRequest: null,
  notices: [],
  setCamera(camera) {
    set({ camera });
  },
  setAppColours(appColours) {
    set({ appColours });
  },
  applyView(view, notices, glide = false) {
    set(viewPatch(get(), view, notices, glide));
  },
  dismissNotices() {
    set({ notices: [] });
  },
});
