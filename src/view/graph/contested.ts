import { groupMembers } from '../../model/groups';
import type { LoadedDataset } from '../../state/loaded';

/**
 * The mark a contested group carries (its visible relations all denied or
 * disputed), so it reads in greyscale: "denied", "disputed" or "contested".
 */
export function contestedLabel(loaded: LoadedDataset, group: number, visible: Uint8Array): string | null {
  const relations = loaded.valid.dataset.relations;
  let denied = 0;
  let disputed = 0;
  let shown = 0;
  for (const i of groupMembers(loaded.grouping, group)) {
    if (!visible[i]) continue;
    shown++;
    const status = relations[i].status;
    if (status === 'denied') denied++;
    else if (status === 'disputed') disputed++;
    else return null;
  }
  if (shown === 0) return null;
  if (denied === shown) return 'denied';
  if (disputed === shown) return 'disputed';
  return 'contested';
}
