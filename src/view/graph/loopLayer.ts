// Self-loops (a group fighting itself, infighting in event data): sigma draws a
// line from an actor to itself as nothing, so they are drawn here, after each
// frame, as a small ring on the actor's upper right, in the line's colour, width
// and pattern as the reducers give them (shown, hidden, contested or not acted,
// selected, dimmed). PNG and SVG exports draw `drawn`, so they show what the screen shows.

import type Sigma from 'sigma';
import { dashArray, linePattern } from './lineMarks';
import type { DrawState } from './reducers';
import { reduceEdge } from './reducers';
import { lineAttributes, type EdgeAttributes } from './buildGraph';
import { nodeKey } from './nodeKeys';

const LAYER = 'faultlines-loops';

/** A loop as drawn, in viewport px. */
export interface DrawnLoop {
  x: number;
  y: number;
  r: number;
  colour: string;
  width: number;
  /** contested: dashed; no act in it: dotted; both: dash-dot (lineMarks.ts) */
  dashed: boolean;
  dotted: boolean;
}

export class LoopLayer {
  drawn: DrawnLoop[] = [];
  private readonly ctx: CanvasRenderingContext2D | null = null;
  /** the self-loop groups, with their key, actor and line attributes */
  private readonly loops: { key: string; actor: string; attributes: EdgeAttributes }[] = [];

  constructor(
    private readonly sigma: Sigma,
    private readonly state: DrawState,
  ) {
    const { loaded, settings } = state;
    const { relations } = loaded.valid.dataset;
    for (let g = 0; g < loaded.grouping.groupCount; g++) {
      const r = relations[loaded.grouping.first[g]];
      if (r.source !== r.target) continue;
      this.loops.push({ key: loaded.edgeKeys[g], actor: r.source, attributes: lineAttributes(loaded, settings, g) });
    }
    // most datasets have none: no layer at all then
    if (this.loops.length === 0) return;
    // above the lines, under the discs (which cover the ring's inner part)
    // (sigma's types leave the layer's place out of createCanvasContext; it passes it to createCanvas)
    const place: Parameters<Sigma['createCanvas']>[1] = { beforeLayer: 'nodes' };
    sigma.createCanvasContext(LAYER, place);
    sigma.resize(true);
    this.ctx = sigma.getCanvases()[LAYER].getContext('2d');
    sigma.on('afterRender', () => this.draw());
  }

  draw(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const { width, height } = this.sigma.getDimensions();
    ctx.clearRect(0, 0, width, height);
    this.drawn = this.loopsIn(this.sigma);
    paintLoops(ctx, this.drawn);
  }

  /** The loops as a sigma on the same graph shows them: this one, or an export's framed for a preset's size. */
  loopsIn(sigma: Sigma): DrawnLoop[] {
    const drawn: DrawnLoop[] = [];
    for (const loop of this.loops) {
      const line = reduceEdge(loop.key, loop.attributes, this.state);
      const node = sigma.getNodeDisplayData(nodeKey(loop.actor));
      if (line.hidden || !node || node.hidden) continue;
      const p = sigma.framedGraphToViewport(node);
      const disc = sigma.scaleSize(node.size);
      drawn.push({
        // a ring that stands out of the disc on its upper right, as Gephi and Kumu draw loops
        x: p.x + disc * 0.8,
        y: p.y - disc * 0.8,
        r: Math.max(5, disc * 0.6),
        colour: line.color ?? '#999999',
        width: Math.max(1.5, line.size ?? 1),
        dashed: !!line.dashed,
        dotted: !!line.dotted,
      });
    }
    return drawn;
  }
}

/** Draws loops on a 2D canvas, `dy` px lower (a PNG's header). */
export function paintLoops(ctx: CanvasRenderingContext2D, loops: readonly DrawnLoop[], dy = 0): void {
  for (const l of loops) {
    ctx.beginPath();
    ctx.arc(l.x, l.y + dy, l.r, 0, Math.PI * 2);
    ctx.strokeStyle = l.colour;
    ctx.lineWidth = l.width;
    ctx.setLineDash(dashArray(linePattern(l.dashed, l.dotted), l.width));
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
