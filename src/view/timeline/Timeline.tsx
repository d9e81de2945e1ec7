// The timeline under the graph: a histogram of relations over time stacked by
// sign, a brush to pick the range, sliders named "Start date" and "End date" (or
// "As of date"), exact day fields, zoom into a sub-period, and Play.

import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay, parsePartialDate, firstDay } from '../../model/dates';
import { binOf, histogram, makeBins, type Bins } from '../../model/timeline';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import type { DateMode } from '../../state/viewFields';
import { useEngineStep } from '../useStep';
import { PlayControls } from './PlayControls';

const HEIGHT = 64;

function lastDayOfBin(bins: Bins, k: number): number {
  return bins.starts[k + 1] - 1;
}

function dayFromInput(value: string): number | null {
  const r = parsePartialDate(value);
  return r.ok && r.date.precision === 'day' ? firstDay(r.date) : null;
}

/** An exact day, typed or picked: the fields beside the sliders. */
function DayField(props: { label: string; day: number; onDay: (day: number) => void }) {
  return (
    <label>
      {props.label}{' '}
      <input
        type="date"
        value={formatDay(props.day)}
        onChange={(e) => {
          const d = dayFromInput(e.target.value);
          if (d !== null) props.onDay(d);
        }}
      />
    </label>
  );
}

/** A larger keyboard step: about a tenth of the bins. */
function pageStep(bins: Bins): number {
  return Math.max(1, Math.round(bins.count / 10));
}

/**
 * A slider over the bins, its value text the ISO day it stands for. Arrows move a
 * bin and Home/End go to the ends (the browser's own); Page Up/Down a tenth.
 */
function BinSlider(props: { label: string; bins: Bins; value: number; day: number; onSet: (bin: number) => void }) {
  const { bins, value, onSet } = props;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    const v = value + (e.key === 'PageUp' ? pageStep(bins) : -pageStep(bins));
    onSet(Math.max(0, Math.min(bins.count - 1, v)));
  };
  return (
    <input
      type="range"
      aria-label={props.label}
      min={0}
      max={bins.count - 1}
      step={1}
      value={value}
      aria-valuetext={formatDay(props.day)}
      onChange={(e) => onSet(Number(e.target.value))}
      onKeyDown={onKeyDown}
    />
  );
}

