// The sigma renderer: created for each dataset, killed (and its WebGL contexts
// lost) when the dataset changes or the view goes away. A filter step redraws
// only the nodes and edges the engine reports as changed; reducers read the
// engine's arrays, so drawing stays O(1) per item.

import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import {
  createDrawCurvedEdgeLabel,
  createEdgeCurveProgram,
  DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
} from '@sigma/edge-curve';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { FilterEngine } from '../../model/filterEngine';
import type { LoadedDataset } from '../../state/loaded';
import { useStore, type Selection, type Step } from '../../state/store';
import type { CameraView } from '../../state/urlCodec';
import { GROUP_ABSENT, GROUP_FLIPPED, GROUP_GONE, GROUP_NEW } from '../../model/compare';
import {
  BACKGROUND,
  CONTESTED_EDGE,
  DIMMED_EDGE,
  DIMMED_NODE,
  FLIPPED_EDGE,
  GONE_EDGE,
  KEPT_EDGE,
  NEW_EDGE,
  PATH_EDGE,
} from '../palette';
import { analysisOverlay, overlayInputs, type AnalysisOverlay } from './analysisOverlay';
import { buildGraph, type ActorGraph, type EdgeAttributes, type NodeAttributes } from './buildGraph';
import { contestedLabel } from './contested';
import { drawStats } from './drawStats';
import { LabelIndex } from './labelIndex';

interface DrawState {
  engine: FilterEngine;
  /** node sizes shrink in small containers (an embed at 400x300) */
  sizeScale: number;
  selection: Selection | null;
  hovered: string | null;
  hoveredNeighbours: Set<string>;
  /** what the analysis panel marks: blocs, measures, paths, a comparison */
  overlay: AnalysisOverlay;
}

/** Above this many edges, hover dimming and edge labels cost a full pass per frame: they are left out. */
const LARGE_GRAPH_EDGES = 20_000;

const curveLabel = createDrawCurvedEdgeLabel({
  ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
  curvatureAttribute: 'curvature',
});

/** Node size by visible degree, in half pixels, so small degree changes rarely change what is drawn. */
function nodeSize(degree: number, scale: number): number {
  return Math.round((5 + 2.2 * Math.sqrt(degree)) * scale * 2) / 2;
}

function edgeSize(count: number): number {
  return 1 + 1.6 * Math.sqrt(count - 1);
}

/**
 * Redraws only what a filter step changed: the changed nodes and edges, and the
 * label grid for nodes that were hidden or shown. Arrowheads are drawn against
 * their target's size: the arrows into actors whose drawn size changed are
 * collected in `resized` and repainted once the steps rest (see repaintArrows).
 */
function applyStep(
  sigma: Sigma,
  loaded: LoadedDataset,
  labels: LabelIndex,
  step: Step,
  drawnSize: Float32Array,
  sizeScale: number,
  engine: FilterEngine,
  resized: Set<string>,
): void {
  const { actors, groups } = step.changes;
  const nodes = new Array<string>(actors.length);
  const edges = new Array<string>(groups.length);
  for (let k = 0; k < groups.length; k++) edges[k] = loaded.edgeKeys[groups[k]];
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    const node = loaded.index.actorIds[a];
    nodes[k] = node;
    const size = engine.actorVisible[a] ? nodeSize(engine.degree[a], sizeScale) : 0;
    if (size === drawnSize[a]) continue;
    drawnSize[a] = size;
    if (size > 0) resized.add(node);
  }
  refreshPartial(sigma, nodes, edges, true);
  labels.update(sigma, nodes);
}

/** Repaints the visible directed edges into the given actors (their arrowheads), then forgets them. */
function repaintArrows(sigma: Sigma, engine: FilterEngine, resized: Set<string>): void {
  if (resized.size === 0) return;
  const graph = sigma.getGraph();
  const edges: string[] = [];
  for (const node of resized) {
    if (!graph.hasNode(node)) continue;
    graph.forEachInEdge(node, (edge, attr) => {
      const a = attr as EdgeAttributes;
      if (a.directed && engine.groupCounts[a.group] > 0) edges.push(edge);
    });
  }
  resized.clear();
  refreshPartial(sigma, [], edges, true);
}

function refreshPartial(sigma: Sigma, nodes: string[], edges: string[], schedule: boolean): void {
  // After a full refresh sigma re-indexes everything at its next frame; until then
  // (a private flag) items cannot be repainted in place, only marked for that pass.
  const reindexPending = (sigma as unknown as { needToProcess?: boolean }).needToProcess === true;
  // schedule: several steps within one frame (a dragged slider, Play) draw once
  sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: !reindexPending, schedule });
}

