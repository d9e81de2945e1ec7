// The sigma renderer: created for each dataset, killed (and its WebGL contexts
// lost) when the dataset changes or the view goes away. A filter step redraws
// only the nodes and edges the engine reports as changed; reducers read the
// engine's arrays, so drawing stays O(1) per item.

import { useEffect, useRef } from 'react';
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
import { BACKGROUND, CONTESTED_EDGE, DIMMED_EDGE, DIMMED_NODE } from '../palette';
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
}

const curveLabel = createDrawCurvedEdgeLabel({
  ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
  curvatureAttribute: 'curvature',
});

function nodeSize(degree: number): number {
  return 5 + 2.2 * Math.sqrt(degree);
}

function edgeSize(count: number): number {
  return 1 + 1.6 * Math.sqrt(count - 1);
}

/** Redraws only what a filter step changed: partial refresh, labels of reappearing nodes re-indexed. */
export function applyStep(sigma: Sigma, loaded: LoadedDataset, labels: LabelIndex, step: Step): void {
  const { actors, groups } = step.changes;
  const nodes = new Array<string>(actors.length);
  for (let k = 0; k < actors.length; k++) nodes[k] = loaded.index.actorIds[actors[k]];
  const edges = new Array<string>(groups.length);
  for (let k = 0; k < groups.length; k++) edges[k] = loaded.edgeKeys[groups[k]];
  // After a full refresh sigma re-indexes everything at its next frame; until then
  // (a private flag) items cannot be repainted in place, only marked for that pass.
  const reindexPending = (sigma as unknown as { needToProcess?: boolean }).needToProcess === true;
  // schedule: several steps within one frame (a dragged slider, Play) draw once
  sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: !reindexPending, schedule: true });
  labels.addReappeared(sigma, nodes);
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

  // One renderer per dataset.
  useEffect(() => {
    const el = container.current;
    const engine = useStore.getState().engine;
    if (!el || !engine) return;
    const graph: ActorGraph = buildGraph(loaded);
    const sizeScale = Math.max(0.45, Math.min(1, Math.min(el.clientWidth, el.clientHeight) / 450));
    state.current = {
      engine,
      sizeScale,
      selection: useStore.getState().selection,
      hovered: null,
      hoveredNeighbours: new Set(),
    };
    const sigma = new Sigma(graph, el, {
      renderEdgeLabels: true,
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

    sigma.on('clickNode', ({ node }) => select({ kind: 'actor', id: node }));
    sigma.on('clickEdge', ({ edge }) => select({ kind: 'edge', key: edge }));
    sigma.on('enterNode', ({ node }) => {
      const s = state.current;
      if (!s) return;
      s.hovered = node;
      s.hoveredNeighbours = new Set(
        graph.neighbors(node).filter((n) => s.engine.actorVisible[graph.getNodeAttribute(n, 'ordinal')]),
      );
      s.hoveredNeighbours.add(node);
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      const s = state.current;
      if (!s) return;
      s.hovered = null;
      s.hoveredNeighbours = new Set();
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('afterRender', () => {
      drawStats.frames++;
      drawStats.firstFrameAt ??= performance.now();
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

    // Filter steps arrive through the store, outside React's render cycle.
    const unsubscribe = useStore.subscribe((s, previous) => {
      if (s.step && s.step !== previous.step && !s.step.full && s.engine === engine) {
        applyStep(sigma, loaded, labels, s.step);
      }
    });

    const debug = { sigma, loaded, labels };
    drawStats.current = debug;
    const unsubscribeCamera = useStore.subscribe((s, previous) => {
      if (s.cameraRequest && s.cameraRequest !== previous.cameraRequest) moveCamera(sigma, s.cameraRequest.camera);
    });
    return () => {
      window.clearTimeout(cameraTimer);
      unsubscribeCamera();
      unsubscribe();
      if (drawStats.current === debug) drawStats.current = null;
      sigmaRef.current = null;
      // kill() also loses the renderer's WebGL contexts: Chromium keeps only 16.
      sigma.kill();
    };
  }, [loaded, select]);

  // The selection changes how items are drawn (highlight, thickness): redraw.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !state.current) return;
    state.current.selection = selection;
    sigma.refresh({ skipIndexation: true });
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
  if (!s.engine.actorVisible[data.ordinal]) return { ...data, hidden: true };
  const out: Partial<NodeDisplayData> = { ...data, size: nodeSize(s.engine.degree[data.ordinal]) * s.sizeScale };
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
  const count = s.engine.groupCounts[data.group];
  if (count === 0) return { ...data, hidden: true };
  const out: Partial<EdgeDisplayData> = { ...data, size: edgeSize(count), label: null };
  const mark = contestedLabel(loaded, data.group, s.engine.visible);
  if (mark) {
    out.color = CONTESTED_EDGE;
    out.label = mark;
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
      out.label = null;
      out.zIndex = 0;
    }
  }
  return out;
}
