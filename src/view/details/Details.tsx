// The Details region: the selected actor (who it is, and its relations grouped
// by type) or the selected edge (the relations of its group), with evidence.

import { groupMembers } from '../../model/groups';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { useEngineStep } from '../useStep';
import { actorName, RelationItem } from './RelationItem';

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

export function Details({ loaded }: { loaded: LoadedDataset }) {
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const { engine } = useEngineStep();
  const relations = loaded.valid.dataset.relations;
  const visible = engine?.visible ?? new Uint8Array(relations.length);

  let body;
  if (!selection) {
    body = <p className="hint">Select an actor or a line in the graph, search for an actor, or open the table.</p>;
  } else if (selection.kind === 'actor') {
    const actor = loaded.actorsById.get(selection.id);
    if (!actor) body = <p>No actor “{selection.id}” in this dataset.</p>;
    else {
      // visible relations of the actor, grouped by type in the type table's order
      const byType = new Map<string, number[]>();
      for (const t of loaded.valid.types.keys()) byType.set(t, []);
      relations.forEach((r, i) => {
        if (visible[i] && (r.source === actor.id || r.target === actor.id)) byType.get(r.type)?.push(i);
      });
      const hidden = relations.filter((r, i) => !visible[i] && (r.source === actor.id || r.target === actor.id)).length;
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
            <button type="button" className="link-button" onClick={() => select({ kind: 'actor', id: group.source })}>
              {actorName(loaded, group.source)}
            </button>{' '}
            ·{' '}
            <button type="button" className="link-button" onClick={() => select({ kind: 'actor', id: group.target })}>
              {actorName(loaded, group.target)}
            </button>
          </p>
          <ul className="relation-list">
            {list.map((i) => (
              <RelationItem key={i} loaded={loaded} relation={relations[i]} />
            ))}
          </ul>
        </>
      );
    }
  }

  return (
    <section className="details" role="region" aria-label="Details">
      {body}
    </section>
  );
}
