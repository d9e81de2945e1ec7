// The relation-type table of DESIGN.md. The sign drives colour and the alliance
// analysis; `kind` separates material acts from words, which weigh less.

export type Sign = -1 | 0 | 1;
export type TypeKind = 'material' | 'verbal';

export interface RelationType {
  readonly id: string;
  readonly label: string;
  readonly sign: Sign;
  readonly directed: boolean;
  readonly kind: TypeKind;
  /** weight in the alliance analysis (signedTies.ts); absent: the default for its kind */
  readonly weight?: number;
  /** CSS colour; when absent the view picks one within the sign's hue */
  readonly colour?: string;
  readonly description?: string;
}

/** Type given to relations imported without one (GEXF, GraphML, bare CSV). */
export const GENERIC_TYPE = 'related-to';

export const BUILTIN_TYPES: readonly RelationType[] = [
  {
    id: 'backs',
    label: 'backs',
    sign: 1,
    directed: true,
    kind: 'material',
    description: 'arms, funds, trains or fights for',
  },
  {
    id: 'deploys-to',
    label: 'deploys to',
    sign: 1,
    directed: true,
    kind: 'material',
    description: 'sends forces to support the target actor',
  },
  { id: 'member-of', label: 'member of', sign: 1, directed: true, kind: 'material' },
  { id: 'allied-with', label: 'allied with', sign: 1, directed: false, kind: 'material' },
  { id: 'pledges-support', label: 'pledges support to', sign: 1, directed: true, kind: 'verbal' },
  { id: 'fights', label: 'fights', sign: -1, directed: false, kind: 'material' },
  { id: 'strikes', label: 'strikes', sign: -1, directed: true, kind: 'material' },
  { id: 'opposes', label: 'opposes', sign: -1, directed: true, kind: 'verbal' },
  { id: 'accuses', label: 'accuses', sign: -1, directed: true, kind: 'verbal' },
  { id: 'designates-terrorist', label: 'designates as terrorist', sign: -1, directed: true, kind: 'verbal' },
  { id: 'negotiates-with', label: 'negotiates with', sign: 0, directed: false, kind: 'verbal' },
  { id: 'meets', label: 'meets', sign: 0, directed: false, kind: 'verbal' },
  { id: 'mediates', label: 'mediates', sign: 0, directed: true, kind: 'verbal' },
  {
    id: GENERIC_TYPE,
    label: 'related to',
    sign: 0,
    directed: false,
    kind: 'verbal',
    description: 'a link of unknown type, as imported',
  },
];

/**
 * The type table a dataset uses: the built-in types, then the dataset's own
 * declarations, which add types or replace a built-in one of the same id.
 */
export function resolveRelationTypes(declared: readonly RelationType[] = []): ReadonlyMap<string, RelationType> {
  const table = new Map<string, RelationType>();
  for (const t of BUILTIN_TYPES) table.set(t.id, t);
  for (const t of declared) table.set(t.id, t);
  return table;
}
