// Play: moves the date window (or the "as of" day) forward one bin per tick, at
// a chosen speed, until the end of the data; the graph updates each step.

import { useEffect } from 'react';
import { binOf, type Bins } from '../../model/timeline';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';

const SPEEDS = [1, 2, 4, 8];

/** The next window: one bin later, same width; null at the end. */
export function nextWindow(
  bins: Bins,
  lastDay: number,
  from: number | null,
  to: number | null,
): { from: number; to: number } | null {
  // an open range plays as a window one bin wide from the start
  const start = from ?? bins.starts[0];
  const end = to ?? (from === null ? bins.starts[1] - 1 : lastDay);
  const k = binOf(bins, start);
  if (k + 1 >= bins.count || end >= lastDay) return null;
  const shift = bins.starts[k + 1] - start;
  return from === null && to === null ? { from: start, to: end } : { from: start + shift, to: end + shift };
}

export function PlayControls({ loaded, bins, compact = false }: { loaded: LoadedDataset; bins: Bins; compact?: boolean }) {
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.playSpeed);
  const setPlaying = useStore((s) => s.setPlaying);
  const setPlaySpeed = useStore((s) => s.setPlaySpeed);
  const lastDay = Math.min(loaded.index.maxDay, bins.starts[bins.count] - 1);

  useEffect(() => {
    if (!playing) return;
    const tick = () => {
      const s = useStore.getState();
      if (s.dateMode === 'asof') {
        const day = s.asOf ?? lastDay;
        const k = binOf(bins, day);
        if (k + 1 >= bins.count || day >= lastDay) return s.setPlaying(false);
        s.setFilters({ asOf: Math.min(lastDay, bins.starts[k + 2] - 1) });
      } else {
        const next = nextWindow(bins, lastDay, s.from, s.to);
        if (!next) return s.setPlaying(false);
        s.setFilters(next);
      }
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
