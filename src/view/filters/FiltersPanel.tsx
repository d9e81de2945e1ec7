// The filters: relation types (by sign), actor kinds, statuses, acts only, minimum
// independent sources, "reported by", undated and isolated. Each option says how
// many relations it shows or removes in the current date range.

import { useMemo } from 'react';
import { facetCounts } from '../../model/facets';
import type { FilterIndex } from '../../model/filterIndex';
import type { Sign } from '../../model/relationTypes';
import { ACTOR_KINDS, STATUSES, type ActorKind, type Status } from '../../model/types';
import type { LoadedDataset } from '../../state/loaded';
import { useShallow } from 'zustand/react/shallow';
import { selectFilterChoices } from '../../state/selectors';
import { useStore } from '../../state/store';
import { filtersOf } from '../../state/viewRules';
import { SIGN_NAMES } from '../palette';
import { DateField } from '../timeline/DayField';

function toggled<T>(set: ReadonlySet<T>, value: T, hidden: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (hidden) next.add(value);
  else next.delete(value);
  return next;
}

/** Shown relations that are not acts: every mode but the first (MODES[0] is "act"). */
function notActs(modeShown: Int32Array): number {
  let n = 0;
  for (let k = 1; k < modeShown.length; k++) n += modeShown[k];
  return n;
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
  const choices = useStore(useShallow(selectFilterChoices));
  const setFilters = useStore((s) => s.setFilters);
  const resetFilters = useStore((s) => s.resetFilters);
  const { index } = loaded;
  // Focus aside: each count says what lifting one filter would show
  const counts = useMemo(
    () =>
      facetCounts(
        index,
        { ...filtersOf({ ...choices, selection: null, focusHops: 0 }, index.maxDay) },
        ACTOR_KINDS.length,
      ),
    [index, choices],
  );
  const { usedTypes, usedKinds, typeOrdinal } = useMemo(
    () => ({
      usedTypes: typesUsed(index),
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
              const hidden = choices.hiddenTypes.has(t.id);
              return (
                <Option
                  key={t.id}
                  label={t.label}
                  checked={!hidden}
                  count={countText(counts.typeShown[k], counts.typeRemoved[k], hidden)}
                  onChange={(on) => setFilters({ hiddenTypes: toggled(choices.hiddenTypes, t.id, !on) })}
                />
              );
            })}
          </fieldset>
        );
      })}
      <fieldset>
        <legend>Actor kinds</legend>
        {ACTOR_KINDS.filter((k) => usedKinds.has(k)).map((kind: ActorKind) => {
          const hidden = choices.hiddenKinds.has(kind);
          return (
            <Option
              key={kind}
              label={kind.replace('-', ' ')}
              checked={!hidden}
              count={hidden ? `hides ${counts.kindRemoved[ACTOR_KINDS.indexOf(kind)]}` : undefined}
              onChange={(on) => setFilters({ hiddenKinds: toggled(choices.hiddenKinds, kind, !on) })}
            />
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Statuses</legend>
        {STATUSES.map((status: Status, k) => {
          const hidden = choices.hiddenStatuses.has(status);
          return (
            <Option
              key={status}
              label={status}
              checked={!hidden}
              count={countText(counts.statusShown[k], counts.statusRemoved[k], hidden)}
              onChange={(on) => setFilters({ hiddenStatuses: toggled(choices.hiddenStatuses, status, !on) })}
            />
          );
        })}
        <button type="button" onClick={() => setFilters({ hiddenStatuses: new Set(['denied', 'disputed']) })}>
          Hide denied and disputed
        </button>
        <button
          type="button"
          onClick={() => setFilters({ hiddenStatuses: new Set(STATUSES.filter((x) => x !== 'confirmed')) })}
        >
          Only confirmed
        </button>
      </fieldset>
      <fieldset>
        <legend>Acts and words</legend>
        <Option
          label="Acts only"
          checked={choices.actsOnly}
          count={choices.actsOnly ? `hides ${counts.actsOnlyRemoved}` : `${notActs(counts.modeShown)} not acts`}
          onChange={(on) => setFilters({ actsOnly: on })}
        />
        <p className="hint">
          Hides intentions, offers, threats and conditional statements (“will consider sending”, “ready to negotiate”):
          words about an act that has not happened, drawn dotted.
        </p>
      </fieldset>
      <fieldset>
        <legend>Evidence</legend>
        <label>
          Minimum independent sources{' '}
          <select value={choices.minSources} onChange={(e) => setFilters({ minSources: Number(e.target.value) })}>
            <option value={0}>0 (include unsourced)</option>
            <option value={1}>1</option>
            <option value={2}>2</option>
            <option value={3}>3</option>
          </select>
        </label>
        {choices.minSources > 0 && <span className="count"> hides {counts.sourcesRemoved}</span>}
        <DateField
          label="Reported by"
          day={choices.reportedBy}
          takes="day"
          emptyAllowed
          onDay={(day) => setFilters({ reportedBy: day })}
        />
        {choices.reportedBy !== null && <span className="count"> hides {counts.reportedByRemoved}</span>}
        <p className="hint">
          Sources that repeat another (a rewrite, a blog citing a wire report) count once with it. “Reported by” keeps
          only evidence published on or before that day: what was known then. Leave it empty for all evidence.
        </p>
      </fieldset>
      <fieldset>
        <legend>Show</legend>
        <Option
          label="Include undated"
          checked={choices.includeUndated}
          count={choices.includeUndated ? undefined : `hides ${counts.undatedRemoved}`}
          onChange={(on) => setFilters({ includeUndated: on })}
        />
        <Option
          label="Show isolated actors"
          checked={choices.showIsolated}
          onChange={(on) => setFilters({ showIsolated: on })}
        />
      </fieldset>
      <button type="button" onClick={() => resetFilters()}>
        Reset filters
      </button>
    </div>
  );
}

/** The types some relation has: one pass over the relations (a scan per type was types × relations). */
function typesUsed(index: FilterIndex): Set<string> {
  const used = new Uint8Array(index.typeIds.length);
  for (let i = 0; i < index.relationCount; i++) used[index.type[i]] = 1;
  return new Set(index.typeIds.filter((_, k) => used[k]));
}
