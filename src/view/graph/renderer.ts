// The life of the sigma renderer for one dataset: created, kept exactly the size
// of its pane, fed filter steps, the selection, hover, analysis marks and camera
// moves, drawn afresh after a lost WebGL context, and killed (which frees its
// WebGL contexts: Chromium keeps only 16). GraphView owns one; exports, tests and
// benchmarks reach it through the RendererRegistry.

import Sigma from 'sigma';
import type { FilterEngine, StepChanges } from '../../model/filterEngine';
import type { LoadedDataset } from '../../state/loaded';
import type { CameraView, Selection } from '../../state/viewFields';
import type { AnalysisOverlay } from './analysisOverlay';
import { buildGraph, type ActorGraph } from './buildGraph';
import { CameraKeeper } from './cameraKeeper';
import { DEFAULT_DRAWING, discSizer, edgeAlpha, type DrawingSettings } from './drawingSettings';
import { LabelLayer } from './labelLayer';
import { drawColours } from './nodeColours';
import type { DrawState } from './reducers';
import { edgeLabelsShown, sigmaSettings } from './sigmaSettings';
import { refreshPartial, StepPainter } from './stepPainter';

export type RendererStatus = { kind: 'drawn' } | { kind: 'lost' } | { kind: 'failed'; message: string };

/** What the renderer tells its owner. */
export interface RendererEvents {
  select(selection: Selection): void;
  /** the camera came to rest: centre in graph coordinates, zoom ratio; null: where a fit put it */
  cameraRest(camera: CameraView | null): void;
  status(status: RendererStatus): void;
  /** a frame was drawn */
  frame(): void;
}

/** What is drawn when the renderer starts. */
export interface RendererInputs {
  engine: FilterEngine;
  selection: Selection | null;
  overlay: AnalysisOverlay;
  camera: CameraView | null;
  /** true: the app's colours even where the file brings its own */
  appColours: boolean;
}

export class GraphRenderer {
  readonly loaded: LoadedDataset;
  readonly engine: FilterEngine;
  private readonly graph: ActorGraph;
  private readonly state: DrawState;
  private readonly painter: StepPainter;
  private readonly resizer: ResizeObserver;
  private sigma: Sigma;
  private labels!: LabelLayer;
  /** each actor's degree over the whole dataset: the largest sets the disc scale, the order sets labels' */
  private readonly fullDegree: Int32Array;
  private readonly camera: CameraKeeper;
  /** true from a lost context until it is drawn afresh: nothing is drawn meanwhile */
  private lost = false;
  private killed = false;
  private restoreTimer = 0;

  constructor(
    private readonly container: HTMLElement,
    loaded: LoadedDataset,
    inputs: RendererInputs,
    private readonly events: RendererEvents,
    readonly settings: DrawingSettings = DEFAULT_DRAWING,
  ) {
    this.loaded = loaded;
    this.engine = inputs.engine;
    this.graph = buildGraph(loaded, settings);
    const start = loaded.index.actorRelationStart;
    this.fullDegree = Int32Array.from({ length: loaded.index.actorCount }, (_, a) => start[a + 1] - start[a]);
    const state: DrawState = {
      loaded,
      engine: inputs.engine,
      settings,
      sizer: this.sizerFor(container.offsetWidth, container.offsetHeight),
      nodeColours: [],
      lineTints: null,
      selection: inputs.selection,
      hovered: null,
      hoveredNeighbours: new Set(),
      overlay: inputs.overlay,
    };
    this.state = state;
    this.colour(inputs.appColours);
    this.camera = new CameraKeeper(
      () => (this.lost || this.killed ? null : this.sigma),
      () => this.graph.nodes(),
      settings,
      (camera) => events.cameraRest(camera),
    );
    this.sigma = this.draw();
    this.painter = new StepPainter(this.state, () => this.sigma);
    // the canvas follows its pane whatever opens or closes around it (the window's resize is not enough)
    this.resizer = new ResizeObserver(() => {
      if (this.lost) return;
      // a resize costs a full pass (disc sizes follow the pane): only when the size changed
      const { width, height } = this.sigma.getDimensions();
      if (container.offsetWidth === width && container.offsetHeight === height) return;
      this.state.sizer = this.sizerFor(container.offsetWidth, container.offsetHeight);
      this.sigma.scheduleRefresh();
      this.camera.afterChange(false);
    });
    this.resizer.observe(container);
    container.addEventListener('webglcontextlost', this.onContextLost, true);
    if (inputs.camera) this.moveCamera(inputs.camera);
    else this.camera.fit(false);
  }