/** Puts the camera's centre on a point in graph coordinates, at a zoom ratio. */
function moveCamera(sigma: Sigma, camera: CameraView): void {
  const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: camera.x, y: camera.y }));
  sigma.getCamera().setState({ x: framed.x, y: framed.y, ratio: camera.ratio });
}

export function GraphView({ loaded }: { loaded: LoadedDataset }) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const state = useRef<DrawState | null>(null);
  const selection = useStore((s) => s.selection);
  const revealSerial = useStore((s) => s.revealSerial);
  const select = useStore((s) => s.select);
  const [failure, setFailure] = useState<Error | null>(null);
  if (failure) throw failure;

  // One renderer per dataset, made in a task of its own: building a large graph for
  // sigma takes seconds, and should not lengthen the task that opened the dataset.
  useEffect(() => {
    let unmount: (() => void) | undefined;
    const timer = window.setTimeout(() => {
      try {
        unmount = mount();
      } catch (e) {
        // thrown in a timer, where error boundaries do not look: hand it to the render
        setFailure(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0);
    return () => {
      window.clearTimeout(timer);
      unmount?.();
    };

    function mount(): (() => void) | undefined {
      const el = container.current;
      const engine = useStore.getState().engine;
      if (!el || !engine) return undefined;
      const graph: ActorGraph = buildGraph(loaded);
      const sizeScale = Math.max(0.45, Math.min(1, Math.min(el.clientWidth, el.clientHeight) / 450));
      state.current = {
        engine,
        sizeScale,
        selection: useStore.getState().selection,
        hovered: null,
        hoveredNeighbours: new Set(),
        overlay: analysisOverlay(useStore.getState(), loaded),
      };
      const sigma = new Sigma(graph, el, {
        // edge labels carry the contested mark; sigma walks every edge for them each frame, so
        // very large graphs go without (the details panel and table still say it)
        renderEdgeLabels: graph.size <= LARGE_GRAPH_EDGES,
        enableEdgeEvents: true,
        defaultEdgeType: 'straight',
        edgeProgramClasses: {
          straight: EdgeRectangleProgram,
          arrow: EdgeArrowProgram,
          curved: createEdgeCurveProgram({ arrowHead: null, drawLabel: curveLabel }),
          curvedArrow: createEdgeCurveProgram({ drawLabel: curveLabel }),
        },
        labelFont: 'system-ui, sans-serif',
        labelSize: Math.round(13 * Math.max(0.8, sizeScale)),
        labelWeight: '600',
        // small graphs (the bundled one) label every actor; large ones let sigma's grid thin labels out
        labelRenderedSizeThreshold: graph.order > 300 ? 8 : 0,
        labelDensity: graph.order > 300 ? 1 : 4,
        labelGridCellSize: graph.order > 300 ? 100 : 50,
        edgeLabelSize: 11,
        edgeLabelColor: { color: '#3c4043' },
        zIndex: true,
        stagePadding: Math.round(40 * sizeScale),
        nodeReducer: (node, data) => reduceNode(node, data as NodeAttributes, state.current),
        edgeReducer: (edge, data) => reduceEdge(edge, data as EdgeAttributes, state.current, loaded),
      });
      sigmaRef.current = sigma;
      const labels = new LabelIndex(sigma);
      // the size each actor is drawn at, to repaint its edges when it changes
      const drawnSize = Float32Array.from(loaded.index.actorIds, (_, a) =>
        engine.actorVisible[a] ? nodeSize(engine.degree[a], sizeScale) : 0,
      );

      sigma.on('clickNode', ({ node }) => select({ kind: 'actor', id: node }));
      sigma.on('clickEdge', ({ edge }) => select({ kind: 'edge', key: edge }));
      // hover dimming re-runs every reducer: only where that is cheap
      const hoverDims = graph.size <= LARGE_GRAPH_EDGES;
      sigma.on('enterNode', ({ node }) => {
        const s = state.current;
        if (!s || !hoverDims) return;
        s.hovered = node;
        s.hoveredNeighbours = new Set(
          graph.neighbors(node).filter((n) => s.engine.actorVisible[graph.getNodeAttribute(n, 'ordinal')]),
        );
        s.hoveredNeighbours.add(node);
        sigma.refresh({ skipIndexation: true });
      });
      sigma.on('leaveNode', () => {
        const s = state.current;
        if (!s || !hoverDims) return;
        s.hovered = null;
        s.hoveredNeighbours = new Set();
        sigma.refresh({ skipIndexation: true });
      });
      // the constructor drew the first frame already; later frames are counted as they come
      drawStats.frames++;
      drawStats.firstFrameAt ??= performance.now();
      performance.mark('faultlines-graph-drawn');
      sigma.on('afterRender', () => {
        drawStats.frames++;
      });

      // The camera: reported to the store (for links) when it rests, in graph coordinates.
      let cameraTimer = 0;
      sigma.getCamera().on('updated', () => {
        window.clearTimeout(cameraTimer);
        cameraTimer = window.setTimeout(() => {
          const { width, height } = sigma.getDimensions();
          const centre = sigma.viewportToGraph({ x: width / 2, y: height / 2 });
          const round = (n: number, digits: number) => Number(n.toFixed(digits)) || 0; // no -0 in links
          useStore.getState().setCamera({
            x: round(centre.x, 3),
            y: round(centre.y, 3),
            ratio: round(sigma.getCamera().ratio, 4),
          });
        }, 150);
      });
      const request = useStore.getState().cameraRequest;
      if (request) moveCamera(sigma, request.camera);

      // Filter steps arrive through the store, outside React's render cycle; arrows into
      // resized actors are repainted once the steps rest, so a dragged slider stays fast.
      const resized = new Set<string>();
      let arrowTimer = 0;
      const unsubscribe = useStore.subscribe((s, previous) => {
        if (s.step && s.step !== previous.step && !s.step.full && s.engine === engine) {
          applyStep(sigma, loaded, labels, s.step, drawnSize, sizeScale, engine, resized);
          window.clearTimeout(arrowTimer);
          arrowTimer = window.setTimeout(() => repaintArrows(sigma, engine, resized), 120);
        }
      });

      const debug = { sigma, loaded, labels };
      drawStats.current = debug;
      const unsubscribeCamera = useStore.subscribe((s, previous) => {
        if (s.cameraRequest && s.cameraRequest !== previous.cameraRequest) moveCamera(sigma, s.cameraRequest.camera);
      });
      // an analysis answer or setting changes marks all over the graph: one full refresh
      const unsubscribeOverlay = useStore.subscribe((s, previous) => {
        const inputs = overlayInputs(s);
        const inputsBefore = overlayInputs(previous);
        if (!state.current || inputs.every((x, i) => x === inputsBefore[i])) return;
        const overlay = analysisOverlay(s, loaded);
        const drawn = state.current.overlay;
        // an answer that marks nothing (colour by kind, size by degree, no path) costs no redraw
        const keys = Object.keys(overlay) as (keyof AnalysisOverlay)[];
        if (keys.every((k) => overlay[k] === drawn[k])) return;
        state.current.overlay = overlay;
        // a comparison or a path is read by its labels: draw them on large graphs too while shown
        sigma.setSetting(
          'renderEdgeLabels',
          graph.size <= LARGE_GRAPH_EDGES || overlay.diffGroups !== null || overlay.pathGroups !== null,
        );
        sigma.refresh();
      });
      return () => {
        unsubscribeOverlay();
        window.clearTimeout(arrowTimer);
        window.clearTimeout(cameraTimer);
        unsubscribeCamera();
        unsubscribe();
        if (drawStats.current === debug) drawStats.current = null;
        sigmaRef.current = null;
        // kill() also loses the renderer's WebGL contexts: Chromium keeps only 16.
        sigma.kill();
      };
    }
  }, [loaded, select]);

  // The selection changes how the selected items are drawn: redraw the old and the new.
  useEffect(() => {
    const sigma = sigmaRef.current;
    const s = state.current;
    if (!sigma || !s) return;
    const items = (sel: Selection | null) => ({
      nodes: sel?.kind === 'actor' && sigma.getGraph().hasNode(sel.id) ? [sel.id] : [],
      edges: sel?.kind === 'edge' && sigma.getGraph().hasEdge(sel.key) ? [sel.key] : [],
    });
    const before = items(s.selection);
    const after = items(selection);
    s.selection = selection;
    refreshPartial(sigma, [...before.nodes, ...after.nodes], [...before.edges, ...after.edges], false);
  }, [selection]);

  // Searching for an actor moves the camera to it.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || revealSerial === 0 || selection?.kind !== 'actor') return;
    const display = sigma.getNodeDisplayData(selection.id);
    if (display) sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 400 });
    // only a new reveal request moves the camera, not every selection change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealSerial]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      style={{ background: BACKGROUND }}
      role="img"
      aria-label={`Graph of ${loaded.valid.dataset.meta.title}: use the Table button for the same relations as a table`}
    />
  );
}

