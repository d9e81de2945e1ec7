// One signed tie between two actors, opened on demand: its net sign, its
// cooperative and hostile parts, and every visible relation with its evidence.

import type { SignedTies } from '../../model/signedTies';
import { tieSign } from '../../model/signedTies';
import type { LoadedDataset } from '../../state/loaded';
import { actorName, RelationItem } from '../details/RelationItem';

const SIGN_WORDS = { 1: 'cooperative', [-1]: 'hostile', 0: 'neutral' } as const;

function amount(w: number): string {
  return Number(w.toFixed(2)).toString();
}

/** "net +1.75 (cooperative): cooperative 2, hostile 0.25, 3 relations" */
export function describeTie(ties: SignedTies, t: number): string {
  const net = ties.positive[t] - ties.negative[t];
  const relations = ties.relationStart[t + 1] - ties.relationStart[t];
  const signed = net > 0 ? `+${amount(net)}` : amount(net);
  return `net ${signed} (${SIGN_WORDS[tieSign(ties, t)]}): cooperative ${amount(ties.positive[t])}, hostile ${amount(ties.negative[t])}, ${relations} relation${relations === 1 ? '' : 's'}`;
}

export function pairName(loaded: LoadedDataset, ties: SignedTies, t: number): string {
  const ids = loaded.index.actorIds;
  return `${actorName(loaded, ids[ties.a[t]])} – ${actorName(loaded, ids[ties.b[t]])}`;
}

/** A tie as a disclosure: the summary says what it is, opening it lists the relations and evidence. */
export function TieRelations({
  loaded,
  ties,
  tie,
  summary,
}: {
  loaded: LoadedDataset;
  ties: SignedTies;
  tie: number;
  summary?: string;
}) {
  const relations = loaded.valid.dataset.relations;
  const list = Array.from(ties.relations.subarray(ties.relationStart[tie], ties.relationStart[tie + 1]));
  return (
    <details className="tie">
      <summary>{summary ?? `${pairName(loaded, ties, tie)}: ${describeTie(ties, tie)}`}</summary>
      <p className="tie-parts">{describeTie(ties, tie)}</p>
      <ul className="relation-list" aria-label={`Relations of ${pairName(loaded, ties, tie)}`}>
        {list.map((i) => (
          <RelationItem key={i} loaded={loaded} relation={relations[i]} />
        ))}
      </ul>
    </details>
  );
}
