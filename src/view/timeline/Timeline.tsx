// The timeline under the graph: the date mode and exact days, Play and zoom; a
// detail of relations over the stretch it shows (opening on the busiest period),
// with ticks that read at its zoom and sliders for the dates; the whole span in
// a strip under it; and a line on what it shows and the undated relations. A
// dataset without dates gets one line instead: nothing here would do anything.

import { useMemo } from 'react';
import { binOf, histogram, makeBins, undatedCounts, type Bins } from '../../model/timeline';
import { hasDates } from '../../model/timeView';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import type { DateMode } from '../../state/viewFields';
import { useEngineStep } from '../useStep';
import { AsOfSlider, RangeSliders } from './DateSliders';
import { DayField } from './DayField';
import { DetailChart } from './DetailChart';
import { Overview } from './Overview';
import { PlayControls } from './PlayControls';
import { TimelineNote, undatedText } from './TimelineNote';
import { useTimelineView } from './useTimelineView';
import { ZoomButtons } from './ZoomButtons';

function lastDayOfBin(bins: Bins, k: number): number {
  return bins.starts[k + 1] - 1;
}

/** `compact`: for embed mode, without the exact-day fields, the whole span and the note. */
export function Timeline({ loaded, compact = false }: { loaded: LoadedDataset; compact?: boolean }) {
  if (!hasDates(loaded.index)) {
    return (
      <section className="timeline" aria-label="Timeline">
        <p className="timeline-note no-dates">This dataset has no dates: time filters are off</p>
      </section>
    );
  }
  return <DatedTimeline loaded={loaded} compact={compact} />;
}

function DatedTimeline({ loaded, compact }: { loaded: LoadedDataset; compact: boolean }) {
  const { index } = loaded;
  const t = useTimelineView(index);
  const { view, whole } = t;
  const bins = useMemo(() => makeBins(view.from, view.to), [view]);

  const { engine, serial } = useEngineStep();
  const mask = engine?.staticMask;
  const hist = useMemo(
    () => (mask ? histogram(index, loaded.valid.types, bins, mask) : null),
    [index, loaded, bins, mask],
  );
  const undated = useMemo(() => undatedCounts(index, mask), [index, mask]);

  const dateMode = useStore((s) => s.dateMode);
  const from = useStore((s) => s.from);
  const to = useStore((s) => s.to);
  const asOf = useStore((s) => s.asOf);
  const includeUndated = useStore((s) => s.includeUndated);
  const setFilters = useStore((s) => s.setFilters);

  // an open side of the range reads as the data's first or last day
  const shownFrom = from ?? whole.from;
  const shownTo = to ?? whole.to;
  const asOfDay = asOf ?? whole.to;
  const chosen = dateMode === 'asof' ? { from: asOfDay, to: asOfDay } : { from: shownFrom, to: shownTo };
  const inverted = dateMode === 'range' && shownFrom > shownTo;

  const setRangeBins = (lo: number, hi: number) => setFilters({ from: bins.starts[lo], to: lastDayOfBin(bins, hi) });
  // a slider moves its own end (an open end stays open), pushing the other only when it would cross it
  const setStartBin = (k: number) => {
    const day = bins.starts[k];
    setFilters({ from: day, to: to !== null && to < day ? lastDayOfBin(bins, k) : to });
  };
  const setEndBin = (k: number) => {
    const day = lastDayOfBin(bins, k);
    setFilters({ to: day, from: from !== null && from > day ? bins.starts[k] : from });
  };
  const setAsOfBin = (k: number) => setFilters({ asOf: lastDayOfBin(bins, k) });

  return (
    <section className={compact ? 'timeline compact' : 'timeline'} aria-label="Timeline">
      <div className="timeline-controls">
        <div role="radiogroup" aria-label="Date mode" className="date-mode">
          {(['range', 'asof'] as DateMode[]).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="date-mode"
                checked={dateMode === mode}
                onChange={() => setFilters({ dateMode: mode })}
              />
              {mode === 'range' ? 'Range' : 'As of'}
            </label>
          ))}
        </div>
        {compact ? null : dateMode === 'range' ? (
          <>
            {/* each field sets its own end only: a start after the end is shown as such, not moved */}
            <DayField
              label="Start day"
              takes="first"
              day={shownFrom}
              invalid={inverted}
              onDay={(d) => setFilters({ from: d })}
            />
            <DayField
              label="End day"
              takes="last"
              day={shownTo}
              invalid={inverted}
              onDay={(d) => setFilters({ to: d })}
            />
            <button
              type="button"
              onClick={() => setFilters({ from: null, to: null })}
              disabled={from === null && to === null}
            >
              All time
            </button>
          </>
        ) : (
          <DayField label="As of day" takes="day" day={asOfDay} onDay={(d) => setFilters({ asOf: d })} />
        )}
        <span className="timeline-actions">
          <PlayControls loaded={loaded} bins={bins} mask={mask} compact={compact} />
          <ZoomButtons t={t} compact={compact} />
        </span>
      </div>

      <DetailChart
        bins={bins}
        hist={hist}
        view={view}
        chosen={chosen}
        asOf={dateMode === 'asof'}
        serial={serial}
        onRange={setRangeBins}
        onDay={setAsOfBin}
      />
      {dateMode === 'range' ? (
        <RangeSliders
          bins={bins}
          from={{ bin: binOf(bins, shownFrom), day: shownFrom }}
          to={{ bin: binOf(bins, shownTo), day: shownTo }}
          onStart={setStartBin}
          onEnd={setEndBin}
        />
      ) : (
        <AsOfSlider bins={bins} bin={binOf(bins, asOfDay)} day={asOfDay} onDay={setAsOfBin} />
      )}
      {!compact && (
        <>
          <Overview
            loaded={loaded}
            mask={mask}
            whole={whole}
            view={view}
            chosen={chosen}
            onCentre={(day) => {
              const half = Math.floor((view.to - view.from) / 2);
              const a = Math.max(whole.from, Math.min(day - half, whole.to - (view.to - view.from)));
              t.setView({ from: a, to: a + (view.to - view.from) });
            }}
          />
          <TimelineNote
            view={view}
            unit={bins.unit}
            undated={undatedText(undated.total, undated.kept, includeUndated)}
            inverted={inverted}
          />
        </>
      )}
    </section>
  );
}
