// "How is X connected to Y?": the shortest chains over what is shown, or over
// cooperative ties only (a chain of support); each hop opens its relations and
// evidence, and the graph picks the chains out while the panel is open.

import { memo, useMemo } from 'react';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { actorName } from '../details/RelationItem';
import { TieRelations } from './TieRelations';

export const PathSection = memo(function PathSection({ loaded }: { loaded: LoadedDataset }) {
  const query = useStore((s) => s.pathQuery);
  const answer = useStore((s) => s.path);
  const error = useStore((s) => s.pathError);
  const setQuery = useStore((s) => s.setPathQuery);
  const actors = useMemo(
    () =>
      loaded.valid.dataset.actors
        .map((a) => ({ id: a.id, name: a.short && a.short !== a.label ? `${a.label} (${a.short})` : a.label }))
        .sort((x, y) => x.name.localeCompare(y.name)),
    [loaded],
  );
  const picker = (label: string, value: string | null, onChange: (id: string | null) => void) => (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">(choose an actor)</option>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
  const current = answer && answer.query === query ? answer : null;
  const found = current?.paths;
  const name = (a: number) => actorName(loaded, loaded.index.actorIds[a]);
  return (
    <section aria-label="Paths" className="analysis-section">
      <h3>How is one actor connected to another?</h3>
      <div className="analysis-settings">
        {picker('Path from', query.from, (from) => setQuery({ from }))}
        {picker('Path to', query.to, (to) => setQuery({ to }))}
        <label>
          <input
            type="checkbox"
            checked={query.cooperativeOnly}
            onChange={(e) => setQuery({ cooperativeOnly: e.target.checked })}
          />{' '}
          Cooperative ties only (chain of support)
        </label>
      </div>
      {query.from && query.to && !current && !error && <p>Looking for paths…</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {found && found.length < 0 && (
        <p role="status">
          No path between them over {query.cooperativeOnly ? 'cooperative ties' : 'the relations'} shown now.
        </p>
      )}
      {found && found.length === 0 && <p role="status">Both ends are the same actor.</p>}
      {current && found && found.length > 0 && (
        <>
          <p role="status">
            {found.length} hop{found.length === 1 ? '' : 's'}; {found.paths.length}
            {found.more ? '+' : ''} shortest path{found.paths.length === 1 ? '' : 's'}, drawn dark in the graph.
          </p>
          <ol className="path-list" aria-label="Shortest paths">
            {found.paths.map((p) => (
              <li key={p.actors.join('-')}>
                <p>{p.actors.map(name).join(' → ')}</p>
                <ul>
                  {p.ties.map((t, hop) => (
                    <li key={t}>
                      <TieRelations
                        loaded={loaded}
                        ties={current.ties}
                        tie={t}
                        summary={`${name(p.actors[hop])} → ${name(p.actors[hop + 1])}`}
                      />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
});
