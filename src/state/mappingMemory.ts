// Column mappings the analyst chose, remembered per header (localStorage), so a
// file with the same columns (next month's export) opens with them chosen.

import { MAPPED_FIELDS, type ColumnMapping } from '../io/columnMappingFields';

const PREFIX = 'faultlines:csv-mapping:';

function keyOf(header: readonly string[]): string {
  return PREFIX + JSON.stringify(header);
}

function storage(): Pick<Storage, 'getItem' | 'setItem'> | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The mapping chosen last for this header, keeping only columns the header has; null when none. */
export function rememberedMapping(header: readonly string[], store = storage()): ColumnMapping | null {
  try {
    const saved = JSON.parse(store?.getItem(keyOf(header)) ?? 'null') as Record<string, unknown> | null;
    if (!saved || typeof saved !== 'object') return null;
    const out: ColumnMapping = {};
    for (const field of MAPPED_FIELDS) {
      const column = saved[field];
      if (typeof column === 'string' && header.includes(column)) out[field] = column;
    }
    return out;
  } catch {
    return null;
  }
}

export function rememberMapping(header: readonly string[], mapping: ColumnMapping, store = storage()): void {
  try {
    store?.setItem(keyOf(header), JSON.stringify(mapping));
  } catch {
    // storage full or blocked: the mapping is asked again next time
  }
}
