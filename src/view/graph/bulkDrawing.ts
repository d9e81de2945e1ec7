// The lines of a large graph as the renderer sees them: styled in columns
// (bulkLines.ts) that outlive a lost context, and drawn by a layer in the live
// sigma (bulkLineLayer.ts), made again with each sigma. The first full styling
// is marked `faultlines-graph-complete`: from then on every line is drawn.

import type Sigma from 'sigma';
import type { ActorGraph } from './buildGraph';
import { lineColours } from './lineColours';
import { BulkLineLayer, emptyColumns, type LineColumns } from './bulkLineLayer';
import { BulkLines } from './bulkLines';
import type { DrawState } from './reducers';

export class BulkDrawing {
  readonly lines: BulkLines;
  private layer: BulkLineLayer | null = null;
  private sigma: Sigma | null = null;
  /** the raised lines as last styled, for a layer made later (an export's) */
  private raised: LineColumns = emptyColumns();
  private complete = false;

  constructor(state: DrawState) {
    const { loaded, settings } = state;
    const colours = loaded.index.typeIds.map((t) => lineColours(loaded, settings, t));
    this.lines = new BulkLines(state, colours, {
      changed: (from, to) => {
        this.layer?.changed(from, to);
        this.sigma?.scheduleRender();
      },
      raised: (columns) => {
        this.raised = columns;
        this.layer?.setRaised(columns);
      },
    });
  }

  /** Draws the lines in this sigma (a new one after a lost context); false if it cannot (no WebGL 2). */
  attach(sigma: Sigma, graph: ActorGraph): boolean {
    this.layer?.kill();
    this.layer = null;
    this.sigma = null;
    if (!BulkLineLayer.possible(sigma)) return false;
    this.sigma = sigma;
    // the layer starts from the columns as they are (a fresh sigma after a lost context draws them at once)
    this.layer = new BulkLineLayer(sigma, this.lines.columns, graph.order, (out) => actorPositions(graph, out));
    this.layer.setRaised(this.raised);
    // after a lost context: the steps meanwhile were not styled
    this.restyleAll();
    return true;
  }

  /** Every line styled again (the first time, on opening; then after analysis marks or colours change). */
  restyleAll(): void {
    this.lines.restyleAll(() => {
      if (this.complete) return;
      this.complete = true;
      performance.mark('faultlines-graph-complete');
    });
  }

  /**
   * Draws the lines as they are now into another sigma on the same graph (a PNG export's): its layer
   * goes with that sigma. Drawn at once, so that its canvases can be read in this task.
   */
  drawInto(other: Sigma): void {
    const layer = new BulkLineLayer(other, this.lines.columns, graphOf(other).order, (out) =>
      actorPositions(graphOf(other), out),
    );
    layer.setRaised(this.raised);
    other.refresh();
  }

  kill(): void {
    this.lines.stop();
    this.layer?.kill();
    this.layer = null;
    this.sigma = null;
  }
}

const graphOf = (sigma: Sigma) => sigma.getGraph() as unknown as ActorGraph;

/** Writes x, y of actor k at [2k], [2k + 1], as the graph holds them now. */
function actorPositions(graph: ActorGraph, out: Float32Array): void {
  graph.forEachNode((_, a) => {
    out[2 * a.ordinal] = a.x;
    out[2 * a.ordinal + 1] = a.y;
  });
}
