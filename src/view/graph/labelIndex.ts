// sigma places labels with a grid it fills when it processes the whole graph,
// leaving hidden nodes out. A partial refresh (skipIndexation) keeps that grid:
// a node that reappears would never get its label, and a hidden one would keep
// a slot that a shown neighbour needs. This keeps the grid in step. The grid is
// sigma's private field; the access is confined here.
import type Sigma from 'sigma';

interface LabelGrid {
  add(key: string, size: number, position: { x: number; y: number }): void;
  organize(): void;
  getIndex(position: { x: number; y: number }): number;
  cells: Record<number, { key: string }[]>;
}

/** The camera sigma uses when it fills the grid. */
const NULL_CAMERA = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

export class LabelIndex {
  private readonly inGrid = new Set<string>();

  constructor(private readonly sigma: Sigma) {
    const refill = () => {
      this.inGrid.clear();
      sigma.getGraph().forEachNode((node) => {
        const d = sigma.getNodeDisplayData(node);
        if (d && !d.hidden) this.inGrid.add(node);
      });
    };
    sigma.on('afterProcess', refill);
    refill();
  }

  /** Puts the given nodes that are shown into the label grid, and takes hidden ones out. */
  update(sigma: Sigma, nodes: readonly string[]): void {
    const grid = (sigma as unknown as { labelGrid?: LabelGrid }).labelGrid;
    if (!grid) return;
    let added = false;
    for (const node of nodes) {
      const d = sigma.getNodeDisplayData(node);
      if (!d) continue;
      const position = sigma.framedGraphToViewport(d, { cameraState: NULL_CAMERA });
      if (!d.hidden && !this.inGrid.has(node)) {
        grid.add(node, d.size, position);
        this.inGrid.add(node);
        added = true;
      } else if (d.hidden && this.inGrid.has(node)) {
        const cell = grid.cells[grid.getIndex(position)];
        const at = cell ? cell.findIndex((c) => c.key === node) : -1;
        if (cell && at >= 0) cell.splice(at, 1);
        this.inGrid.delete(node);
      }
    }
    if (added) grid.organize();
  }

  has(node: string): boolean {
    return this.inGrid.has(node);
  }
}
