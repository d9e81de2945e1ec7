// sigma places labels with a grid it fills when it processes the whole graph,
// leaving hidden nodes out. A partial refresh (skipIndexation) keeps that grid,
// so a node that reappears would never get its label: this adds such nodes to
// the grid. The grid is sigma's private field; the access is confined here.
import type Sigma from 'sigma';

interface LabelGrid {
  add(key: string, size: number, position: { x: number; y: number }): void;
  organize(): void;
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

  /** Adds to the label grid the given nodes that are shown now and are not in it yet. */
  addReappeared(sigma: Sigma, nodes: readonly string[]): void {
    const grid = (sigma as unknown as { labelGrid?: LabelGrid }).labelGrid;
    if (!grid) return;
    let added = false;
    for (const node of nodes) {
      if (this.inGrid.has(node)) continue;
      const d = sigma.getNodeDisplayData(node);
      if (!d || d.hidden) continue;
      grid.add(node, d.size, sigma.framedGraphToViewport(d, { cameraState: NULL_CAMERA }));
      this.inGrid.add(node);
      added = true;
    }
    if (added) grid.organize();
  }

  has(node: string): boolean {
    return this.inGrid.has(node);
  }
}
