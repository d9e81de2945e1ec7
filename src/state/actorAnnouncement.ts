// What the graph says, through its polite live region, about the actor the
// keyboard is on and the line reached from it: built from the open dataset and
// the filter engine's counts, so it says what is drawn now. "Nujaba, armed
// group, Iraq: 11 relations shown; backs Syrian gov., pledges support to Hamas,
// US designates as terrorist Nujaba, and 4 more lines." A line is an edge group
// (one type between one pair), in the Details panel's order: by the type table,
// then by the group's first relation shown.

import type { FilterEngine } from '../model/filterEngine';
import type { Actor } from '../model/types';
import { actorName, type LoadedDataset } from './loaded';
import { plural } from '../model/countText';

export const KIND_NAMES: Record<string, string> = {
  state: 'state',
  'state-institution': 'state institution',
  'armed-group': 'armed group',
  umbrella: 'umbrella of armed groups',
  alliance: 'alliance',
  political: 'political actor',
  person: 'person',
  organisation: 'organisation',
};

/** The engine's arrays the words are made from. */
export type EngineCounts = Pick<
  FilterEngine,
  'visible' | 'groupCounts' | 'groupDenied' | 'groupDisputed' | 'actorVisible'
>;

/** One line drawn at an actor: edge group `group`, to the actor `other` (itself for a loop). */
export interface ActorLine {
  readonly group: number;
  readonly other: string;
  /** the line's type is directed and the actor is its target: the other actor does it to this one */
  readonly incoming: boolean;
  /** its relations shown, and how many of those are denied or disputed */
  readonly shown: number;
  readonly contested: number;
}

/** Lines named in an actor's announcement; the rest are counted. */
export const LINES_NAMED = 8;

let regions: Intl.DisplayNames | null | undefined;

/** "Iraq" for IQ; the code itself where the runtime has no names for regions or does not know it. */
export function countryName(code: string): string {
  if (regions === undefined) {
    try {
      regions = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regions = null;
    }
  }
  try {
    return regions?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "armed group, Iraq" */
function whatAndWhere(actor: Actor): string {
  return [KIND_NAMES[actor.kind] ?? actor.kind, actor.country ? countryName(actor.country) : null]
    .filter(Boolean)
    .join(', ');
}

/** The lines shown at actor `id`, in the Details panel's order; empty for an actor not in the dataset. */
export function actorLines(loaded: LoadedDataset, engine: EngineCounts, id: string): ActorLine[] {
  const a = loaded.index.actorOrdinal.get(id);
  if (a === undefined) return [];
  const { actorRelationStart, actorRelations } = loaded.index;
  const { relations } = loaded.valid.dataset;
  const { groupOf, first } = loaded.grouping;
  const typeOrder = new Map([...loaded.valid.types.keys()].map((t, k) => [t, k]));
  const seen = new Set<number>();
  const lines: (ActorLine & { order: number; at: number })[] = [];
  for (let p = actorRelationStart[a]; p < actorRelationStart[a + 1]; p++) {
    const i = actorRelations[p];
    if (!engine.visible[i]) continue;
    const g = groupOf[i];
    if (seen.has(g)) continue;
    seen.add(g);
    const r = relations[first[g]];
    const other = r.source === id ? r.target : r.source;
    const o = loaded.index.actorOrdinal.get(other);
    if (o === undefined || !engine.actorVisible[o]) continue;
    lines.push({
      group: g,
      other,
      incoming: r.target === id && r.source !== id && loaded.valid.types.get(r.type)?.directed !== false,
      shown: engine.groupCounts[g],
      contested: engine.groupDenied[g] + engine.groupDisputed[g],
      order: typeOrder.get(r.type) ?? typeOrder.size,
      at: lines.length,
    });
  }
  lines.sort((x, y) => x.order - y.order || x.at - y.at);
  return lines.map(({ group, other, incoming, shown, contested }) => ({ group, other, incoming, shown, contested }));
}

function typeLabel(loaded: LoadedDataset, group: number): string {
  const type = loaded.valid.dataset.relations[loaded.grouping.first[group]].type;
  return loaded.valid.types.get(type)?.label ?? type;
}

/** The line from actor `id`'s side: "backs Syrian gov.", or "US backs Nujaba" for one done to it. */
function lineFromActor(loaded: LoadedDataset, id: string, line: ActorLine): string {
  const label = typeLabel(loaded, line.group);
  return line.incoming
    ? `${actorName(loaded, line.other)} ${label} ${actorName(loaded, id)}`
    : `${label} ${actorName(loaded, line.other)}`;
}

/**
 * What the graph says when the keyboard comes to actor `id`: who it is, the relations of
 * it shown, and its lines, the first LINES_NAMED named. `selected`: it is the selection.
 */
export function announceActor(loaded: LoadedDataset, engine: EngineCounts, id: string, selected = false): string {
  const actor = loaded.actorsById.get(id);
  const a = loaded.index.actorOrdinal.get(id);
  if (!actor || a === undefined) return `No actor “${id}” in this dataset.`;
  const who = `${actorName(loaded, id)}, ${whatAndWhere(actor)}${selected ? ', selected' : ''}`;
  if (!engine.actorVisible[a]) return `${who}: not shown in this view.`;
  const lines = actorLines(loaded, engine, id);
  // each line's relations once (the engine's degree counts a self-loop at both its ends)
  const shown = lines.reduce((n, l) => n + l.shown, 0);
  const counted = `${who}: ${plural(shown, 'relation')} shown`;
  if (lines.length === 0) return `${counted}.`;
  const named = lines.slice(0, LINES_NAMED).map((l) => lineFromActor(loaded, id, l));
  const more = lines.length - named.length;
  return `${counted}; ${named.join(', ')}${more > 0 ? `, and ${plural(more, 'more line')}` : ''}.`;
}

/**
 * What the graph says when the keyboard reaches line `k` of the `count` lines of actor `id`:
 * "Line 2 of 6: Nujaba backs Syrian gov., 3 relations shown, 1 denied or disputed. Space goes to Syrian gov.; Enter opens it."
 */
export function announceLine(loaded: LoadedDataset, id: string, line: ActorLine, k: number, count: number): string {
  const label = typeLabel(loaded, line.group);
  const [from, to] = line.incoming ? [line.other, id] : [id, line.other];
  const contested = line.contested > 0 ? `, ${line.contested} denied or disputed` : '';
  return (
    `Line ${k + 1} of ${count}: ${actorName(loaded, from)} ${label} ${actorName(loaded, to)}, ` +
    `${plural(line.shown, 'relation')} shown${contested}. Space goes to ${actorName(loaded, line.other)}; Enter opens it.`
  );
}
