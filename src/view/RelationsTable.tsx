// "Relations": the visible relations as a table, sortable, navigable with the
// arrow keys, in step with the selection. It is also how a screen-reader user
// reads the graph.

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describeWhen } from '../model/dateText';
import { DEFAULT_STATUS } from '../model/types';
import { sourcesKnownBy } from '../model/filters';
import { actorName, type LoadedDataset } from '../state/loaded';
import { useStore } from '../state/store';
import type { Selection } from '../state/viewFields';
import { useEngineStep } from './useStep';
import { countText } from '../model/countText';

type Column = 'source' | 'type' | 'target' | 'dates' | 'status' | 'sources';
const COLUMNS: { id: Column; label: string }[] = [
  { id: 'source', label: 'Source' },
  { id: 'type', label: 'Type' },
  { id: 'target', label: 'Target' },
  { id: 'dates', label: 'Dates' },
  { id: 'status', label: 'Status' },
  { id: 'sources', label: 'Sources' },
];

/** Rendering more rows than this makes the page sluggish; the rest are counted. */
const MAX_ROWS = 1000;

interface Row {
  index: number;
  source: string;
  type: string;
  target: string;
  dates: string;
  status: string;
  sources: number;
  groupKey: string;
}

function isRowSelected(row: Row, relationSource: string, relationTarget: string, selection: Selection | null) {
  if (!selection) return false;
  if (selection.kind === 'edge') return selection.key === row.groupKey;
  return relationSource === selection.id || relationTarget === selection.id;
}

export function RelationsTable({ loaded }: { loaded: LoadedDataset }) {
  const { engine, serial } = useEngineStep();
  const reportedBy = useStore((s) => s.reportedBy);
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'dates', ascending: true });
  const [current, setCurrent] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const relations = loaded.valid.dataset.relations;

  // The order of every relation under the chosen sort, computed once per sort (not per step)...
  const order = useMemo(() => {
    const text = (i: number): string => {
      const r = relations[i];
      if (sort.column === 'source') return actorName(loaded, r.source);
      if (sort.column === 'target') return actorName(loaded, r.target);
      if (sort.column === 'type') return loaded.valid.types.get(r.type)?.label ?? r.type;
      return r.status ?? DEFAULT_STATUS;
    };
    const ids = Int32Array.from(relations, (_, i) => i);
    const dir = sort.ascending ? 1 : -1;
    if (sort.column === 'dates') {
      const { undated, start } = loaded.index;
      const key = (i: number) => (undated[i] ? Number.MAX_SAFE_INTEGER : start[i]);
      ids.sort((a, b) => (key(a) - key(b)) * dir || a - b);
    } else if (sort.column === 'sources') {
      ids.sort(
        (a, b) =>
          (sourcesKnownBy(loaded.index, a, reportedBy) - sourcesKnownBy(loaded.index, b, reportedBy)) * dir || a - b,
      );
    } else {
      const keys = Array.from(relations, (_, i) => text(i));
      const collator = new Intl.Collator();
      ids.sort((a, b) => collator.compare(keys[a], keys[b]) * dir || a - b);
    }
    return ids;
  }, [relations, loaded, sort, reportedBy]);

  // ...then each step keeps the visible ones, building rows only for those shown.
  const { rows, total } = useMemo(() => {
    const out: Row[] = [];
    let count = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (!engine?.visible[i]) continue;
      count++;
      if (out.length >= MAX_ROWS) continue;
      const r = relations[i];
      out.push({
        index: i,
        source: actorName(loaded, r.source),
        // the mode beside the type: an offer to back is not backing
        type: `${loaded.valid.types.get(r.type)?.label ?? r.type}${r.mode && r.mode !== 'act' ? ` (${r.mode})` : ''}`,
        target: actorName(loaded, r.target),
        dates: describeWhen(r.start, r.end, r.once),
        status: r.status ?? DEFAULT_STATUS,
        sources: sourcesKnownBy(loaded.index, i, reportedBy),
        groupKey: loaded.edgeKeys[loaded.grouping.groupOf[i]],
      });
    }
    return { rows: out, total: count };
    // serial: the engine's arrays changed in place
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [order, engine, serial, loaded, reportedBy]);

  const shown = rows;
  // the roving row stays on a row that exists when the rows change
  const currentRow = Math.min(current, Math.max(0, shown.length - 1));

  const firstSelected = shown.findIndex((row) =>
    isRowSelected(row, relations[row.index].source, relations[row.index].target, selection),
  );
  // In step with the selection: a new selection moves the current row to it
  // (adjusting state during render, as React advises, rather than in an effect)...
  const [seenSelection, setSeenSelection] = useState(selection);
  if (seenSelection !== selection) {
    setSeenSelection(selection);
    if (firstSelected >= 0) setCurrent(firstSelected);
  }
  // ...and brings it into view.
  useEffect(() => {
    if (firstSelected >= 0) body.current?.children[firstSelected]?.scrollIntoView({ block: 'nearest' });
    // only a new selection scrolls the table, not sorting or new rows
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);

  const focusRow = (i: number) => {
    const clamped = Math.max(0, Math.min(shown.length - 1, i));
    setCurrent(clamped);
    (body.current?.children[clamped] as HTMLElement | undefined)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, i: number) => {
    const row = shown[i];
    if (e.key === 'ArrowDown') focusRow(i + 1);
    else if (e.key === 'ArrowUp') focusRow(i - 1);
    else if (e.key === 'PageDown') focusRow(i + 10);
    else if (e.key === 'PageUp') focusRow(i - 10);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(shown.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') select({ kind: 'edge', key: row.groupKey });
    else return;
    e.preventDefault();
  };

  return (
    <div className="table-wrap">
      <table className="relations-table" aria-label="Relations" aria-rowcount={total + 1}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.id}
                scope="col"
                aria-sort={sort.column === c.id ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  onClick={() => setSort((s) => ({ column: c.id, ascending: s.column === c.id ? !s.ascending : true }))}
                >
                  {c.label}
                  <span aria-hidden="true">{sort.column === c.id ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {shown.map((row, i) => {
            const r = relations[row.index];
            const selected = isRowSelected(row, r.source, r.target, selection);
            return (
              <tr
                key={row.index}
                tabIndex={i === currentRow ? 0 : -1}
                aria-current={selected ? true : undefined}
                className={selected ? 'selected' : undefined}
                onClick={() => {
                  setCurrent(i);
                  select({ kind: 'edge', key: row.groupKey });
                }}
                onKeyDown={(e) => onKeyDown(e, i)}
              >
                <td>{row.source}</td>
                <td>{row.type}</td>
                <td>{row.target}</td>
                <td>{row.dates}</td>
                <td>{row.status}</td>
                <td>{row.sources}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total > shown.length && (
        <p className="hint">
          Showing the first {countText(shown.length)} of {countText(total)} relations: sort, focus or filter to see
          others.
        </p>
      )}
    </div>
  );
}
