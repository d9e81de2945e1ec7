// Play: moves the date window (or the "as of" day) forward one bin per tick, at
// a chosen speed, until the end of the data; the graph updates each step.

import { useEffect } from 'react';
import { nextAsOf, nextWindow, type Bins } from '../../model/timeline';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';

const SPEEDS = [1, 2, 4, 8];

export function PlayControls({
  loaded,
  bins,
  compact = false,
}: {
  loaded: LoadedDataset;
  bins: Bins;
  compact?: boolean;
}) {
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.playSpeed);
  const setPlaying = useStore((s) => s.setPlaying);
  const setPlaySpeed = useStore((s) => s.setPlaySpeed);
  const lastDay = loaded.index.maxDay;

  useEffect(() => {
    if (!playing) return;
    let first = true;
    const tick = () => {
      const s = useStore.getState();
      if (s.dateMode === 'asof') {
        // "as of" the last day (the default) starts again from the first bin; later ticks stop there
        const current = s.asOf ?? lastDay;
        if (!first && current >= lastDay) return s.setPlaying(false);
        const day = nextAsOf(bins, current, lastDay);
        if (day === null) return s.setPlaying(false);
        s.setFilters({ asOf: day });
      } else {
        const next = nextWindow(bins, s.from, s.to);
        if (!next || next.from > lastDay) return s.setPlaying(false);
        s.setFilters(next);
      }
      first = false;
    };
    const id = window.setInterval(tick, 1000 / speed);
    return () => window.clearInterval(id);
  }, [playing, speed, bins, lastDay]);

  return (
    <span className="play">
      <button type="button" onClick={() => setPlaying(!playing)}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <label hidden={compact}>
        Speed{' '}
        <select value={speed} onChange={(e) => setPlaySpeed(Number(e.target.value))}>
          {SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v} step{v === 1 ? '' : 's'}/s
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
