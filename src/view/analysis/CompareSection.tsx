// What changed between two periods A and B, the other filters alike: relations
// that appeared and disappeared, pairs whose net sign flipped, and who changed
// camp; shown as text here and, on demand, drawn in the graph.

import { memo, useState, type FormEvent } from 'react';
import { formatDayRange, parseDayRange } from '../../model/dayRangeText';
import { actorName, type LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { RelationItem } from '../details/RelationItem';
import { signedAmount } from './amounts';
import { blocName } from './blocNames';

const LISTED = 50;

/** A list of relations as a disclosure, built only when opened. */
function RelationList({ loaded, label, list }: { loaded: LoadedDataset; label: string; list: Int32Array }) {
  const [open, setOpen] = useState(false);
  const relations = loaded.valid.dataset.relations;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {label}: {list.length}
        {list.length > LISTED ? ` (first ${LISTED})` : ''}
      </summary>
      {open && (
        <ul className="relation-list" aria-label={label}>
          {Array.from(list.subarray(0, LISTED), (i) => (
            <RelationItem key={i} loaded={loaded} relation={relations[i]} />
          ))}
        </ul>
      )}
    </details>
  );
}

export const CompareSection = memo(function CompareSection({ loaded }: { loaded: LoadedDataset }) {
  const query = useStore((s) => s.compareQuery);
  const comparison = useStore((s) => s.comparison);
  const compareError = useStore((s) => s.compareError);
  const diffShown = useStore((s) => s.diffShown);
  const setQuery = useStore((s) => s.setCompareQuery);
  const setDiffShown = useStore((s) => s.setDiffShown);
  const [textA, setTextA] = useState(query ? formatDayRange(query.a) : '');
  const [textB, setTextB] = useState(query ? formatDayRange(query.b) : '');
  const [error, setError] = useState<string | null>(null);
  const name = (a: number) => actorName(loaded, loaded.index.actorIds[a]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const a = parseDayRange(textA);
    const b = parseDayRange(textB);
    if (!a.ok || !b.ok) {
      setError(!a.ok ? `Period A: ${a.message}` : `Period B: ${(b as { message: string }).message}`);
      return;
    }
    setError(null);
    setQuery({ a: a.range, b: b.range });
  };
  const current = comparison && comparison.query === query ? comparison : null;
  return (
    <section aria-label="What changed" className="analysis-section">
      <h3>What changed</h3>
      <form className="analysis-settings" onSubmit={submit}>
        <label>
          Period A{' '}
          <input
            value={textA}
            onChange={(e) => setTextA(e.target.value)}
            placeholder="2016, or 2016 to 2018"
            size={16}
          />
        </label>
        <label>
          Period B <input value={textB} onChange={(e) => setTextB(e.target.value)} placeholder="2024-12-01" size={16} />
        </label>
        <button type="submit">Compare</button>
        {query && (
          <button type="button" onClick={() => setQuery(null)}>
            Clear comparison
          </button>
        )}
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {compareError && (
        <p role="alert" className="error">
          {compareError}
        </p>
      )}
      {query && !current && !compareError && <p>Comparing…</p>}
      {current && (
        <div aria-label="Comparison" role="group">
          <p role="status">
            From {formatDayRange(current.query.a)} (A) to {formatDayRange(current.query.b)} (B):{' '}
            {current.diff.appeared.length} relations appeared, {current.diff.disappeared.length} disappeared,{' '}
            {current.diff.flipped.length} pairs flipped sign.
          </p>
          <label>
            <input type="checkbox" checked={diffShown} onChange={(e) => setDiffShown(e.target.checked)} /> Show the
            changes in the graph (lines labelled “new”, “gone” and “flipped”)
          </label>
          <RelationList loaded={loaded} label="Appeared in B" list={current.diff.appeared} />
          <RelationList loaded={loaded} label="Gone since A" list={current.diff.disappeared} />
          <details>
            <summary>Pairs whose sign flipped: {current.diff.flipped.length}</summary>
            <ul aria-label="Pairs whose sign flipped">
              {current.diff.flipped.slice(0, LISTED).map((f) => (
                <li key={`${f.a}-${f.b}`}>
                  {name(f.a)} – {name(f.b)}: {f.before > 0 ? 'cooperative' : 'hostile'} ({signedAmount(f.before)}) in A,{' '}
                  {f.after > 0 ? 'cooperative' : 'hostile'} ({signedAmount(f.after)}) in B
                </li>
              ))}
            </ul>
          </details>
          <details>
            <summary>
              Changed camp ({current.blocs[0].k} blocs): {current.camps.length}
              {current.camps.length > LISTED ? ` (first ${LISTED})` : ''}
            </summary>
            <ul aria-label="Changed camp">
              {current.camps.slice(0, LISTED).map((c) => (
                <li key={c.actor}>
                  {name(c.actor)}: bloc {blocName(c.before)} in A, {blocName(c.after)} in B
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </section>
  );
});
