// The life of the sigma renderer for one dataset: created, kept exactly the size
// of its pane, fed filter steps, the selection, hover, analysis marks and camera
// moves, drawn afresh after a lost WebGL context, and killed (which frees its
// WebGL contexts: Chromium keeps only 16). GraphView owns one; exports, tests and
// benchmarks reach it through the RendererRegistry.

import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import {
  createDrawCurvedEdgeLabel,
  createEdgeCurveProgram,
  DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
} from '@sigma/edge-curve';
import type { FilterEngine, StepChanges } from '../../model/filterEngine';
import type { LoadedDataset } from '../../state/loaded';
import type { CameraView, Selection } from '../../state/viewFields';
import type { AnalysisOverlay } from './analysisOverlay';
import { buildGraph, type ActorGraph, type EdgeAttributes, type NodeAttributes } from './buildGraph';
import { DEFAULT_DRAWING, paneScale, type DrawingSettings } from './drawingSettings';
import { LabelIndex } from './labelIndex';
import { reduceEdge, reduceNode, type DrawState } from './reducers';
import { refreshPartial, StepPainter } from './stepPainter';

export type RendererStatus = { kind: 'drawn' } | { kind: 'lost' } | { kind: 'failed'; message: string };

/** What the renderer tells its owner. */
export interface RendererEvents {
  select(selection: Selection): void;
  /** the camera came to rest: centre in graph coordinates, zoom ratio */
  cameraRest(camera: CameraView): void;
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
}

function edgePrograms(): Settings['edgeProgramClasses'] {
  const drawLabel = createDrawCurvedEdgeLabel({
    ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
    curvatureAttribute: 'curvature',
  });
  return {
    straight: EdgeRectangleProgram,
    arrow: EdgeArrowProgram,
    curved: createEdgeCurveProgram({ arrowHead: null, drawLabel }),
    curvedArrow: createEdgeCurveProgram({ drawLabel }),
  };
}

