// The view in a few sentences, for a screen reader and for a briefing ("Copy
// summary"): the caption's words (dates, what narrows the picture, analysis
// marks, counts), then the largest blocs when the analysis has them, else the
// selected actor's ties by type, or the selected line's relations.

import { tieNet } from '../model/signedTies';
import type { FilterEngine } from '../model/filterEngine';
import { actorName, type LoadedDataset } from './loaded';
import type { Store } from './store';
import { summariseView } from './viewSummary';
import { countText, plural } from '../model/countText';

/** Names listed per bloc or per type; the count says how many there are in all. */
const NAMES_LISTED = 6;
/** Relation types listed for the selected actor, the most frequent first. */
const TYPES_LISTED = 6;

/** "Iran, Nujaba, Russia and 4 more" */
function someNames(names: string[]): string {
  const shown = names.slice(0, NAMES_LISTED);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${countText(more)} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** "Blocs: A (5): HTS, SNA, Turkey, …; B (4): …", largest first. */
function blocSentence(loaded: LoadedDataset, engine: FilterEngine, s: Store): string | null {
  const answer = s.analysisOpen ? s.analysis : null;
  if (!answer) return null;
  const { bloc } = answer.analysis.blocs;
  const members = new Map<number, string[]>();
  for (let a = 0; a < bloc.length; a++) {
    if (bloc[a] < 0 || !engine.actorVisible[a]) continue;
    const list = members.get(bloc[a]) ?? [];
    list.push(actorName(loaded, loaded.index.actorIds[a]));
    members.set(bloc[a], list);
  }
  if (members.size === 0) return null;
  const parts = [...members]
    .sort((x, y) => y[1].length - x[1].length || x[0] - y[0])
    .map(([b, names]) => `${String.fromCharCode(65 + b)} (${countText(names.length)}): ${someNames(names.sort())}`);
  let contradicting = 0;
  const { ties } = answer;
  for (let t = 0; t < ties.count; t++) {
    const same = bloc[ties.a[t]] === bloc[ties.b[t]];
    const net = tieNet(ties, t);
    if ((same && net < 0) || (!same && net > 0)) contradicting++;
  }
  return `Blocs, largest first: ${parts.join('; ')}. ${countText(contradicting)} of ${countText(ties.count)} ties contradict the split.`;
}

/** "Selected: Nujaba (armed group, IQ), 11 relations shown: backs Syrian gov. and Iran; …" */
function actorSentence(loaded: LoadedDataset, engine: FilterEngine, id: string): string | null {
  const { index } = loaded;
  const a = index.actorOrdinal.get(id);
  const actor = loaded.actorsById.get(id);
  if (a === undefined || !actor) return null;
  const relations = loaded.valid.dataset.relations;
  const byType = new Map<string, Set<string>>();
  let shown = 0;
  for (let p = index.actorRelationStart[a]; p < index.actorRelationStart[a + 1]; p++) {
    const i = index.actorRelations[p];
    if (!engine.visible[i]) continue;
    shown++;
    const r = relations[i];
    const type = loaded.valid.types.get(r.type);
    const outgoing = r.source === id;
    // a directed type read from the other end: "backed by", "accused by"
    const label = `${type?.label ?? r.type}${!outgoing && type?.directed ? ' (by)' : ''}`;
    const set = byType.get(label) ?? new Set<string>();
    set.add(actorName(loaded, outgoing ? r.target : r.source));
    byType.set(label, set);
  }
  const kind = actor.kind.replace('-', ' ');
  const head = `Selected: ${actor.label} (${actor.country ? `${kind}, ${actor.country}` : kind}), ${plural(shown, 'relation')} shown`;
  if (shown === 0) return `${head}.`;
  const types = [...byType]
    .sort((x, y) => y[1].size - x[1].size || x[0].localeCompare(y[0]))
    .slice(0, TYPES_LISTED)
    .map(([label, names]) => `${label} ${someNames([...names].sort())}`);
  const more = byType.size - types.length;
  return `${head}: ${types.join('; ')}${more > 0 ? `; ${more} more types` : ''}.`;
}

/** The whole summary: one paragraph per sentence group, plain text. */
export function summaryText(loaded: LoadedDataset, engine: FilterEngine, s: Store): string {
  const summary = summariseView(loaded, engine, s);
  const lines = [
    `${loaded.valid.dataset.meta.title}: ${[summary.range, ...summary.narrowing, ...summary.marks, summary.counts].join(' · ')}.`,
  ];
  const blocs = blocSentence(loaded, engine, s);
  if (blocs) lines.push(blocs);
  const selection = s.selection;
  if (selection?.kind === 'actor') {
    const sentence = actorSentence(loaded, engine, selection.id);
    if (sentence) lines.push(sentence);
  } else if (selection?.kind === 'edge') {
    const group = loaded.groupByKey.get(selection.key);
    if (group !== undefined && engine.groupCounts[group] > 0) {
      const first = loaded.valid.dataset.relations[loaded.grouping.first[group]];
      const n = engine.groupCounts[group];
      lines.push(
        `Selected line: ${actorName(loaded, first.source)} – ${actorName(loaded, first.target)}, ${plural(n, 'relation')} shown.`,
      );
    }
  }
  return lines.join('\n');
}
