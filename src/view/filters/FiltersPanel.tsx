// The filters: relation types (by sign), actor kinds, statuses, minimum
// independent sources, "reported by", undated and isolated. Each option says how
// many relations it shows or removes in the current date range.

import { useMemo } from 'react';
import { firstDay, formatDay, parsePartialDate } from '../../model/dates';
import { facetCounts } from '../../model/facets';
import type { Sign } from '../../model/relationTypes';
import { ACTOR_KINDS, STATUSES, type ActorKind, type Status } from '../../model/types';
import type { LoadedDataset } from '../../state/loaded';
import { currentFilters, useStore } from '../../state/store';
import { SIGN_NAMES } from '../palette';
import { useEngineStep } from '../useStep';

function toggled<T>(set: ReadonlySet<T>, value: T, hidden: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (hidden) next.add(value);
  else next.delete(value);
  return next;
}

function countText(shown: number, removed: number, hidden: boolean): string {
  return hidden ? `hides ${removed}` : String(shown);
}

/** A checkbox whose accessible name stays its label; the count beside it changes with time. */
function Option(props: { label: string; checked: boolean; count?: string; onChange: (checked: boolean) => void }) {
  return (
    <div className="option">
      <label>
        <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
        {props.label}
      </label>
      {props.count !== undefined && <span className="count">{props.count}</span>}
    </div>
  );
}

export function FiltersPanel({ loaded }: { loaded: LoadedDataset }) {
  const { serial } = useEngineStep();
  // re-rendered by the step serial; reads the choices then, not on every store change
  const s = useStore.getState();
  const { index } = loaded;
  const counts = useMemo(
    () => facetCounts(index, { ...currentFilters(useStore.getState()), focus: null }, ACTOR_KINDS.length),
    // the engine's step serial stands for every filter change
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, serial],
  );
  const { usedTypes, usedKinds, typeOrdinal } = useMemo(
    () => ({
      usedTypes: new Set(index.typeIds.filter((_, k) => index.type.includes(k))),
      usedKinds: new Set(loaded.valid.dataset.actors.map((a) => a.kind)),
      typeOrdinal: new Map(index.typeIds.map((t, k) => [t, k])),
    }),
    [index, loaded],
  );

  return (
    <div className="filters">
      {([1, -1, 0] as Sign[]).map((sign) => {
        const types = [...loaded.valid.types.values()].filter((t) => t.sign === sign && usedTypes.has(t.id));
        if (types.length === 0) return null;
        return (
          <fieldset key={sign}>
            <legend>{SIGN_NAMES[sign][0].toUpperCase() + SIGN_NAMES[sign].slice(1)} types</legend>
            {types.map((t) => {
              const k = typeOrdinal.get(t.id) ?? 0;
              const hidden = s.hiddenTypes.has(t.id);
              return (
                <Option
                  key={t.id}
                  label={t.label}
                  checked={!hidden}
                  count={countText(counts.typeShown[k], counts.typeRemoved[k], hidden)}
                  onChange={(on) => s.setFilters({ hiddenTypes: toggled(s.hiddenTypes, t.id, !on) })}
                />
              );
            })}
          </fieldset>
        );
      })}
      <fieldset>
        <legend>Actor kinds</legend>
        {ACTOR_KINDS.filter((k) => usedKinds.has(k)).map((kind: ActorKind) => {
          const hidden = s.hiddenKinds.has(kind);
          return (
            <Option
              key={kind}
              label={kind.replace('-', ' ')}
              checked={!hidden}
              count={hidden ? `hides ${counts.kindRemoved[ACTOR_KINDS.indexOf(kind)]}` : undefined}
              onChange={(on) => s.setFilters({ hiddenKinds: toggled(s.hiddenKinds, kind, !on) })}
            />
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Statuses</legend>
        {STATUSES.map((status: Status, k) => {
          const hidden = s.hiddenStatuses.has(status);
          return (
            <Option
              key={status}
              label={status}
              checked={!hidden}
              count={countText(counts.statusShown[k], counts.statusRemoved[k], hidden)}
              onChange={(on) => s.setFilters({ hiddenStatuses: toggled(s.hiddenStatuses, status, !on) })}
            />
          );
        })}
        <button type="button" onClick={() => s.setFilters({ hiddenStatuses: new Set(['denied', 'disputed']) })}>
          Hide denied and disputed
        </button>
        <button
          type="button"
          onClick={() => s.setFilters({ hiddenStatuses: new Set(STATUSES.filter((x) => x !== 'confirmed')) })}
        >
          Only confirmed
        </button>
      </fieldset>
      <fieldset>
        <legend>Evidence</legend>
        <label>
          Minimum independent sources{' '}
          <select value={s.minSources} onChange={(e) => s.setFilters({ minSources: Number(e.target.value) })}>
            <option value={0}>0 (include unsourced)</option>
            <option value={1}>1</option>
            <option value={2}>2</option>
            <option value={3}>3</option>
          </select>
        </label>
        {s.minSources > 0 && <span className="count"> hides {counts.sourcesRemoved}</span>}
        <label>
          Reported by{' '}
          <input
            type="date"
            value={s.reportedBy === null ? '' : formatDay(s.reportedBy)}
            onChange={(e) => {
              const r = parsePartialDate(e.target.value);
              s.setFilters({ reportedBy: r.ok && r.date.precision === 'day' ? firstDay(r.date) : null });
            }}
          />
        </label>
        {s.reportedBy !== null && <span className="count"> hides {counts.reportedByRemoved}</span>}
        <p className="hint">
          Sources that repeat another (a rewrite, a blog citing a wire report) count once with it. “Reported by” keeps
          only evidence published on or before that day: what was known then.
        </p>
      </fieldset>
      <fieldset>
        <legend>Show</legend>
        <Option
          label="Include undated"
          checked={s.includeUndated}
          count={s.includeUndated ? undefined : `hides ${counts.undatedRemoved}`}
          onChange={(on) => s.setFilters({ includeUndated: on })}
        />
        <Option
          label="Show isolated actors"
          checked={s.showIsolated}
          onChange={(on) => s.setFilters({ showIsolated: on })}
        />
      </fieldset>
      <button type="button" onClick={() => s.resetFilters()}>
        Reset filters
      </button>
    </div>
  );
}
