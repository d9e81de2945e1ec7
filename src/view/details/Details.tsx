// The Details region: the selected actor (who it is, and its relations grouped
// by type) or the selected edge (the relations of its group), with evidence.

import { useRef } from 'react';
import { groupMembers } from '../../model/groups';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { useEngineStep } from '../useStep';
import { pairTie, weightsFor } from '../../state/tieWeights';
import { describeTie } from '../analysis/TieRelations';
import { actorName, RelationItem } from './RelationItem';
import { TieArithmetic } from './TieArithmetic';

const KIND_NAMES: Record<string, string> = {
  state: 'state',
  'state-institution': 'state institution',
  'armed-group': 'armed group',
  umbrella: 'umbrella of armed groups',
  alliance: 'alliance',
  political: 'political actor',
  person: 'person',
  organisation: 'organisation',
};

/** Relations listed for one actor; the rest are counted (the table lists them all). */
const MAX_LISTED = 200;

export function Details({ loaded }: { loaded: LoadedDataset }) {
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const { engine } = useEngineStep();
  // the pair's signed tie weighs claims as the analysis settings say, and evidence known by "reported by"
  const settings = useStore((s) => s.analysisSettings);
  const reportedBy = useStore((s) => s.reportedBy);
  const region = useRef<HTMLElement>(null);
  const relations = loaded.valid.dataset.relations;
  const visible = engine?.visible ?? new Uint8Array(relations.length);
  // choosing an actor from an edge's details replaces the panel: keep focus in it
  const selectActor = (id: string) => {
    select({ kind: 'actor', id });
    requestAnimationFrame(() => region.current?.focus());
  };

  let body;
  if (!selection) {
    body = <p className="hint">Select an actor or a line in the graph, search for an actor, or open the table.</p>;
  } else if (selection.kind === 'actor') {
    const actor = loaded.actorsById.get(selection.id);
    if (!actor) body = <p>No actor “{selection.id}” in this dataset.</p>;
    else {
      // visible relations of the actor, grouped by type in the type table's order, up to MAX_LISTED
      const byType = new Map<string, number[]>();
      for (const t of loaded.valid.types.keys()) byType.set(t, []);
      const { actorRelationStart, actorRelations } = loaded.index;
      const a = loaded.index.actorOrdinal.get(actor.id) ?? 0;
      let hidden = 0;
      let listed = 0;
      let unlisted = 0;
      for (let p = actorRelationStart[a]; p < actorRelationStart[a + 1]; p++) {
        const i = actorRelations[p];
        if (!visible[i]) hidden++;
        else if (listed < MAX_LISTED) {
          byType.get(relations[i].type)?.push(i);
          listed++;
        } else unlisted++;
      }
      body = (
        <>
          <h2>{actor.label}</h2>
          <p className="actor-meta">
            {actor.short && actor.short !== actor.label && <span>{actor.short} · </span>}
            {KIND_NAMES[actor.kind]}
            {actor.country && <span> · {actor.country}</span>}
          </p>
          {actor.aliases && actor.aliases.length > 0 && <p className="aliases">Also: {actor.aliases.join(', ')}</p>}
          {actor.description && <p>{actor.description}</p>}
          {[...byType]
            .filter(([, list]) => list.length > 0)
            .map(([type, list]) => (
              <section key={type} className="type-group">
                <h3>
                  {loaded.valid.types.get(type)?.label ?? type} ({list.length})
                </h3>
                <ul className="relation-list">
                  {list.map((i) => (
                    <RelationItem key={i} loaded={loaded} relation={relations[i]} />
                  ))}
                </ul>
              </section>
            ))}
          {unlisted > 0 && (
            <p className="hint">
              {unlisted} more relation{unlisted === 1 ? '' : 's'} shown in the graph: the Table lists them all.
            </p>
          )}
          {hidden > 0 && (
            <p className="hint">
              {hidden} more relation{hidden === 1 ? ' is' : 's are'} hidden by the current view.
            </p>
          )}
        </>
      );
    }
  } else {
    const gi = loaded.groupByKey.get(selection.key);
    const group = gi === undefined ? undefined : relations[loaded.grouping.first[gi]];
    if (gi === undefined || !group) body = <p>This edge is not in the dataset.</p>;
    else {
      const list = [...groupMembers(loaded.grouping, gi)].filter((i) => visible[i]);
      const type = loaded.valid.types.get(group.type);
      const contested = list.filter((i) => relations[i].status === 'denied' || relations[i].status === 'disputed');
      const tie = pairTie(weightsFor(loaded, settings, reportedBy), loaded, visible, group.source, group.target);
      body = (
        <>
          <h2>
            {actorName(loaded, group.source)} {type?.label ?? group.type} {actorName(loaded, group.target)}
          </h2>
          <p className="actor-meta">
            {list.length} relation{list.length === 1 ? '' : 's'}
            {contested.length > 0 && <span> · {contested.length} denied or disputed</span>}
          </p>
          <p>
            <button type="button" className="link-button" onClick={() => selectActor(group.source)}>
              {actorName(loaded, group.source)}
            </button>{' '}
            ·{' '}
            <button type="button" className="link-button" onClick={() => selectActor(group.target)}>
              {actorName(loaded, group.target)}
            </button>
          </p>
          <ul className="relation-list">
            {list.map((i) => (
              <RelationItem key={i} loaded={loaded} relation={relations[i]} />
            ))}
          </ul>
          {tie && (
            <p className="tie-summary" data-testid="pair-tie">
              Signed tie between {actorName(loaded, group.source)} and {actorName(loaded, group.target)}, all types
              shown: {describeTie(tie, 0)}.
            </p>
          )}
          {tie && <TieArithmetic loaded={loaded} relations={[...tie.relations]} />}
        </>
      );
    }
  }

  return (
    <section className="details" role="region" aria-label="Details" ref={region} tabIndex={-1}>
      {body}
    </section>
  );
}
