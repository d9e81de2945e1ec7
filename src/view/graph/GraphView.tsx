// The sigma renderer: created for each dataset, killed (and its WebGL contexts
// lost) when the dataset changes or the view goes away. Reducers read state kept
// in refs, computed once per change, so drawing stays O(1) per item.

import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import {
  createDrawCurvedEdgeLabel,
  createEdgeCurveProgram,
  DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
} from '@sigma/edge-curve';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Visibility } from '../../model/visibility';
import type { LoadedDataset } from '../../state/loaded';
import { useStore, type Selection } from '../../state/store';
import { BACKGROUND, CONTESTED_EDGE, DIMMED_EDGE, DIMMED_NODE } from '../palette';
import { buildGraph, type ActorGraph, type EdgeAttributes, type NodeAttributes } from './buildGraph';
import { drawStats } from './drawStats';
import { contestedLabel } from './contested';

interface DrawState {
  visibility: Visibility;
  /** visible degree (relations) per actor */
  degree: Map<string, number>;
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

export function GraphView({ loaded, visibility }: { loaded: LoadedDataset; visibility: Visibility }) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const state = useRef<DrawState | null>(null);
  const selection = useStore((s) => s.selection);
  const revealSerial = useStore((s) => s.revealSerial);
  const select = useStore((s) => s.select);

  // One renderer per dataset.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const graph: ActorGraph = buildGraph(loaded);
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
      labelSize: 13,
      labelWeight: '600',
      // small graphs (the bundled one) label every actor; large ones let sigma's grid thin labels out
      labelRenderedSizeThreshold: graph.order > 300 ? 8 : 0,
      labelDensity: graph.order > 300 ? 1 : 4,
      labelGridCellSize: graph.order > 300 ? 100 : 50,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#3c4043' },
      zIndex: true,
      stagePadding: 40,
      nodeReducer: (node, data) => reduceNode(node, data as NodeAttributes, state.current),
      edgeReducer: (edge, data) => reduceEdge(edge, data as EdgeAttributes, state.current, loaded),
    });
    sigmaRef.current = sigma;

    sigma.on('clickNode', ({ node }) => select({ kind: 'actor', id: node }));
    sigma.on('clickEdge', ({ edge }) => select({ kind: 'edge', key: edge }));
    sigma.on('enterNode', ({ node }) => {
      const s = state.current;
      if (!s) return;
      s.hovered = node;
      s.hoveredNeighbours = new Set(graph.neighbors(node).filter((n) => s.visibility.actors.has(n)));
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

    const debug = { sigma, loaded };
    drawStats.current = debug;
    return () => {
      if (drawStats.current === debug) drawStats.current = null;
      sigmaRef.current = null;
      // kill() also loses the renderer's WebGL contexts: Chromium keeps only 16.
      sigma.kill();
    };
  }, [loaded, select]);

  // Visibility, selection: recompute what the reducers read, then redraw.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const degree = new Map<string, number>();
    loaded.grouping.groups.forEach((g, gi) => {
      const n = visibility.groupCounts[gi];
      if (n === 0) return;
      degree.set(g.source, (degree.get(g.source) ?? 0) + n);
      degree.set(g.target, (degree.get(g.target) ?? 0) + n);
    });
    const previous = state.current;
    state.current = {
      visibility,
      degree,
      selection,
      hovered: previous?.hovered ?? null,
      hoveredNeighbours: previous?.hoveredNeighbours ?? new Set(),
    };
    sigma.refresh();
  }, [loaded, visibility, selection]);

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
  if (!s.visibility.actors.has(node)) return { ...data, hidden: true };
  const out: Partial<NodeDisplayData> = { ...data, size: nodeSize(s.degree.get(node) ?? 0) };
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
  const count = s.visibility.groupCounts[data.group];
  if (count === 0) return { ...data, hidden: true };
  const out: Partial<EdgeDisplayData> = { ...data, size: edgeSize(count), label: null };
  const mark = contestedLabel(loaded, data.group, s.visibility);
  if (mark) {
    out.color = CONTESTED_EDGE;
    out.label = mark;
  }
  const group = loaded.grouping.groups[data.group];
  if (s.selection?.kind === 'edge' && s.selection.key === edge) {
    out.size = (out.size ?? 1) + 2;
    out.zIndex = 2;
    out.forceLabel = true;
  }
  if (s.hovered && group.source !== s.hovered && group.target !== s.hovered) {
    out.color = DIMMED_EDGE;
    out.label = null;
    out.zIndex = 0;
  }
  return out;
}