  /** The live sigma, for pictures (PNG, SVG) and tests; null while a lost context is being replaced. */
  get drawing(): { sigma: Sigma; labels: LabelLayer } | null {
    return this.lost || this.killed ? null : { sigma: this.sigma, labels: this.labels };
  }

  applyStep(changes: StepChanges): void {
    // while lost, the arrays the reducers read are current: the fresh drawing shows the step
    if (this.lost) return;
    this.painter.apply(changes);
    this.labels.invalidate();
    this.camera.afterChange(true);
  }

  /** Fits the camera to what is shown ("Fit to view"). */
  fit(): void {
    this.camera.fit(true);
  }

  /** Whether the file's colours give way to the app's. */
  setAppColours(appColours: boolean): void {
    this.colour(appColours);
    if (!this.lost) this.sigma.refresh();
  }

  private colour(appColours: boolean): void {
    const alpha = edgeAlpha(this.settings, this.loaded.grouping.groupCount);
    Object.assign(this.state, drawColours(this.loaded, appColours, alpha));
  }

  /** The selection changes how the selected items are drawn: redraws the old and the new. */
  setSelection(selection: Selection | null): void {
    const graph = this.graph;
    const items = (sel: Selection | null) => ({
      nodes: sel?.kind === 'actor' && graph.hasNode(sel.id) ? [sel.id] : [],
      edges: sel?.kind === 'edge' && graph.hasEdge(sel.key) ? [sel.key] : [],
    });
    const before = items(this.state.selection);
    const after = items(selection);
    this.state.selection = selection;
    if (this.lost) return;
    refreshPartial(this.sigma, [...before.nodes, ...after.nodes], [...before.edges, ...after.edges], false);
  }

  /** Focus changed: what is shown is refitted once the step has been drawn. */
  refitSoon(): void {
    this.camera.fitSoon();
  }

  /** An analysis answer or setting marks all over the graph: one full refresh, unless nothing it marks changed. */
  setOverlay(overlay: AnalysisOverlay): void {
    const drawn = this.state.overlay;
    const keys = Object.keys(overlay) as (keyof AnalysisOverlay)[];
    if (keys.every((k) => overlay[k] === drawn[k])) return;
    const newPath = overlay.pathActors !== null && overlay.pathActors !== drawn.pathActors;
    this.state.overlay = overlay;
    if (this.lost) return;
    this.sigma.setSetting('renderEdgeLabels', edgeLabelsShown(this.state));
    this.sigma.refresh();
    // a path is read whole: the camera shows all of it
    const path = overlay.pathActors;
    if (newPath && path)
      this.camera.fit(
        true,
        this.loaded.index.actorIds.filter((_, a) => path[a]),
      );
  }

