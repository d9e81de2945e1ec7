// The date sliders under the detail: "Start date" and "End date" share one track
// (two thumbs), or "As of date" alone. Each moves a bin of the view; its value
// text is the ISO day it stands for. Arrows move a bin and Home/End go to the
// ends (the browser's own); Page Up/Down a tenth of the bins.

import type { KeyboardEvent } from 'react';
import { formatDay } from '../../model/dates';
import type { Bins } from '../../model/timeline';

function pageStep(bins: Bins): number {
  return Math.max(1, Math.round(bins.count / 10));
}

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

export function RangeSliders(props: {
  bins: Bins;
  from: { bin: number; day: number };
  to: { bin: number; day: number };
  onStart(bin: number): void;
  onEnd(bin: number): void;
}) {
  const { bins, from, to } = props;
  return (
    <div className="sliders two">
      <BinSlider label="Start date" bins={bins} value={from.bin} day={from.day} onSet={props.onStart} />
      <BinSlider label="End date" bins={bins} value={to.bin} day={to.day} onSet={props.onEnd} />
    </div>
  );
}

export function AsOfSlider(props: { bins: Bins; bin: number; day: number; onDay(bin: number): void }) {
  return (
    <div className="sliders">
      <BinSlider label="As of date" bins={props.bins} value={props.bin} day={props.day} onSet={props.onDay} />
    </div>
  );
}
