// When the camera is fitted to what is shown, and when it is left alone. It is
// fitted on opening (unless a link says where to look), on "Fit to view", Focus
// and a path; after filter steps only while the user has not moved it, or when
// most of what was fitted went, or when nothing shown is left in view. A move by
// the user, a link or a search is respected. When the camera rests, it is
// reported (for links).

import type Sigma from 'sigma';
import { anyInView, extentOf, fittedCamera, nearlySame, type Extent } from './cameraFit';
import type { CameraView } from '../../state/viewFields';
import type { DrawingSettings } from './drawingSettings';

export class CameraKeeper {
  /** the camera was moved by the user, a link or a search since it was last fitted */
  private userMoved = false;
  private fitting = false;
  /** counts fits: a fit cut short by the next must not end the next one's "fitting" */
  private fits = 0;
  /** actors shown when the camera was last fitted */
  private fittedCount = 0;
  private timer = 0;
  private restTimer = 0;

  constructor(
    /** the live sigma (a lost context replaces it); null while there is none */
    private readonly sigma: () => Sigma | null,
    private readonly nodes: () => Iterable<string>,
    private readonly settings: DrawingSettings,
    /**
     * The camera came to rest: centre in graph coordinates, zoom ratio. Null where
     * a fit put it: the same data and view fit the same way, so a link need not say.
     */
    private readonly rest: (camera: CameraView | null) => void,
  ) {}

  /** Sigma's camera moved: by us while fitting, otherwise by someone who meant it. */
  cameraUpdated(): void {
    if (!this.fitting) this.userMoved = true;
    window.clearTimeout(this.restTimer);
    this.restTimer = window.setTimeout(() => this.report(), this.settings.cameraRestDelay);
  }

  /** A deliberate move (a link's camera, a search): filters no longer refit, and a refit still to come is dropped. */
  moved(): void {
    this.userMoved = true;
    window.clearTimeout(this.timer);
  }

  /** Fits the given actors (all shown ones by default) to the pane. `gently`: only if it changes the picture. */
  fit(animate: boolean, nodes: Iterable<string> = this.nodes(), gently = false): void {
    const sigma = this.sigma();
    const extent = sigma && extentOf(sigma, nodes);
    if (sigma && extent) this.fitExtent(sigma, extent, animate, gently);
  }

  /** Refits once the current step has been drawn (Focus changed). */
  fitSoon(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.fit(true), 0);
  }

  /** After filter steps or a resize rest: refits as the policy above says. */
  afterChange(gently: boolean): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const sigma = this.sigma();
      const extent = sigma && extentOf(sigma, this.nodes());
      if (!sigma || !extent) return;
      const shrunk = extent.count < 0.3 * this.fittedCount;
      if (!this.userMoved || shrunk) this.fitExtent(sigma, extent, true, gently && !shrunk);
      else if (!anyInView(sigma, this.nodes())) this.fitExtent(sigma, extent, true, false);
    }, this.settings.cameraRestDelay);
  }

  stop(): void {
    window.clearTimeout(this.timer);
    window.clearTimeout(this.restTimer);
  }

  private report(): void {
    const sigma = this.sigma();
    if (!sigma) return;
    if (!this.userMoved) {
      this.rest(null);
      return;
    }
    const { width, height } = sigma.getDimensions();
    const centre = sigma.viewportToGraph({ x: width / 2, y: height / 2 });
    const round = (n: number, digits: number) => Number(n.toFixed(digits)) || 0; // no -0 in links
    this.rest({ x: round(centre.x, 3), y: round(centre.y, 3), ratio: round(sigma.getCamera().ratio, 4) });
  }

  private fitExtent(sigma: Sigma, extent: Extent, animate: boolean, gently: boolean): void {
    this.fittedCount = extent.count;
    const camera = sigma.getCamera();
    const target = fittedCamera(sigma, extent, this.settings.stagePadding);
    if (gently && nearlySame(camera.getState(), target)) return;
    this.userMoved = false;
    this.fitting = true;
    const fit = ++this.fits;
    const done = () => {
      if (fit === this.fits) this.fitting = false;
    };
    if (animate) void camera.animate(target, { duration: this.settings.fitDuration }).then(done);
    else {
      camera.setState(target);
      done();
    }
  }
}
