// A story's step fades in what it adds (the actors and lines that were hidden
// before it), so the eye sees what changed from the step before. Only for a
// change of a few thousand items drawn by sigma: a large graph's steps stay
// instant. The reducers read `fresh` (reducers.ts); this drives its alpha.

import type Sigma from 'sigma';
import type { StepChanges } from '../../model/filterEngine';
import type { LoadedDataset } from '../../state/loaded';
import { withAlpha } from '../palette';
import { nodeKey } from './nodeKeys';
import { refreshPartial } from './stepPainter';

/** What fades in, and how far it has: 0 unseen, 1 as drawn. */
export interface Fresh {
  readonly actors: ReadonlySet<number>;
  readonly groups: ReadonlySet<number>;
  alpha: number;
}

/** Above this many changed items a step is drawn at once. */
export const MAX_FADED_ITEMS = 3_000;
export const FADE_MS = 450;

const RGBA = /^rgba\((\d+), ?(\d+), ?(\d+), ?([\d.]+)\)$/;

/** A colour at `alpha` of its own opacity: "#rrggbb" or "rgba(…)" (lines are translucent on larger graphs). */
export function faded(colour: string | undefined, alpha: number): string | undefined {
  if (!colour) return colour;
  if (/^#[0-9a-f]{6}$/i.test(colour)) return withAlpha(colour, alpha, 3);
  const m = RGBA.exec(colour);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${(Number(m[4]) * alpha).toFixed(3)})` : colour;
}

/** What is drawn, kept beside the engine (which changes in place) to tell what a step made visible. */
export class ShownItems {
  private readonly actors: Uint8Array;
  private readonly groups: Uint8Array;

  constructor(actorVisible: Uint8Array, groupCounts: Int32Array) {
    this.actors = Uint8Array.from(actorVisible);
    this.groups = Uint8Array.from(groupCounts, (n) => (n > 0 ? 1 : 0));
  }

  /**
   * Takes a step; with `fade`, returns what it made visible, or null when there is nothing, or too
   * much, to fade.
   */
  update(changes: StepChanges, actorVisible: Uint8Array, groupCounts: Int32Array, fade: boolean): Fresh | null {
    const few = fade && changes.actors.length + changes.groups.length <= MAX_FADED_ITEMS;
    const actors = new Set<number>();
    const groups = new Set<number>();
    for (const a of changes.actors) {
      if (few && actorVisible[a] && !this.actors[a]) actors.add(a);
      this.actors[a] = actorVisible[a];
    }
    for (const g of changes.groups) {
      const shown = groupCounts[g] > 0 ? 1 : 0;
      if (few && shown && !this.groups[g]) groups.add(g);
      this.groups[g] = shown;
    }
    return actors.size + groups.size > 0 ? { actors, groups, alpha: 0 } : null;
  }
}

/** Runs one fade: each frame repaints the fresh items at the next alpha; the last draws them whole. */
export class FadeIn {
  private frame = 0;
  /** the items of the fade under way, drawn whole again if it is cut short */
  private items: { nodes: string[]; edges: string[] } | null = null;

  constructor(
    private readonly sigma: () => Sigma | null,
    private readonly set: (fresh: Fresh | null) => void,
  ) {}

  start(fresh: Fresh, loaded: LoadedDataset): void {
    this.stop();
    const nodes = [...fresh.actors].map((a) => nodeKey(loaded.index.actorIds[a]));
    const edges = [...fresh.groups].map((g) => loaded.edgeKeys[g]);
    const began = performance.now();
    this.items = { nodes, edges };
    this.set(fresh);
    const step = () => {
      const sigma = this.sigma();
      const t = Math.min(1, (performance.now() - began) / FADE_MS);
      fresh.alpha = t * (2 - t);
      if (t >= 1) {
        this.set(null);
        this.items = null;
      }
      if (sigma) refreshPartial(sigma, nodes, edges, false);
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    step();
  }

  /** Ends the fade under way, its items drawn whole (a next step came within the fade). */
  stop(): void {
    cancelAnimationFrame(this.frame);
    this.set(null);
    const sigma = this.sigma();
    if (this.items && sigma) refreshPartial(sigma, this.items.nodes, this.items.edges, false);
    this.items = null;
  }
}