function reduceNode(node: string, data: NodeAttributes, s: DrawState | null): Partial<NodeDisplayData> {
  if (!s) return data;
  const a = data.ordinal;
  const o = s.overlay;
  if (!(o.diffActors ? o.diffActors[a] : s.engine.actorVisible[a])) return { ...data, hidden: true };
  const size = o.nodeMeasure
    ? (5 + 20 * Math.sqrt(o.nodeMeasure[a])) * s.sizeScale
    : nodeSize(s.engine.degree[a], s.sizeScale);
  const out: Partial<NodeDisplayData> = { ...data, size };
  const colour = o.nodeColour?.[a];
  if (colour) out.color = colour;
  const tag = o.nodeTag?.[a];
  if (tag) {
    // membership in words on the label, so it never rests on colour alone
    out.label = `${data.label} [${tag}]`;
    if (o.diffActors) out.forceLabel = true;
  }
  if (o.pathActors) {
    if (o.pathActors[a]) {
      out.forceLabel = true;
      out.zIndex = 1;
      out.highlighted = true;
    } else if (!o.diffActors) out.color = DIMMED_NODE;
  }
  if (s.selection?.kind === 'actor' && s.selection.id === node) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (s.hovered && !s.hoveredNeighbours.has(node)) {
    out.color = DIMMED_NODE;
    out.label = '';
    out.zIndex = 0;
  } else if (s.hovered) {
    out.forceLabel = true;
    out.zIndex = 1;
  }
  return out;
}

