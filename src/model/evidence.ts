import type { Relation } from './types';

/** A relation with no evidence item: loaded, but marked and filterable as unsourced. */
export function isUnsourced(relation: Relation): boolean {
  return relation.evidence === undefined || relation.evidence.length === 0;
}
