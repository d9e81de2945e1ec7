// The Details region: the selected actor (who it is, and its relations grouped
// by type) or the selected edge (the relations of its group), with evidence.
// It reads in order under headings (h2 the selection, h3 a type or a relation,
// h4 a relation under its type). The relations are one tab stop (a roving
// tabindex): ↑ ↓ Home End move between them, → or Enter into a relation's
// evidence, ↑ ↓ between its items, ← or Escape back (detailsKeys.ts). A new
// selection is scrolled into view in the side panel, and when it came from the
// keyboard (search, the graph, the analysis, these details) the keyboard goes
// to its heading.

import { useEffect, useRef, useState, type KeyboardEvent, type FocusEvent } from 'react';
import { groupMembers } from '../../model/groups';
import { actorName, type LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { useEngineStep } from '../useStep';
import { pairTie, weightsFor } from '../../state/tieWeights';
import { describeTie } from '../analysis/TieRelations';
import { RelationItem } from './RelationItem';
import { TieArithmetic } from './TieArithmetic';
import { KIND_NAMES } from '../../state/actorAnnouncement';
import { bringIntoView, detailsKey, useKeyboardOrigin } from './detailsKeys';

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
  const heading = useRef<HTMLHeadingElement>(null);
  const fromKeyboard = useKeyboardOrigin();
  // the relation that holds the tab stop, for this selection (another selection starts at its first)
  const [roving, setRoving] = useState<{ selection: typeof selection; index: number } | null>(null);
  const current = roving?.selection === selection ? roving.index : null;
  // choosing an actor from an edge's details replaces the panel (the button goes): keep focus in it
  const focusHeading = useRef(false);
  const relations = loaded.valid.dataset.relations;
  const visible = engine?.visible ?? new Uint8Array(relations.length);
  const selectActor = (id: string) => {
    focusHeading.current = true;
    select({ kind: 'actor', id });
  };

  // a new selection: its details come into view, and the keyboard goes to them when it chose it
  const shown = useRef(selection);
  useEffect(() => {
    if (shown.current === selection) return;
    shown.current = selection;
    const el = region.current;
    if (!el) return;
    const keyboard = fromKeyboard(el);
    if (selection) {
      // not while the keyboard works in the Briefing (showing a story's step selects): it would lose its place
      if (!document.activeElement?.closest('.briefing-section')) bringIntoView(el);
      if (focusHeading.current || keyboard) heading.current?.focus({ preventScroll: true });
    } else if (keyboard && document.activeElement === document.body) el.focus({ preventScroll: true });
    focusHeading.current = false;
  }, [selection, fromKeyboard]);

  // the relations are one tab stop: the one last visited, else the first listed
  const stopAmong = (order: readonly number[]) => (current !== null && order.includes(current) ? current : order[0]);
  const item = (i: number, level: 3 | 4, stop: number | undefined) => (
    <RelationItem key={i} loaded={loaded} relation={relations[i]} index={i} heading={level} tabbable={i === stop} />
  );

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
      const stop = stopAmong([...byType.values()].flat());
      body = (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {actor.label}
          </h2>
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
                <ul className="relation-list">{list.map((i) => item(i, 4, stop))}</ul>
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
      const stop = stopAmong(list);
      const type = loaded.valid.types.get(group.type);
      const contested = list.filter((i) => relations[i].status === 'denied' || relations[i].status === 'disputed');
      const tie = pairTie(weightsFor(loaded, settings, reportedBy), loaded, visible, group.source, group.target);
      body = (
        <>
          <h2 ref={heading} tabIndex={-1}>
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
          <ul className="relation-list" aria-label="Relations">
            {list.map((i) => item(i, 3, stop))}
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

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[data-relation]');
    if (item) setRoving({ selection, index: Number(item.dataset.relation) });
  };
  return (
    <section
      className="details"
      role="region"
      aria-label="Details"
      ref={region}
      tabIndex={-1}
      onFocus={onFocus}
      onKeyDown={(e: KeyboardEvent<HTMLElement>) => detailsKey(e)}
    >
      {body}
    </section>
  );
}