  /** Puts the camera's centre on a point in graph coordinates, at a zoom ratio. */
  moveCamera(camera: CameraView): void {
    if (this.lost) return;
    const sigma = this.sigma;
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: camera.x, y: camera.y }));
    this.camera.moved();
    sigma.getCamera().setState({ x: framed.x, y: framed.y, ratio: camera.ratio });
  }

  /** Moves the camera to an actor (a search result). */
  reveal(actor: string): void {
    const display = this.lost ? undefined : this.sigma.getNodeDisplayData(actor);
    if (!display) return;
    const { revealRatio: ratio, revealDuration: duration } = this.settings;
    this.camera.moved();
    this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration });
  }

  /** Moves actor k to xy[2k], xy[2k + 1] (a layout that settled); sigma draws them in its next frame. */
  setPositions(xy: Float64Array): void {
    this.graph.updateEachNodeAttributes((_, a) => ({ ...a, x: xy[2 * a.ordinal], y: xy[2 * a.ordinal + 1] }));
  }

  kill(): void {
    if (this.killed) return;
    this.killed = true;
    this.resizer.disconnect();
    this.container.removeEventListener('webglcontextlost', this.onContextLost, true);
    window.clearTimeout(this.restoreTimer);
    this.camera.stop();
    this.painter.stop();
    if (!this.lost) this.sigma.kill();
  }

  private sizerFor(width: number, height: number) {
    const max = this.fullDegree.reduce((m, d) => Math.max(m, d), 0);
    return discSizer(this.settings, this.loaded.index.actorCount, max, width, height);
  }

  /** A sigma drawing the graph as the state says: at the start, and again after a lost context. */
  private draw(): Sigma {
    // typed as a plain sigma: the reducers take its generic data and read our attributes
    const sigma: Sigma = new Sigma(
      this.graph as unknown as ConstructorParameters<typeof Sigma>[0],
      this.container,
      sigmaSettings(this.settings, this.state),
    );
    this.labels = new LabelLayer(sigma, this.state, this.fullDegree);
    this.labels.draw();
    sigma.on('clickNode', ({ node }) => this.events.select({ kind: 'actor', id: node }));
    sigma.on('clickEdge', ({ edge }) => this.events.select({ kind: 'edge', key: edge }));
    // hover dimming re-runs every reducer: only where that is cheap
    sigma.on('enterNode', ({ node }) => this.hover(node));
    sigma.on('leaveNode', () => this.hover(null));
    sigma.on('afterRender', () => this.events.frame());
    sigma.getCamera().on('updated', () => {
      this.camera.cameraUpdated();
    });
    // the constructor drew the first frame already (a mark for benchmarks and the performance panel)
    performance.mark('faultlines-graph-drawn');
    this.events.frame();
    return sigma;
  }

  private hover(node: string | null): void {
    const s = this.state;
    s.hovered = node;
    if (this.graph.size > this.settings.largeGraphEdges) {
      // dimming the rest re-runs every reducer: on large graphs only the label is drawn
      this.labels.draw();
      return;
    }
    const neighbours = new Set<string>();
    if (node) {
      for (const n of this.graph.neighbors(node)) {
        if (s.engine.actorVisible[this.graph.getNodeAttribute(n, 'ordinal')]) neighbours.add(n);
      }
      neighbours.add(node);
    }
    s.hoveredNeighbours = neighbours;
    this.sigma.refresh({ skipIndexation: true });
  }

  /**
   * A lost WebGL context (a driver reset, too many contexts, a test): sigma cannot
   * restore its programs, so it goes at once (nothing is drawn into a dead context)
   * and a fresh one draws the same view, camera included, when the browser restores
   * the context or after a short wait. If that fails, the owner is told plainly.
   */
  private readonly onContextLost = (event: Event): void => {
    event.preventDefault(); // asks the browser to restore it
    if (this.lost || this.killed) return;
    this.lost = true;
    const canvas = event.target as HTMLCanvasElement;
    const camera = this.sigma.getCamera().getState();
    this.camera.stop();
    this.painter.stop();
    this.events.status({ kind: 'lost' });
    this.sigma.kill();
    let done = false;
    const redraw = (restored: boolean) => {
      if (done || this.killed) return;
      done = true;
      window.clearTimeout(this.restoreTimer);
      // the old canvas is out of the page: give its restored context back at once
      if (restored) {
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
        gl?.getExtension('WEBGL_lose_context')?.loseContext();
      }
      try {
        this.sigma = this.draw();
        this.sigma.getCamera().setState(camera);
        this.lost = false;
        this.painter.resync();
        this.events.status({ kind: 'drawn' });
      } catch (e) {
        this.container.replaceChildren(); // whatever the failed start left
        this.events.status({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    };
    canvas.addEventListener('webglcontextrestored', () => redraw(true), { once: true });
    this.restoreTimer = window.setTimeout(() => redraw(false), this.settings.contextRestoreWait);
  };
}