/** `compact`: for embed mode, without the exact-day fields and zoom buttons. */
export function Timeline({ loaded, compact = false }: { loaded: LoadedDataset; compact?: boolean }) {
  const { index } = loaded;
  const dataFirst = index.minDay;
  const dataLast = index.maxDay;
  const [view, setView] = useState<{ from: number; to: number } | null>(null);
  const viewFrom = view?.from ?? dataFirst;
  const viewTo = view?.to ?? dataLast;
  const bins = useMemo(() => makeBins(viewFrom, viewTo), [viewFrom, viewTo]);

  const { engine, serial } = useEngineStep();
  const mask = engine?.staticMask;
  const hist = useMemo(
    () => (mask ? histogram(index, loaded.valid.types, bins, mask) : null),
    [index, loaded, bins, mask],
  );

  const dateMode = useStore((s) => s.dateMode);
  const from = useStore((s) => s.from);
  const to = useStore((s) => s.to);
  const asOf = useStore((s) => s.asOf);
  const setFilters = useStore((s) => s.setFilters);
  const [dragAnchor, setDragAnchor] = useState<number | null>(null);

  // an open side of the range reads as the data's first or last day
  const shownFrom = from ?? dataFirst;
  const shownTo = to ?? dataLast;
  const fromBin = binOf(bins, shownFrom);
  const toBin = binOf(bins, shownTo);
  const asOfDay = asOf ?? dataLast;
  const asOfBin = binOf(bins, asOfDay);
  const selFirst = dateMode === 'asof' ? asOfBin : fromBin;
  const selLast = dateMode === 'asof' ? asOfBin : toBin;

  const setRangeBins = (a: number, b: number) => {
    const lo = Math.max(0, Math.min(a, b));
    const hi = Math.min(bins.count - 1, Math.max(a, b));
    setFilters({ from: bins.starts[lo], to: lastDayOfBin(bins, hi) });
  };

  const binAt = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return Math.max(0, Math.min(bins.count - 1, Math.floor(((e.clientX - box.left) / box.width) * bins.count)));
  };

  const barWidth = 1000 / bins.count;
  const scale = hist && hist.max > 0 ? (HEIGHT - 4) / hist.max : 0;
  const unitName = bins.unit === 'day' ? 'day' : bins.unit === 'month' ? 'month' : 'year';

  return (
    <section className="timeline" aria-label="Timeline">
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
            {/* keep the range in order: a start after the end moves the end with it, and back */}
            <DayField
              label="Start day"
              day={shownFrom}
              onDay={(d) => setFilters({ from: d, to: shownTo < d ? d : to })}
            />
            <DayField
              label="End day"
              day={shownTo}
              onDay={(d) => setFilters({ to: d, from: shownFrom > d ? d : from })}
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
          <DayField label="As of day" day={asOfDay} onDay={(d) => setFilters({ asOf: d })} />
        )}
        <span className="zoom" hidden={compact}>
          <button
            type="button"
            onClick={() => {
              const a = dateMode === 'asof' ? asOfDay - 15 : shownFrom;
              const b = dateMode === 'asof' ? asOfDay + 15 : shownTo;
              const pad = Math.max(3, Math.round((b - a) * 0.1));
              setView({ from: a - pad, to: b + pad });
            }}
          >
            Zoom to selection
          </button>
          <button type="button" onClick={() => setView(null)} disabled={view === null}>
            Zoom out
          </button>
        </span>
        <PlayControls loaded={loaded} bins={bins} compact={compact} />
      </div>

      <svg
        className="histogram"
        viewBox={`0 0 1000 ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Relations over time by ${unitName}, ${formatDay(viewFrom)} to ${formatDay(viewTo)}, stacked by sign; drag to choose a range`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const k = binAt(e);
          if (dateMode === 'asof') setFilters({ asOf: lastDayOfBin(bins, k) });
          else {
            setDragAnchor(k);
            setRangeBins(k, k);
          }
        }}
        onPointerMove={(e) => {
          if (dragAnchor !== null) setRangeBins(dragAnchor, binAt(e));
          else if (dateMode === 'asof' && e.buttons === 1) setFilters({ asOf: lastDayOfBin(bins, binAt(e)) });
        }}
        onPointerUp={() => setDragAnchor(null)}
        onPointerCancel={() => setDragAnchor(null)}
        data-serial={serial}
      >
        <rect
          className="selection"
          x={selFirst * barWidth}
          width={(selLast - selFirst + 1) * barWidth}
          y={0}
          height={HEIGHT}
        />
        {hist &&
          Array.from({ length: bins.count }, (_, k) => {
            const c = hist.cooperative[k] * scale;
            const h = hist.hostile[k] * scale;
            const n = hist.neutral[k] * scale;
            return (
              <g key={k}>
                <title>
                  {`${formatDay(bins.starts[k])}: ${hist.cooperative[k]} cooperative, ${hist.hostile[k]} hostile, ${hist.neutral[k]} neutral`}
                </title>
                <rect className="bar cooperative" x={k * barWidth} width={barWidth * 0.9} y={HEIGHT - c} height={c} />
                <rect className="bar hostile" x={k * barWidth} width={barWidth * 0.9} y={HEIGHT - c - h} height={h} />
                <rect
                  className="bar neutral"
                  x={k * barWidth}
                  width={barWidth * 0.9}
                  y={HEIGHT - c - h - n}
                  height={n}
                />
              </g>
            );
          })}
      </svg>

      <div className="sliders">
        {dateMode === 'range' ? (
          <>
            <BinSlider
              label="Start date"
              bins={bins}
              value={fromBin}
              day={shownFrom}
              onSet={(k) => setRangeBins(k, Math.max(k, toBin))}
            />
            <BinSlider
              label="End date"
              bins={bins}
              value={toBin}
              day={shownTo}
              onSet={(k) => setRangeBins(Math.min(k, fromBin), k)}
            />
          </>
        ) : (
          <BinSlider
            label="As of date"
            bins={bins}
            value={asOfBin}
            day={asOfDay}
            onSet={(k) => setFilters({ asOf: lastDayOfBin(bins, k) })}
          />
        )}
      </div>
      <p className="axis" aria-hidden="true" hidden={compact}>
        <span>{formatDay(viewFrom)}</span>
        <span>one bar per {unitName} · blue cooperative · red hostile · grey neutral</span>
        <span>{formatDay(viewTo)}</span>
      </p>
    </section>
  );
}
