import { useId } from 'react';
import { describeWhen } from '../../model/dateText';
import type { Relation } from '../../model/types';
import { DEFAULT_STATUS } from '../../model/types';
import { actorName, type LoadedDataset } from '../../state/loaded';
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

/**
 * One relation with its dates, status, place and every evidence item. In the Details panel
 * (`heading` given) its head is a heading of that level, and the item takes the keyboard:
 * it is named by its head, `tabbable` makes it the panel's one tab stop among relations
 * (a roving tabindex, Details.tsx), and its evidence items take focus from the arrows.
 */
export function RelationItem({
  loaded,
  relation,
  index,
  heading,
  tabbable = false,
}: {
  loaded: LoadedDataset;
  relation: Relation;
  /** the relation's index in the dataset, for the Details panel's keys */
  index?: number;
  heading?: 3 | 4;
  tabbable?: boolean;
}) {
  const id = useId();
  const type = loaded.valid.types.get(relation.type);
  const evidence = relation.evidence ?? [];
  const Head = heading === 3 ? 'h3' : heading === 4 ? 'h4' : 'p';
  const keyed = heading !== undefined;
  return (
    <li
      className="relation"
      data-relation={keyed ? index : undefined}
      tabIndex={keyed ? (tabbable ? 0 : -1) : undefined}
      aria-labelledby={keyed ? `${id}-head` : undefined}
      aria-describedby={keyed && evidence.length > 0 ? `${id}-summary` : undefined}
    >
      <Head className="relation-head" id={`${id}-head`}>
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
      </Head>
      {relation.note && <p className="note">Note: {relation.note}</p>}
      {evidence.length > 0 && (
        <p className="evidence-summary" id={`${id}-summary`}>
          {evidenceSummary(evidence, loaded.sourcesById, sourceGroups(loaded))}
        </p>
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
              focusable={keyed}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
