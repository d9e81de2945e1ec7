// "Relations": the visible relations as a table, sortable, navigable with the
// arrow keys, in step with the selection. It is also how a screen-reader user
// reads the graph.

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describePeriod } from '../model/dateText';
import { DEFAULT_STATUS } from '../model/types';
import { sourcesKnownBy } from '../model/filters';
import type { LoadedDataset } from '../state/loaded';
import { useStore, type Selection } from '../state/store';
import { actorName } from './details/RelationItem';
import { useEngineStep } from './useStep';

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
  startKey: number;
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

  const rows = useMemo(() => {
    const out: Row[] = [];
    relations.forEach((r, i) => {
      if (!engine?.visible[i]) return;
      const interval = loaded.valid.intervals[i];
      out.push({
        index: i,
        source: actorName(loaded, r.source),
        type: loaded.valid.types.get(r.type)?.label ?? r.type,
        target: actorName(loaded, r.target),
        dates: describePeriod(r.start, r.end),
        startKey: interval.undated ? Number.MAX_SAFE_INTEGER : interval.start,
        status: r.status ?? DEFAULT_STATUS,
        sources: sourcesKnownBy(loaded.index, i, reportedBy),
        groupKey: loaded.edgeKeys[loaded.grouping.groupOf[i]],
      });
    });
    const dir = sort.ascending ? 1 : -1;
    const key = sort.column;
    out.sort((a, b) => {
      const c =
        key === 'dates'
          ? a.startKey - b.startKey
          : key === 'sources'
            ? a.sources - b.sources
            : a[key].localeCompare(b[key]);
      return c * dir || a.index - b.index;
    });
    return out;
    // serial: the engine's arrays changed in place
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [relations, engine, serial, loaded, sort, reportedBy]);

  const shown = rows.slice(0, MAX_ROWS);

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
      <table className="relations-table" aria-label="Relations" aria-rowcount={rows.length + 1}>
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
                tabIndex={i === current ? 0 : -1}
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
      {rows.length > shown.length && (
        <p className="hint">
          Showing the first {shown.length} of {rows.length} relations: sort, focus or filter to see others.
        </p>
      )}
    </div>
  );
}
