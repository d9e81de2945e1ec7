// Which actors' labels are drawn, and where: greedily in order of importance, each
// beside its disc (right, left, above or below), only where it overlaps no label
// already placed and stays inside the pane. Density follows the zoom by itself:
// zoomed in, discs spread apart and more labels find room. No DOM here: the text
// widths come from a measuring function, so Node tests can run it.

export interface LabelCandidate {
  node: string;
  text: string;
  /** disc centre and radius in viewport px */
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  node: string;
  text: string;
  /** the box the text takes, viewport px; text baseline at y + height − descent */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** line height of a label, px */
  lineHeight: number;
  /** room kept between a disc and its label, and between labels */
  gap: number;
  /** the most labels drawn, whatever the room: a readable page, not a wall of text */
  maxLabels: number;
}

const CELL = 64;

/** A uniform grid of placed boxes: a new box is checked against its cells only. */
class BoxGrid {
  private readonly cells = new Map<number, PlacedLabel[]>();
  private readonly columns: number;

  constructor(width: number) {
    this.columns = Math.ceil(width / CELL) + 1;
  }

  private keys(b: { x: number; y: number; width: number; height: number }): number[] {
    const keys: number[] = [];
    const x0 = Math.max(0, Math.floor(b.x / CELL));
    const x1 = Math.max(0, Math.floor((b.x + b.width) / CELL));
    const y0 = Math.max(0, Math.floor(b.y / CELL));
    const y1 = Math.max(0, Math.floor((b.y + b.height) / CELL));
    for (let cy = y0; cy <= y1; cy++) for (let cx = x0; cx <= x1; cx++) keys.push(cy * this.columns + cx);
    return keys;
  }

  collides(b: { x: number; y: number; width: number; height: number }, gap: number): boolean {
    for (const key of this.keys(b)) {
      for (const o of this.cells.get(key) ?? []) {
        if (
          b.x < o.x + o.width + gap &&
          o.x < b.x + b.width + gap &&
          b.y < o.y + o.height + gap &&
          o.y < b.y + b.height + gap
        )
          return true;
      }
    }
    return false;
  }

  add(b: PlacedLabel): void {
    for (const key of this.keys(b)) {
      const list = this.cells.get(key);
      if (list) list.push(b);
      else this.cells.set(key, [b]);
    }
  }
}

/**
 * Places labels for candidates given most important first. `reserved` are boxes
 * drawn by someone else (the hovered actor's label) that others must avoid.
 */
export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  measure: (text: string) => number,
  options: PlacementOptions,
  reserved: readonly PlacedLabel[] = [],
): PlacedLabel[] {
  const { width, height, lineHeight: h, gap, maxLabels } = options;
  const grid = new BoxGrid(width);
  for (const box of reserved) grid.add(box);
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    if (placed.length >= maxLabels) break;
    if (!c.text || c.x < 0 || c.y < 0 || c.x > width || c.y > height) continue;
    const w = measure(c.text);
    if (w + 2 > width || h + 2 > height) continue;
    const d = c.r + gap;
    // right of the disc first (as readers expect), then left, above, below
    const spots: [number, number][] = [
      [c.x + d, c.y - h / 2],
      [c.x - d - w, c.y - h / 2],
      [c.x - w / 2, c.y - d - h],
      [c.x - w / 2, c.y + d],
    ];
    for (const [x, y] of spots) {
      if (x < 1 || y < 1 || x + w > width - 1 || y + h > height - 1) continue;
      const box = { node: c.node, text: c.text, x, y, width: w, height: h };
      if (grid.collides(box, gap)) continue;
      grid.add(box);
      placed.push(box);
      break;
    }
  }
  return placed;
}

/** Pairs of boxes that overlap: what the placement promises never happens (tests, benchmarks). */
export function overlappingPairs(boxes: readonly { x: number; y: number; width: number; height: number }[]): number {
  let pairs = 0;
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].x < a.x + a.width; j++) {
      const b = sorted[j];
      if (b.y < a.y + a.height && a.y < b.y + b.height) pairs++;
    }
  }
  return pairs;
}
