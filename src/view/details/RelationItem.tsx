import { describeWhen } from '../../model/dateText';
import type { Relation } from '../../model/types';
import { DEFAULT_STATUS } from '../../model/types';
import type { LoadedDataset } from '../../state/loaded';
import { evidenceSummary } from '../../model/evidenceSummary';
import { independentSourceGroups } from '../../model/sources';
import { EvidenceItem } from './EvidenceItem';

/** Each dataset's independence groups, computed once when a relation's details first show. */
const groupsOf = new WeakMap<LoadedDataset, Map<string, number>>();

function sourceGroups(loaded: LoadedDataset): Map<string, number> {
  let groups = groupsOf.get(loaded);
  if (!groups) {
    groups = independentSourceGroups(loaded.valid.dataset.sources);
    groupsOf.set(loaded, groups);
  }
  return groups;
}

export function actorName(loaded: LoadedDataset, id: string): string {
  const a = loaded.actorsById.get(id);
  return a ? (a.short ?? a.label) : id;
}

/** One relation with its dates, status, place and every evidence item. */
export function RelationItem({ loaded, relation }: { loaded: LoadedDataset; relation: Relation }) {
  const type = loaded.valid.types.get(relation.type);
  const evidence = relation.evidence ?? [];
  return (
    <li className="relation">
      <p className="relation-head">
        <strong>
          {actorName(loaded, relation.source)} {type?.label ?? relation.type} {actorName(loaded, relation.target)}
        </strong>
        <span className="when"> · {describeWhen(relation.start, relation.end, relation.once)}</span>
        {relation.mode && relation.mode !== 'act' && <span className="mode"> · {relation.mode}, not an act</span>}
        <span className={`status status-${relation.status ?? DEFAULT_STATUS}`}>
          {' '}
          · {relation.status ?? DEFAULT_STATUS}
        </span>
        {relation.location && <span className="where"> · {relation.location}</span>}
      </p>
      {relation.note && <p className="note">Note: {relation.note}</p>}
      {evidence.length > 0 && (
        <p className="evidence-summary">{evidenceSummary(evidence, loaded.sourcesById, sourceGroups(loaded))}</p>
      )}
      {evidence.length === 0 ? (
        <p className="unsourced">Unsourced: no evidence given.</p>
      ) : (
        <ul className="evidence-list" aria-label="Evidence">
          {evidence.map((e, i) => (
            <EvidenceItem
              key={i}
              evidence={e}
              source={loaded.sourcesById.get(e.source)}
              by={e.by ? loaded.actorsById.get(e.by) : undefined}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