function reduceEdge(
  edge: string,
  data: EdgeAttributes,
  s: DrawState | null,
  loaded: LoadedDataset,
): Partial<EdgeDisplayData> {
  if (!s) return data;
  const o = s.overlay;
  if (o.diffGroups) return reduceDiffEdge(data, o.diffGroups[data.group]);
  const count = s.engine.groupCounts[data.group];
  if (count === 0) return { ...data, hidden: true };
  const out: Partial<EdgeDisplayData> = { ...data, size: edgeSize(count), label: null };
  if (o.pathGroups) {
    if (!o.pathGroups[data.group]) return { ...out, color: DIMMED_EDGE, zIndex: 0 };
    // the path: dark and thick, above the rest, and every other line faint
    return { ...out, color: PATH_EDGE, size: (out.size ?? 1) + 2.5, zIndex: 2, label: 'path', forceLabel: true };
  }
  const mark = contestedLabel(s.engine, data.group);
  if (mark) {
    out.color = CONTESTED_EDGE;
    out.label = mark;
    // drawn even when its actors' labels are not, so the mark never depends on colour alone
    out.forceLabel = true;
  }
  if (s.selection?.kind === 'edge' && s.selection.key === edge) {
    out.size = (out.size ?? 1) + 2;
    out.zIndex = 2;
    out.forceLabel = true;
  }
  if (s.hovered) {
    const first = loaded.valid.dataset.relations[loaded.grouping.first[data.group]];
    if (first.source !== s.hovered && first.target !== s.hovered) {
      out.color = DIMMED_EDGE;
      out.zIndex = 0;
    }
  }
  return out;
}

/**
 * A line in the comparison of two views, told apart by label and width as well as
 * colour: "flipped" thickest, "new" thick, "gone" medium and faint, kept thin.
 */
function reduceDiffEdge(data: EdgeAttributes, state: number): Partial<EdgeDisplayData> {
  if (state === GROUP_ABSENT) return { ...data, hidden: true };
  if (state === GROUP_FLIPPED) {
    return { ...data, color: FLIPPED_EDGE, size: 4, label: 'flipped', forceLabel: true, zIndex: 3 };
  }
  if (state === GROUP_NEW) return { ...data, color: NEW_EDGE, size: 3, label: 'new', forceLabel: true, zIndex: 2 };
  if (state === GROUP_GONE) return { ...data, color: GONE_EDGE, size: 2, label: 'gone', forceLabel: true, zIndex: 1 };
  return { ...data, color: KEPT_EDGE, size: 0.8, label: null, zIndex: 0 };
}
