// Blocs and balance: the camps that best explain the visible ties, how much of
// the picture contradicts them (frustration), the contradicting ties and the
// unbalanced triads, heaviest first, and the communities of cooperation.

import { memo } from 'react';
import type { Analysis } from '../../model/analysis';
import { tieNet, type SignedTies } from '../../model/signedTies';
import { actorName, type LoadedDataset } from '../../state/loaded';
import { BLOC_COLOURS, COMMUNITY_COLOURS } from '../palette';
import { amount } from './amounts';
import { blocName, communityName } from './blocNames';
import { pairName, TieRelations } from './TieRelations';

/** Items listed per list; the counts say how many there are in all. */
const LISTED = 25;

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '0%';
}

/** Actor names of each group (bloc or community), largest first, names sorted. */
function members(loaded: LoadedDataset, of: ArrayLike<number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let a = 0; a < of.length; a++) {
    if (of[a] < 0) continue;
    const list = out.get(of[a]) ?? [];
    list.push(actorName(loaded, loaded.index.actorIds[a]));
    out.set(of[a], list);
  }
  for (const list of out.values()) list.sort((x, y) => x.localeCompare(y));
  return out;
}

export const BlocsSection = memo(function BlocsSection({
  loaded,
  ties,
  analysis,
}: {
  loaded: LoadedDataset;
  ties: SignedTies;
  analysis: Analysis;
}) {
  const { blocs, triads, communities } = analysis;
  const byBloc = members(loaded, blocs.bloc);
  const byCommunity = [...members(loaded, communities.community)].sort((x, y) => y[1].length - x[1].length);
  const why = (t: number) => {
    const a = blocs.bloc[ties.a[t]];
    const b = blocs.bloc[ties.b[t]];
    return tieNet(ties, t) > 0
      ? `cooperative across blocs ${blocName(a)} and ${blocName(b)}`
      : `hostile within bloc ${blocName(a)}`;
  };
  return (
    <section aria-label="Blocs and balance" className="analysis-section">
      <h3>Blocs and balance</h3>
      <p className="frustration" data-testid="frustration">
        {blocs.k} blocs: frustration {amount(blocs.weight)} of {amount(blocs.totalWeight)} ({blocs.count} of{' '}
        {blocs.totalCount} signed ties contradict the split; {percent(blocs.weight, blocs.totalWeight)} of the weight)
      </p>
      <ul className="bloc-list" aria-label="Blocs">
        {Array.from({ length: blocs.k }, (_, b) => (
          <li key={b}>
            <span className="swatch node" style={{ background: BLOC_COLOURS[b] }} aria-hidden="true" />
            <strong>Bloc {blocName(b)}</strong> ({byBloc.get(b)?.length ?? 0}): {(byBloc.get(b) ?? []).join(', ')}
          </li>
        ))}
      </ul>
      <details>
        <summary>
          Frustrated ties: {blocs.count}
          {blocs.count > LISTED ? ` (heaviest ${LISTED})` : ''}
        </summary>
        <ol className="tie-list" aria-label="Frustrated ties">
          {Array.from(blocs.ties.subarray(0, LISTED), (t) => (
            <li key={t}>
              <TieRelations
                loaded={loaded}
                ties={ties}
                tie={t}
                summary={`${pairName(loaded, ties, t)}: ${why(t)}, weight ${amount(Math.abs(tieNet(ties, t)))}`}
              />
            </li>
          ))}
        </ol>
      </details>
      <details>
        <summary>
          Unbalanced triads: {triads.count} of {triads.triangles} triangles
          {triads.count > LISTED ? ` (heaviest ${LISTED})` : ''}
        </summary>
        <ol className="triad-list" aria-label="Unbalanced triads">
          {triads.top.slice(0, LISTED).map((triad) => (
            <li key={triad.actors.join('-')}>
              <p>
                {triad.actors.map((a) => actorName(loaded, loaded.index.actorIds[a])).join(', ')}:{' '}
                {triad.hostile === 1 ? 'one hostile tie between two friends of a third' : 'three hostile ties'}, weight{' '}
                {amount(triad.weight)}
              </p>
              <ul>
                {triad.ties.map((t) => (
                  <li key={t}>
                    <TieRelations loaded={loaded} ties={ties} tie={t} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </details>
      <details>
        <summary>
          Communities of cooperation (Louvain): {communities.count}, modularity {communities.modularity.toFixed(2)}
        </summary>
        <ul className="bloc-list" aria-label="Communities">
          {byCommunity.map(([c, names]) => (
            <li key={c}>
              <span
                className="swatch node"
                style={{ background: COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length] }}
                aria-hidden="true"
              />
              <strong>{communityName(c)}</strong> ({names.length}): {names.join(', ')}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
});
