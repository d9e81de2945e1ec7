// What the current step draws, for the legends (on screen and on exports): the
// kinds of the actors shown, the types of the relations shown, and which marks
// lines are drawn with: contested (dashed), not acted (dotted), both (dash-dot).
// A legend that lists what the dataset holds names
// marks the picture does not have. One pass over the index's columns: cheap
// enough for each step of the time slider at 200,000 relations.

import type { FilterEngine } from '../../model/filterEngine';
import type { RelationType } from '../../model/relationTypes';
import { ACTOR_KINDS, type ActorKind } from '../../model/types';
import type { LoadedDataset } from '../../state/loaded';
import { contestedLabel, unacted } from '../graph/lineMarks';

export interface DrawnFacts {
  /** kinds of the actors shown */
  kinds: ReadonlySet<ActorKind>;
  /** types with a relation shown, in the dataset's order */
  types: RelationType[];
  /**
   * some line is drawn contested and no more: dashed (straight) or faded (curved), every relation in it
   * denied or disputed, not all of them words about what has not happened
   */
  contested: boolean;
  /**
   * some line is drawn not acted and no more: dotted (straight) or faded (curved), every relation in it an
   * intention, offer, threat or conditional statement, not all of them denied or disputed
   */
  unacted: boolean;
  /** some line is drawn both: dash-dot (straight) or faded (curved) */
  contestedUnacted: boolean;
}

export function drawnFacts(loaded: LoadedDataset, engine: FilterEngine): DrawnFacts {
  const { index } = loaded;
  const typeShown = new Uint8Array(index.typeIds.length);
  for (let i = 0; i < index.relationCount; i++) if (engine.visible[i]) typeShown[index.type[i]] = 1;
  const shownIds = new Set(index.typeIds.filter((_, t) => typeShown[t]));
  const kindShown = new Uint8Array(ACTOR_KINDS.length);
  for (let a = 0; a < index.actorCount; a++) if (engine.actorVisible[a]) kindShown[index.actorKind[a]] = 1;
  // which of the three marks are drawn: bits 1 contested, 2 not acted, 4 both
  let marks = 0;
  for (let g = 0; g < index.groupCount && marks !== 7; g++) {
    const c = contestedLabel(engine, g) !== null;
    const u = unacted(engine, g);
    if (c || u) marks |= c && u ? 4 : c ? 1 : 2;
  }
  return {
    kinds: new Set(ACTOR_KINDS.filter((_, k) => kindShown[k])),
    types: [...loaded.valid.types.values()].filter((t) => shownIds.has(t.id)),
    contested: (marks & 1) !== 0,
    unacted: (marks & 2) !== 0,
    contestedUnacted: (marks & 4) !== 0,
  };
}
