// One signed tie between two actors, opened on demand: its net sign, its
// cooperative and hostile parts, and every visible relation with its evidence.

import { useState } from 'react';
import type { SignedTies } from '../../model/signedTies';
import { tieSign } from '../../model/signedTies';
import { actorName, type LoadedDataset } from '../../state/loaded';
import { RelationItem } from '../details/RelationItem';
import { SIGN_NAMES } from '../palette';
import { amount, signedAmount } from './amounts';

/** "net +1.75 (cooperative): cooperative 2, hostile 0.25, 3 relations" */
export function describeTie(ties: SignedTies, t: number): string {
  const net = ties.positive[t] - ties.negative[t];
  const relations = ties.relationStart[t + 1] - ties.relationStart[t];
  return `net ${signedAmount(net)} (${SIGN_NAMES[tieSign(ties, t)]}): cooperative ${amount(ties.positive[t])}, hostile ${amount(ties.negative[t])}, ${relations} relation${relations === 1 ? '' : 's'}`;
}

export function pairName(loaded: LoadedDataset, ties: SignedTies, t: number): string {
  const ids = loaded.index.actorIds;
  return `${actorName(loaded, ids[ties.a[t]])} – ${actorName(loaded, ids[ties.b[t]])}`;
}

/** Relations listed when a tie is opened; a hub pair can have thousands (the table lists them all). */
const LISTED = 50;

/**
 * A tie as a disclosure: the summary says what it is; opening it lists the
 * relations and evidence, built only then, since a list holds many ties.
 */
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
  const [open, setOpen] = useState(false);
  const relations = loaded.valid.dataset.relations;
  const from = ties.relationStart[tie];
  const count = ties.relationStart[tie + 1] - from;
  return (
    <details className="tie" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary ?? `${pairName(loaded, ties, tie)}: ${describeTie(ties, tie)}`}</summary>
      {open && (
        <>
          <p className="tie-parts">{describeTie(ties, tie)}</p>
          <ul className="relation-list" aria-label={`Relations of ${pairName(loaded, ties, tie)}`}>
            {Array.from(ties.relations.subarray(from, from + Math.min(count, LISTED)), (i) => (
              <RelationItem key={i} loaded={loaded} relation={relations[i]} />
            ))}
          </ul>
          {count > LISTED && (
            <p className="hint">
              {count - LISTED} more relations between them: select their line or open the Table for all.
            </p>
          )}
        </>
      )}
    </details>
  );
}
