// Redraws only what a filter step changed: the changed nodes and edges.
// Arrowheads are drawn against their target's size: the arrows into actors whose
// drawn size changed are collected and repainted once the steps rest, so a
// dragged slider stays fast.

import type Sigma from 'sigma';
import type { StepChanges } from '../../model/filterEngine';
import type { EdgeAttributes } from './buildGraph';
import type { BulkLines } from './bulkLines';
import { nodeSize } from './drawingSettings';
import type { DrawState } from './reducers';
import { nodeKey } from './nodeKeys';

/** Repaints the given items in place, or marks them for sigma's pending full pass. */
export function refreshPartial(sigma: Sigma, nodes: string[], edges: string[], schedule: boolean): void {
  // After a full refresh sigma re-indexes everything at its next frame; until then
  // (a private flag) items cannot be repainted in place, only marked for that pass.
  const reindexPending = (sigma as unknown as { needToProcess?: boolean }).needToProcess === true;
  // schedule: several steps within one frame (a dragged slider, Play) draw once
  sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: !reindexPending, schedule });
}

export class StepPainter {
  /** the size each actor is drawn at, to repaint its edges when it changes */
  private readonly drawnSize: Float32Array;
  private readonly resized = new Set<string>();
  private timer = 0;

  constructor(
    private readonly state: DrawState,
    /** the live renderer (a lost context replaces it) */
    private readonly sigma: () => Sigma,
    /** a large graph's lines, drawn outside sigma; null: sigma's edges */
    private readonly bulk: () => BulkLines | null = () => null,
  ) {
    this.drawnSize = new Float32Array(state.engine.actorVisible.length);
    this.resync();
  }

  /** Takes the drawn sizes from the engine as it is: after a full drawing. */
  resync(): void {
    const { engine, sizer } = this.state;
    for (let a = 0; a < this.drawnSize.length; a++) {
      this.drawnSize[a] = engine.actorVisible[a] ? nodeSize(sizer, engine.degree[a]) : 0;
    }
    this.resized.clear();
  }

  apply(changes: StepChanges): void {
    const { loaded, engine, settings, sizer } = this.state;
    const { actors, groups } = changes;
    const nodes = new Array<string>(actors.length);
    const bulk = this.bulk();
    bulk?.restyle(groups);
    const edges = new Array<string>(bulk ? 0 : groups.length);
    for (let k = 0; k < edges.length; k++) edges[k] = loaded.edgeKeys[groups[k]];
    for (let k = 0; k < actors.length; k++) {
      const a = actors[k];
      const node = nodeKey(loaded.index.actorIds[a]);
      nodes[k] = node;
      const size = engine.actorVisible[a] ? nodeSize(sizer, engine.degree[a]) : 0;
      if (size === this.drawnSize[a]) continue;
      this.drawnSize[a] = size;
      if (size > 0) this.resized.add(node);
    }
    const sigma = this.sigma();
    refreshPartial(sigma, nodes, edges, true);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.repaintArrows(), settings.arrowRepaintDelay);
  }

  /** Repaints the visible directed edges into the resized actors (their arrowheads), then forgets them. */
  private repaintArrows(): void {
    if (this.resized.size === 0) return;
    const sigma = this.sigma();
    const graph = sigma.getGraph();
    const counts = this.state.engine.groupCounts;
    const edges: string[] = [];
    for (const node of this.resized) {
      if (!graph.hasNode(node)) continue;
      graph.forEachInEdge(node, (edge, attr) => {
        const a = attr as EdgeAttributes;
        if (a.directed && counts[a.group] > 0) edges.push(edge);
      });
    }
    this.resized.clear();
    refreshPartial(sigma, [], edges, true);
  }

  stop(): void {
    window.clearTimeout(this.timer);
  }
}
