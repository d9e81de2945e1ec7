// One run of the filter engine, published with the state change that caused it,
// so that a subscriber never sees new choices with the old step.

import type { StepChanges } from '../model/filterEngine';
import type { Store } from './store';
import { filtersOf } from './viewRules';

/** One run of the filter engine: counts, and what changed for the graph to redraw. */
export interface Step {
  readonly serial: number;
  readonly changes: StepChanges;
  /** true when the step replaces everything (a new dataset) */
  readonly full: boolean;
}

let serial = 0;

export function makeStep(changes: StepChanges, full: boolean): Step {
  return { serial: ++serial, changes, full };
}

/**
 * The patch, plus the engine's step for the state it makes: one `set` publishes
 * both. Without an open dataset, the patch alone.
 */
export function withStep(s: Store, patch: Partial<Store>): Partial<Store> {
  if (!s.engine || !s.loaded) return patch;
  const next = { ...s, ...patch };
  return { ...patch, step: makeStep(s.engine.apply(filtersOf(next, s.loaded.index.maxDay)), false) };
}
