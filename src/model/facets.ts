// How many relations each filter removes, so the analyst sees what a choice
// hides: per option, the relations in the date range that fail that one filter
// and pass every other. (Focus is a view, not a filter: it is left out.)

import { ONGOING } from './dates';
import { inWindow, type FilterIndex } from './filterIndex';
import { actorAllowed, sourcesKnownBy, type Filters } from './filters';
import { MODES, STATUSES } from './types';

export interface FacetCounts {
  /** per type ordinal: visible relations of that type, and those only the type filter removes */
  readonly typeShown: Int32Array;
  readonly typeRemoved: Int32Array;
  /** per kind ordinal (ACTOR_KINDS): relations only the kind filter removes, by the hidden kind */
  readonly kindRemoved: Int32Array;
  readonly statusShown: Int32Array;
  readonly statusRemoved: Int32Array;
  readonly sourcesRemoved: number;
  readonly undatedRemoved: number;
  readonly reportedByRemoved: number;
  /** relations only "Acts only" removes (intentions, offers, threats, conditional statements) */
  readonly actsOnlyRemoved: number;
  /** per mode ordinal (MODES): visible relations in that mode */
  readonly modeShown: Int32Array;
}

const TYPE = 1;
const KIND = 2;
const STATUS = 4;
const SOURCES = 8;
const UNDATED = 16;
const REPORTED = 32;
const MODE = 64;

export function facetCounts(index: FilterIndex, filters: Filters, kindCount: number): FacetCounts {
  const from = filters.from ?? -ONGOING;
  const to = filters.to ?? ONGOING;
  const hiddenType = Uint8Array.from(index.typeIds, (t) => (filters.hiddenTypes.has(t) ? 1 : 0));
  const hiddenStatus = Uint8Array.from(STATUSES, (s) => (filters.hiddenStatuses.has(s) ? 1 : 0));
  const allowed = actorAllowed(index, filters);
  const out = {
    typeShown: new Int32Array(index.typeIds.length),
    typeRemoved: new Int32Array(index.typeIds.length),
    kindRemoved: new Int32Array(kindCount),
    statusShown: new Int32Array(STATUSES.length),
    statusRemoved: new Int32Array(STATUSES.length),
    sourcesRemoved: 0,
    undatedRemoved: 0,
    reportedByRemoved: 0,
    actsOnlyRemoved: 0,
    modeShown: new Int32Array(MODES.length),
  };
  for (let i = 0; i < index.relationCount; i++) {
    const undated = index.undated[i] === 1;
    // an inverted range holds no day: no dated relation overlaps it
    if (!undated && (from > to || !inWindow(index, i, from, to))) continue;
    let fail = 0;
    if (hiddenType[index.type[i]]) fail |= TYPE;
    if (!allowed[index.source[i]] || !allowed[index.target[i]]) fail |= KIND;
    if (hiddenStatus[index.status[i]]) fail |= STATUS;
    if (filters.actsOnly && index.mode[i] !== 0) fail |= MODE;
    if (undated && !filters.includeUndated) fail |= UNDATED;
    // evidence: the sources filter and "reported by" interact, so each counts what lifting it alone would show
    const sourced = index.evidenceStart[i + 1] > index.evidenceStart[i];
    const known = sourcesKnownBy(index, i, filters.reportedBy);
    const unknownYet = sourced && filters.reportedBy !== null && known === 0;
    const tooFew = known < filters.minSources;
    if (unknownYet || tooFew) {
      if (fail === 0 && !unknownYet) out.sourcesRemoved++;
      if (fail === 0 && filters.reportedBy !== null && index.independentSources[i] >= filters.minSources)
        out.reportedByRemoved++;
      fail |= unknownYet ? REPORTED : SOURCES;
    }
    switch (fail) {
      case 0:
        out.typeShown[index.type[i]]++;
        out.statusShown[index.status[i]]++;
        out.modeShown[index.mode[i]]++;
        break;
      case TYPE:
        out.typeRemoved[index.type[i]]++;
        break;
      case KIND: {
        // counted against a kind when showing that kind alone would show the relation
        const ks = index.actorKind[index.source[i]];
        const kt = index.actorKind[index.target[i]];
        const sOk = allowed[index.source[i]];
        const tOk = allowed[index.target[i]];
        if (!sOk && (tOk || kt === ks)) out.kindRemoved[ks]++;
        else if (sOk && !tOk) out.kindRemoved[kt]++;
        break;
      }
      case STATUS:
        out.statusRemoved[index.status[i]]++;
        break;
      case UNDATED:
        out.undatedRemoved++;
        break;
      case MODE:
        out.actsOnlyRemoved++;
        break;
    }
  }
  return out;
}
