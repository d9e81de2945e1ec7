// Sigma's settings for one drawing: our reducers, our edge programs, sizes in
// screen pixels that do not grow as one zooms in, and no label of sigma's own
// (labelLayer.ts draws them, without overlaps).

import type { Settings } from 'sigma/settings';
import {
  createDrawCurvedEdgeLabel,
  createEdgeCurveProgram,
  DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
} from '@sigma/edge-curve';
import type { EdgeAttributes, NodeAttributes } from './buildGraph';
import { LineArrowProgram, LineProgram } from './lineProgram';
import type { DrawingSettings } from './drawingSettings';
import { reduceEdge, reduceNode, type DrawState } from './reducers';

function edgePrograms(): Settings['edgeProgramClasses'] {
  const drawLabel = createDrawCurvedEdgeLabel({
    ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
    curvatureAttribute: 'curvature',
  });
  return {
    // solid or dashed (lineProgram.ts)
    straight: LineProgram,
    arrow: LineArrowProgram,
    curved: createEdgeCurveProgram({ arrowHead: null, drawLabel }),
    curvedArrow: createEdgeCurveProgram({ drawLabel }),
  };
}

/**
 * The hovered or highlighted actor gets a white ring; its label is drawn with the
 * others by the label layer, so that no label covers it.
 */
function drawNodeRing(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number }): void {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fillStyle = '#ffffff';
  context.shadowBlur = 6;
  context.shadowColor = 'rgba(0, 0, 0, 0.35)';
  context.fill();
  context.shadowBlur = 0;
}

/** Words on lines cost a pass per frame on large graphs: there only a comparison's or a path's are drawn. */
export function edgeLabelsShown(state: DrawState): boolean {
  const o = state.overlay;
  const lines = state.loaded.grouping.groupCount;
  return lines <= state.settings.largeGraphEdges || o.diffGroups !== null || o.pathGroups !== null;
}

export function sigmaSettings(d: DrawingSettings, state: DrawState): Partial<Settings> {
  return {
    allowInvalidContainer: true,
    renderLabels: false,
    renderEdgeLabels: edgeLabelsShown(state),
    enableEdgeEvents: true,
    defaultEdgeType: 'straight',
    edgeProgramClasses: edgePrograms(),
    defaultDrawNodeHover: drawNodeRing,
    // a disc keeps its size in px as one zooms in (no hub grows over the pane); zoomed well out it shrinks with the map
    zoomToSizeRatioFunction: (ratio) => Math.max(1, ratio / 1.5),
    minEdgeThickness: 0.8,
    labelFont: d.labelFont,
    labelSize: d.labelSize,
    labelWeight: d.labelWeight,
    edgeLabelSize: d.edgeLabelSize,
    edgeLabelColor: { color: d.edgeLabelColour },
    zIndex: true,
    stagePadding: d.stagePadding,
    nodeReducer: (node, data) => reduceNode(node, data as NodeAttributes, state),
    edgeReducer: (edge, data) => reduceEdge(edge, data as EdgeAttributes, state),
  };
}