export class GraphRenderer {
  readonly loaded: LoadedDataset;
  readonly engine: FilterEngine;
  private readonly graph: ActorGraph;
  private readonly state: DrawState;
  private readonly painter: StepPainter;
  private readonly resizer: ResizeObserver;
  private sigma: Sigma;
  private labels!: LabelIndex;
  /** true from a lost context until it is drawn afresh: nothing is drawn meanwhile */
  private lost = false;
  private killed = false;
  private cameraTimer = 0;
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
    this.graph = buildGraph(loaded);
    this.state = {
      loaded,
      engine: inputs.engine,
      settings,
      sizeScale: paneScale(settings, container.clientWidth, container.clientHeight),
      selection: inputs.selection,
      hovered: null,
      hoveredNeighbours: new Set(),
      overlay: inputs.overlay,
    };
    this.sigma = this.draw();
    this.painter = new StepPainter(
      this.state,
      () => this.sigma,
      () => this.labels,
    );
    // the canvas follows its pane whatever opens or closes around it (the window's resize is not enough)
    this.resizer = new ResizeObserver(() => {
      if (this.lost) return;
      // a resize costs a full pass (the label grid depends on the size): only when the size changed
      const { width, height } = this.sigma.getDimensions();
      if (container.offsetWidth !== width || container.offsetHeight !== height) this.sigma.scheduleRefresh();
    });
    this.resizer.observe(container);
    container.addEventListener('webglcontextlost', this.onContextLost, true);
    if (inputs.camera) this.moveCamera(inputs.camera);
  }

  /** The live sigma, for pictures (PNG, SVG) and tests; null while a lost context is being replaced. */
  get drawing(): { sigma: Sigma; labels: LabelIndex } | null {
    return this.lost || this.killed ? null : { sigma: this.sigma, labels: this.labels };
  }

  applyStep(changes: StepChanges): void {
    // while lost, the arrays the reducers read are current: the fresh drawing shows the step
    if (!this.lost) this.painter.apply(changes);
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

  /** An analysis answer or setting marks all over the graph: one full refresh, unless nothing it marks changed. */
  setOverlay(overlay: AnalysisOverlay): void {
    const drawn = this.state.overlay;
    const keys = Object.keys(overlay) as (keyof AnalysisOverlay)[];
    if (keys.every((k) => overlay[k] === drawn[k])) return;
    this.state.overlay = overlay;
    if (this.lost) return;
    this.sigma.setSetting('renderEdgeLabels', this.edgeLabelsShown());
    this.sigma.refresh();
  }

  /** Puts the camera's centre on a point in graph coordinates, at a zoom ratio. */
  moveCamera(camera: CameraView): void {
    if (this.lost) return;
    const sigma = this.sigma;
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: camera.x, y: camera.y }));
    sigma.getCamera().setState({ x: framed.x, y: framed.y, ratio: camera.ratio });
  }

  /** Moves the camera to an actor (a search result). */
  reveal(actor: string): void {
    const display = this.lost ? undefined : this.sigma.getNodeDisplayData(actor);
    if (!display) return;
    const { revealRatio: ratio, revealDuration: duration } = this.settings;
    this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration });
  }

  kill(): void {
    if (this.killed) return;
    this.killed = true;
    this.resizer.disconnect();
    this.container.removeEventListener('webglcontextlost', this.onContextLost, true);
    window.clearTimeout(this.cameraTimer);
    window.clearTimeout(this.restoreTimer);
    this.painter.stop();
    if (!this.lost) this.sigma.kill();
  }

  /** A comparison or a path is read by its labels: drawn on large graphs too while shown. */
  private edgeLabelsShown(): boolean {
    const o = this.state.overlay;
    return this.graph.size <= this.settings.largeGraphEdges || o.diffGroups !== null || o.pathGroups !== null;
  }

  private sigmaSettings(): Partial<Settings> {
    const d = this.settings;
    const scale = this.state.sizeScale;
    // small graphs (the bundled one) label every actor; large ones let sigma's grid thin labels out
    const many = this.graph.order > d.manyActors;
    return {
      allowInvalidContainer: true,
      renderEdgeLabels: this.edgeLabelsShown(),
      enableEdgeEvents: true,
      defaultEdgeType: 'straight',
      edgeProgramClasses: edgePrograms(),
      labelFont: d.labelFont,
      labelSize: Math.round(d.labelSize * Math.max(0.8, scale)),
      labelWeight: d.labelWeight,
      labelRenderedSizeThreshold: many ? 8 : 0,
      labelDensity: many ? 1 : 4,
      labelGridCellSize: many ? 100 : 50,
      edgeLabelSize: d.edgeLabelSize,
      edgeLabelColor: { color: d.edgeLabelColour },
      zIndex: true,
      stagePadding: Math.round(d.stagePadding * scale),
      nodeReducer: (node, data) => reduceNode(node, data as NodeAttributes, this.state),
      edgeReducer: (edge, data) => reduceEdge(edge, data as EdgeAttributes, this.state),
    };
  }

  /** A sigma drawing the graph as the state says: at the start, and again after a lost context. */
  private draw(): Sigma {
    // typed as a plain sigma: the reducers take its generic data and read our attributes
    const sigma: Sigma = new Sigma(
      this.graph as unknown as ConstructorParameters<typeof Sigma>[0],
      this.container,
      this.sigmaSettings(),
    );
    this.labels = new LabelIndex(sigma);
    sigma.on('clickNode', ({ node }) => this.events.select({ kind: 'actor', id: node }));
    sigma.on('clickEdge', ({ edge }) => this.events.select({ kind: 'edge', key: edge }));
    // hover dimming re-runs every reducer: only where that is cheap
    if (this.graph.size <= this.settings.largeGraphEdges) {
      sigma.on('enterNode', ({ node }) => this.hover(node));
      sigma.on('leaveNode', () => this.hover(null));
    }
    sigma.on('afterRender', () => this.events.frame());
    sigma.getCamera().on('updated', () => {
      window.clearTimeout(this.cameraTimer);
      this.cameraTimer = window.setTimeout(() => this.reportCamera(), this.settings.cameraRestDelay);
    });
    // the constructor drew the first frame already (a mark for benchmarks and the performance panel)
    performance.mark('faultlines-graph-drawn');
    this.events.frame();
    return sigma;
  }

  private hover(node: string | null): void {
    const s = this.state;
    s.hovered = node;
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

  private reportCamera(): void {
    if (this.lost || this.killed) return;
    const { width, height } = this.sigma.getDimensions();
    const centre = this.sigma.viewportToGraph({ x: width / 2, y: height / 2 });
    const round = (n: number, digits: number) => Number(n.toFixed(digits)) || 0; // no -0 in links
    this.events.cameraRest({
      x: round(centre.x, 3),
      y: round(centre.y, 3),
      ratio: round(this.sigma.getCamera().ratio, 4),
    });
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
    window.clearTimeout(this.cameraTimer);
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
