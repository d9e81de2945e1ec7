// "How is X connected to Y?": the shortest chains over what is shown, or over
// cooperative ties only (a chain of support); each hop opens its relations and
// evidence, and the graph picks the chains out while the panel is open.

import { memo, useMemo } from 'react';
import type { SignedTies } from '../../model/signedTies';
import { actorName, type LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
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
            {found.more ? '+' : ''} shortest path{found.paths.length === 1 ? '' : 's'}, drawn thick in the graph.
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
                        summary={hopSummary(loaded, current.ties, t, p.actors[hop])}
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

/**
 * A hop named by its relations in their own direction ("IRI fights HTS"), not by
 * the walk's: the path may run against a relation. The commonest first; the
 * walk's first actor leads where a relation has no direction.
 */
export function hopSummary(loaded: LoadedDataset, ties: SignedTies, tie: number, from: number): string {
  const { relations } = loaded.valid.dataset;
  const counts = new Map<string, number>();
  for (let k = ties.relationStart[tie]; k < ties.relationStart[tie + 1]; k++) {
    const r = relations[ties.relations[k]];
    const type = loaded.valid.types.get(r.type);
    const [a, b] =
      type && !type.directed && r.target === loaded.index.actorIds[from] ? [r.target, r.source] : [r.source, r.target];
    const text = `${actorName(loaded, a)} ${type?.label ?? r.type} ${actorName(loaded, b)}`;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const texts = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([t]) => t);
  const rest = texts.length - 2;
  return texts.slice(0, 2).join('; ') + (rest > 0 ? `; ${rest} more` : '');
}
