// The actors' labels, drawn by us on a canvas layer of sigma's, after each frame:
// sigma's own label grid lets labels overlap and run off the canvas. Which labels
// are drawn is decided by labelPlacement.ts, most important first: the selected
// actor, the hovered one and its neighbours, actors a path or a comparison picks
// out, then by visible degree. PNG and SVG exports draw `placed`, so they show
// the labels the screen shows and no others.

import type Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import { labelSize, type DrawingSettings } from './drawingSettings';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './labelPlacement';
import type { DrawState } from './reducers';
import { actorOfKey, nodeKey } from './nodeKeys';

const LAYER = 'faultlines-labels';
/** Past this many actors, ordering by visible degree on every change costs too much: full degree is used. */
const REORDER_LIMIT = 20_000;
/** At most this many actors are looked at per frame, however few find room. */
const CANDIDATE_LIMIT = 6_000;
export const LABEL_COLOUR = '#1d232b';

export function labelFont(settings: DrawingSettings, size: number): string {
  return `${settings.labelWeight} ${size}px ${settings.labelFont}`;
}

export class LabelLayer {
  /** the labels drawn in the last frame, in viewport px */
  placed: PlacedLabel[] = [];
  private readonly ctx: CanvasRenderingContext2D;
  private readonly widths = new Map<string, number>();
  private widthsFont = '';
  /** actor ordinals, most connected first */
  private order: Int32Array;
  private orderStale = false;
  /** the actors named before all others, and what they were worked out from (recomputed only when that changes) */
  private first: { from: readonly unknown[]; list: number[] } = { from: [], list: [] };

  constructor(
    private readonly sigma: Sigma,
    private readonly state: DrawState,
    /** full degree per actor ordinal: the order when the visible one is too costly */
    private readonly fullDegree: Int32Array,
  ) {
    // above sigma's own label layer (left empty), below the hovered actor's ring
    const place: Parameters<Sigma['createCanvas']>[1] = { afterLayer: 'labels' };
    sigma.createCanvasContext(LAYER, place);
    // sigma sizes its layers when the pane's size changes: this one is new, so it is sized now
    sigma.resize(true);
    const canvas = sigma.getCanvases()[LAYER];
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw the labels (no 2D canvas)');
    this.ctx = ctx;
    this.order = this.sorted(fullDegree);
    sigma.on('afterRender', () => this.draw());
  }

  /** The visible degrees changed (a filter step): the order is remade at the next frame. */
  invalidate(): void {
    if (this.fullDegree.length <= REORDER_LIMIT) this.orderStale = true;
  }

  /** Draws the labels for the frame sigma just drew. */
  draw(): void {
    const sigma = this.sigma;
    const { width, height } = sigma.getDimensions();
    const ctx = this.ctx;
    ctx.clearRect(0, 0, width, height);
    this.placed = this.place(sigma);
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffffff';
    ctx.fillStyle = LABEL_COLOUR;
    for (const p of this.placed) {
      // a white halo keeps the text readable over lines
      ctx.strokeText(p.text, p.x, p.y + p.height / 2);
      ctx.fillText(p.text, p.x, p.y + p.height / 2);
    }
  }

  /**
   * The labels another sigma on the same graph would show (an export's, framed for a preset's size),
   * by the same rules as the screen's, placed for its size and camera; nothing is drawn.
   */
  placeIn(sigma: Sigma): PlacedLabel[] {
    return this.place(sigma);
  }

  private place(sigma: Sigma): PlacedLabel[] {
    if (this.orderStale) {
      this.order = this.sorted(this.state.engine.degree);
      this.orderStale = false;
    }
    const { width, height } = sigma.getDimensions();
    const ctx = this.ctx;
    const size = labelSize(this.state.settings, width, height);
    const font = labelFont(this.state.settings, size);
    if (font !== this.widthsFont) {
      this.widths.clear();
      this.widthsFont = font;
    }
    ctx.font = font;
    const measure = (text: string) => {
      let w = this.widths.get(text);
      if (w === undefined) {
        w = Math.ceil(ctx.measureText(text).width);
        this.widths.set(text, w);
      }
      return w;
    };
    return placeLabels(this.candidates(sigma), measure, {
      width,
      height,
      lineHeight: size + 4,
      gap: 2,
      // about one label per 90x100 px: the page stays readable, zooming in shows more
      maxLabels: Math.max(12, Math.round((width * height) / 9_000)),
    });
  }

  /** Actors in order of importance, visible and labelled, with their discs on screen. */
  private *candidates(sigma: Sigma): Generator<LabelCandidate> {
    const s = this.state;
    const ids = s.loaded.index.actorIds;
    const seen = new Set<number>();
    const first = this.firstActors();
    let looked = 0;
    const visible = s.overlay.diffActors ?? s.engine.actorVisible;
    for (const list of [first, this.order]) {
      for (const a of list) {
        if (seen.has(a) || !visible[a]) continue;
        seen.add(a);
        if (++looked > CANDIDATE_LIMIT) return;
        const node = ids[a];
        const d = sigma.getNodeDisplayData(nodeKey(node));
        if (!d || d.hidden || !d.label) continue;
        yield this.candidate(sigma, node, d);
      }
    }
  }

  /**
   * The selected actor, the hovered one, those a path or comparison marks, and the
   * hovered one's neighbours: kept between frames, since finding the marked ones
   * scans every actor.
   */
  private firstActors(): number[] {
    const s = this.state;
    const from = [s.selection, s.hovered, s.overlay, s.hoveredNeighbours];
    if (from.every((x, k) => x === this.first.from[k])) return this.first.list;
    const ordinal = s.loaded.index.actorOrdinal;
    const list: number[] = [];
    const selected = s.selection?.kind === 'actor' ? ordinal.get(s.selection.id) : undefined;
    if (selected !== undefined) list.push(selected);
    const hovered = s.hovered === null ? undefined : ordinal.get(s.hovered);
    if (hovered !== undefined) list.push(hovered);
    const o = s.overlay;
    if (o.pathActors) o.pathActors.forEach((m, a) => m && list.push(a));
    else if (o.diffActors && o.nodeTag) o.nodeTag.forEach((t, a) => t && list.push(a));
    for (const n of s.hoveredNeighbours) {
      const a = ordinal.get(actorOfKey(n));
      if (a !== undefined) list.push(a);
    }
    this.first = { from, list };
    return list;
  }

  private candidate(sigma: Sigma, node: string, d: NodeDisplayData): LabelCandidate {
    const p = sigma.framedGraphToViewport(d);
    return { node, text: d.label as string, x: p.x, y: p.y, r: sigma.scaleSize(d.size) };
  }

  private sorted(degree: ArrayLike<number>): Int32Array {
    const order = Int32Array.from({ length: degree.length }, (_, a) => a);
    return order.sort((a, b) => degree[b] - degree[a] || a - b);
  }
}
