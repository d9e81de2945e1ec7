// The frame of the view: the camera, embed mode, and a whole view applied at
// once (from a link, or Back and Forward), with what the link asked for that
// could not be shown.

import type { StateCreator } from 'zustand';
import { withStep } from '../filterStep';
import type { Store } from '../store';
import { groupDefaults, type CameraView, type View, type ViewGroup } from '../viewFields';

export interface FrameSlice extends ViewGroup<'frame'> {
  /** a camera position for the graph to move to (from a link), with a serial per request */
  cameraRequest: { camera: CameraView; serial: number } | null;
  /** what a link asked for that could not be shown, named */
  notices: string[];
  /** The camera as the graph reports it when it rests; null where a fit put it. */
  setCamera(camera: CameraView | null): void;
  setAppColours(appColours: boolean): void;
  /** Shows a whole view (every field, filters to the panel's questions) in one change. */
  applyView(view: View, notices: string[]): void;
  dismissNotices(): void;
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
  applyView(view, notices) {
    const s = get();
    set(
      withStep(s, {
        ...view,
        notices,
        camera: view.camera ?? s.camera,
        cameraRequest: view.camera
          ? { camera: view.camera, serial: (s.cameraRequest?.serial ?? 0) + 1 }
          : s.cameraRequest,
        // answers belong to the questions they answered: the runner computes the new ones
        path: null,
        pathError: null,
        comparison: null,
        compareError: null,
        ...(view.analysisOpen ? {} : { analysis: null, analysisProgress: null, analysisError: null }),
      }),
    );
  },
  dismissNotices() {
    set({ notices: [] });
  },
});
