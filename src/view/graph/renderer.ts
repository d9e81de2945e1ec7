// The life of the sigma renderer for one dataset: created, kept exactly the size
// of its pane, fed filter steps, the selection, hover, analysis marks and camera
// moves, drawn afresh after a lost WebGL context, and killed (which frees its
// WebGL contexts: Chromium keeps only 16). GraphView owns one; exports, tests and
// benchmarks reach it through the RendererRegistry.

import Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { FilterEngine, StepChanges } from '../../model/filterEngine';
import type { LoadedDataset } from '../../state/loaded';
import type { CameraView, Selection } from '../../state/viewFields';
import type { AnalysisOverlay } from './analysisOverlay';
import { addLines, buildGraph, visibleNeighbours, type ActorGraph } from './buildGraph';
import { BulkDrawing } from './bulkDrawing';
import { CameraKeeper } from './cameraKeeper';
import { watchContextLoss } from './contextLoss';
import { DEFAULT_DRAWING, discSizer, edgeAlpha, type DrawingSettings } from './drawingSettings';
import { FadeIn, ShownItems } from './fadeIn';
import { LabelLayer } from './labelLayer';
import { LoopLayer } from './loopLayer';
import { drawColours } from './nodeColours';
import type { DrawState } from './reducers';
import { edgeLabelsShown, sigmaSettings } from './sigmaSettings';
import { refreshPartial, StepPainter } from './stepPainter';
import { actorOfKey, nodeKey } from './nodeKeys';

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
  private loops!: LoopLayer;
  /** each actor's degree over the whole dataset: the largest sets the disc scale, the order sets labels' */
  private readonly fullDegree: Int32Array;
  private readonly camera: CameraKeeper;
  /** what is drawn, to tell what a story's step adds */
  private readonly shown: ShownItems;
  private readonly fade: FadeIn;
  /** a large graph's lines, drawn by our own layer rather than by sigma (bulkLineLayer.ts); null: sigma draws them */
  private bulk: BulkDrawing | null;
  /** true from a lost context until it is drawn afresh: nothing is drawn meanwhile */
  private lost = false;
  private killed = false;
  private readonly unwatch: () => void;

  constructor(
    private readonly container: HTMLElement,
    loaded: LoadedDataset,
    inputs: RendererInputs,
    private readonly events: RendererEvents,
    readonly settings: DrawingSettings = DEFAULT_DRAWING,
  ) {
    this.loaded = loaded;
    this.engine = inputs.engine;
    const bulk = loaded.grouping.groupCount > settings.largeGraphEdges;
    this.graph = buildGraph(loaded, settings, !bulk);
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
      fresh: null,
    };
    this.state = state;
    this.bulk = bulk ? new BulkDrawing(state) : null;
    this.colour(inputs.appColours);
    this.camera = new CameraKeeper(
      () => (this.lost || this.killed ? null : this.sigma),
      () => this.graph.nodes(),
      settings,
      (camera) => events.cameraRest(camera),
    );
    this.sigma = this.draw();
    this.shown = new ShownItems(inputs.engine.actorVisible, inputs.engine.groupCounts);
    this.fade = new FadeIn(
      () => (this.lost || this.killed ? null : this.sigma),
      (fresh) => (this.state.fresh = fresh),
    );
    this.painter = new StepPainter(
      this.state,
      () => this.sigma,
      () => this.bulk?.lines ?? null,
    );
    // the canvas follows its pane whatever opens or closes around it (the window's resize is not enough)
    this.resizer = new ResizeObserver(() => {
      if (this.lost) return;
      // a resize costs a full pass (disc sizes follow the pane): only when the size changed
      const { width, height } = this.sigma.getDimensions();
      if (container.offsetWidth === width && container.offsetHeight === height) return;
      this.state.sizer = this.sizerFor(container.offsetWidth, container.offsetHeight);
      this.sigma.scheduleRefresh();
      this.bulk?.restyleAll();
      this.camera.afterChange(false);
    });
    this.resizer.observe(container);
    this.unwatch = this.watchContextLoss();
    if (inputs.camera) this.moveCamera(inputs.camera);
    else this.camera.fit(false);
  }

  /** The live sigma, for pictures (PNG, SVG) and tests; null while a lost context is being replaced. */
  get drawing(): { sigma: Sigma; labels: LabelLayer; loops: LoopLayer; lines: BulkDrawing | null } | null {
    const { sigma, labels, loops, bulk: lines } = this;
    return this.lost || this.killed ? null : { sigma, labels, loops, lines };
  }

  /** Draws a filter step; `fade`: a story's step, whose new actors and lines fade in. */
  applyStep(changes: StepChanges, fade = false): void {
    const fresh = this.shown.update(changes, this.engine.actorVisible, this.engine.groupCounts, fade && !this.bulk);
    // while lost, the arrays the reducers read are current: the fresh drawing shows the step
    if (this.lost) return;
    if (fresh) this.fade.start(fresh, this.loaded);
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
    this.bulk?.restyleAll();
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
      nodes: sel?.kind === 'actor' && graph.hasNode(nodeKey(sel.id)) ? [nodeKey(sel.id)] : [],
      edges: sel?.kind === 'edge' && graph.hasEdge(sel.key) ? [sel.key] : [],
    });
    const before = items(this.state.selection);
    const after = items(selection);
    this.state.selection = selection;
    this.bulk?.lines.select(selection?.kind === 'edge' ? selection.key : null);
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
    this.bulk?.restyleAll();
    // a path is read whole: the camera shows all of it
    const path = overlay.pathActors;
    if (newPath && path)
      this.camera.fit(
        true,
        this.loaded.index.actorIds.filter((_, a) => path[a]),
      );
  }

  /** Puts the camera's centre on a point in graph coordinates, at a zoom ratio; `animate`: glides there. */
  moveCamera(camera: CameraView, animate = false): void {
    if (this.lost) return;
    const [sigma, now] = [this.sigma, { cameraState: this.sigma.getCamera().getState() }];
    // both ways with today's camera: sigma keeps the last frame's transform, which a fit not yet drawn changed
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: camera.x, y: camera.y }, now), now);
    this.camera.moved();
    const state = { x: framed.x, y: framed.y, ratio: camera.ratio };
    if (animate) void sigma.getCamera().animate(state, { duration: this.settings.fitDuration });
    else sigma.getCamera().setState(state);
  }

  /** Moves the camera to an actor (a search result). */
  reveal(actor: string): void {
    const display = this.lost ? undefined : this.sigma.getNodeDisplayData(nodeKey(actor));
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
    this.unwatch();
    this.camera.stop();
    this.painter.stop();
    this.fade.stop();
    this.bulk?.kill();
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
    // without WebGL 2 a large graph's lines are sigma's after all: slow to open, but drawn
    if (this.bulk && !this.bulk.attach(sigma, this.graph)) {
      this.bulk.kill();
      this.bulk = null;
      addLines(this.graph, this.loaded, this.settings);
    }
    this.loops = new LoopLayer(sigma, this.state);
    this.labels = new LabelLayer(sigma, this.state, this.fullDegree);
    this.labels.draw();
    sigma.on('clickNode', ({ node }) => this.events.select({ kind: 'actor', id: actorOfKey(node) }));
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
    if (!this.bulk) performance.mark('faultlines-graph-complete');
    this.events.frame();
    return sigma;
  }

  private hover(node: string | null): void {
    const s = this.state;
    s.hovered = node === null ? null : actorOfKey(node);
    if (this.loaded.grouping.groupCount > this.settings.largeGraphEdges) {
      // dimming the rest re-runs every reducer: on large graphs only the label is drawn
      this.labels.draw();
      return;
    }
    s.hoveredNeighbours = node ? visibleNeighbours(this.graph, s.engine.actorVisible, node) : new Set();
    this.sigma.refresh({ skipIndexation: true });
  }

  /** The drawing was lost with its WebGL context: the fresh one (contextLoss.ts) draws the same view, camera included. */
  private watchContextLoss(): () => void {
    let camera: CameraState | null = null;
    return watchContextLoss(this.container, this.settings.contextRestoreWait, {
      lost: () => {
        if (this.killed) return;
        this.lost = true;
        camera = this.sigma.getCamera().getState();
        this.camera.stop();
        this.painter.stop();
        this.events.status({ kind: 'lost' });
        this.sigma.kill();
      },
      redraw: () => {
        if (this.killed) return;
        this.sigma = this.draw();
        if (camera) this.sigma.getCamera().setState(camera);
        this.lost = false;
        this.painter.resync();
        this.events.status({ kind: 'drawn' });
      },
      failed: (message) => this.events.status({ kind: 'failed', message }),
    });
  }
}
