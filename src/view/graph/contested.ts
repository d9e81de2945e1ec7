import type { FilterEngine } from '../../model/filterEngine';

/**
 * The mark a contested group carries (its visible relations all denied or
 * disputed), so it reads in greyscale: "denied", "disputed" or "contested".
 * O(1): the engine keeps the counts.
 */
export function contestedLabel(engine: FilterEngine, group: number): string | null {
  const shown = engine.groupCounts[group];
  const denied = engine.groupDenied[group];
  const disputed = engine.groupDisputed[group];
  if (shown === 0 || denied + disputed < shown) return null;
  if (denied === shown) return 'denied';
  if (disputed === shown) return 'disputed';
  return 'contested';
}
