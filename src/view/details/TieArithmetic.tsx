// How a pair's signed tie adds up, relation by relation: the type's weight,
// times its independent sources, times the factor of its status (claimed,
// denied or disputed) and of its mode (not an act), as the analysis settings
// say, so a reader sees why a denied tie or an offer counts for little.

import { weightParts } from '../../model/signedTies';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { tieWeightsOf } from '../../state/tieWeights';
import { arithmeticLine } from './arithmeticLine';

export function TieArithmetic({ loaded, relations }: { loaded: LoadedDataset; relations: readonly number[] }) {
  const settings = useStore((s) => s.analysisSettings);
  const reportedBy = useStore((s) => s.reportedBy);
  const weights = tieWeightsOf(settings);
  const all = loaded.valid.dataset.relations;
  return (
    <details className="tie-arithmetic">
      <summary>How the tie adds up</summary>
      <ul data-testid="tie-arithmetic">
        {relations.map((i) => {
          const r = all[i];
          const label = loaded.valid.types.get(r.type)?.label ?? r.type;
          return (
            <li key={i}>
              {arithmeticLine(label, weightParts(r, loaded.valid.types, loaded.index, i, weights, reportedBy))}
            </li>
          );
        })}
      </ul>
      <p className="hint">
        Type weight (material 1, verbal 0.5; hostile negative) × independent supporting sources × the factor of a
        claimed ({settings.claimed}) or denied and disputed ({settings.contested}) relation × the factor of one that is
        not an act: an intention, offer, threat or conditional statement ({settings.unacted}), as set in Analysis.
      </p>
    </details>
  );
}
