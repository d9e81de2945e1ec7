// Play: moves the date window (or the "as of" day) forward at a chosen speed, a
// bin of the timeline's view per tick (a zoomed week by day, years by month),
// passing over steps where no relation appears or goes, until the end of the
// view or of the data; the graph updates each step.

import { useEffect, useMemo } from 'react';
import { changeDays, nextAsOf, nextWindow } from '../../model/playSteps';
import type { Bins } from '../../model/timeline';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';

const SPEEDS = [1, 2, 4, 8];

export function PlayControls({
  loaded,
  bins,
  mask,
  compact = false,
}: {
  loaded: LoadedDataset;
  bins: Bins;
  /** the relations the filters but the dates keep: Play skips what does not change among them */
  mask: Uint8Array | undefined;
  compact?: boolean;
}) {
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.playSpeed);
  const setPlaying = useStore((s) => s.setPlaying);
  const setPlaySpeed = useStore((s) => s.setPlaySpeed);
  const lastDay = loaded.index.maxDay;
  // sorted once per filter change, and only while playing
  const changes = useMemo(() => (playing ? changeDays(loaded.index, mask) : null), [playing, loaded, mask]);

  useEffect(() => {
    if (!playing || !changes) return;
    let first = true;
    const tick = () => {
      const s = useStore.getState();
      if (s.dateMode === 'asof') {
        // "as of" the last day (the default) starts again from the first bin; later ticks stop there
        const current = s.asOf ?? lastDay;
        if (!first && current >= lastDay) return s.setPlaying(false);
        const day = nextAsOf(bins, current, lastDay, changes);
        if (day === null) return s.setPlaying(false);
        s.setFilters({ asOf: day });
      } else {
        const next = nextWindow(bins, s.from, s.to, changes);
        if (!next || next.from > lastDay) return s.setPlaying(false);
        s.setFilters(next);
      }
      first = false;
    };
    const id = window.setInterval(tick, 1000 / speed);
    return () => window.clearInterval(id);
  }, [playing, speed, bins, changes, lastDay]);

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
