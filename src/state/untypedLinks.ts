// Links imported without a type (GEXF, GraphML and mapped CSV edges load as
// "related-to", neutral) carry no sign, so the alliance analysis cannot use
// them. Asked once after opening, the analyst says how to read them: the open
// dataset is opened again with "related-to" declared cooperative or hostile, as
// its own relationTypes entry, so the choice is saved with the data.

import { BUILTIN_TYPES, GENERIC_TYPE, type RelationType, type Sign } from '../model/relationTypes';
import type { Dataset } from '../model/types';
import type { LoadedDataset } from './loaded';
import { loadInWorker } from './loader';

/** How many relations of the open dataset carry no type, where its file has not said how to read them. */
export function untypedCount(loaded: LoadedDataset): number {
  if (loaded.valid.dataset.relationTypes?.some((t) => t.id === GENERIC_TYPE)) return 0;
  const t = loaded.index.typeIds.indexOf(GENERIC_TYPE);
  if (t < 0) return 0;
  let n = 0;
  for (let i = 0; i < loaded.index.relationCount; i++) if (loaded.index.type[i] === t) n++;
  return n;
}

const READINGS: Record<Exclude<Sign, 0>, string> = { 1: 'cooperative', [-1]: 'hostile' };

/** The dataset with its untyped links read as `sign`. */
export function withUntypedRead(dataset: Dataset, sign: Exclude<Sign, 0>): Dataset {
  const generic = BUILTIN_TYPES.find((t) => t.id === GENERIC_TYPE)!;
  const declared: RelationType = {
    ...generic,
    label: `related to (read as ${READINGS[sign]})`,
    sign,
    description: `a link of unknown type, as imported, read as ${READINGS[sign]} by the analyst`,
  };
  return { ...dataset, relationTypes: [...(dataset.relationTypes ?? []), declared] };
}

/** Opens the dataset again with its untyped links read as `sign`; resolves with whether it opened. */
export function readUntypedAs(loaded: LoadedDataset, sign: Exclude<Sign, 0>, dataUrl: string | null): Promise<boolean> {
  const text = JSON.stringify(withUntypedRead(loaded.valid.dataset, sign));
  return loadInWorker(
    { type: 'files', files: [{ name: 'retyped.json', text }] },
    { displayName: loaded.name, openName: loaded.name, ...(dataUrl && { dataUrl }) },
  );
}
