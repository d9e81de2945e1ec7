// The timeline's detail: bars of relations per bin over the view, stacked by
// sign, the chosen dates shaded (bars outside them dimmed; "as of", a line on the
// day), and calendar ticks that read at this zoom. A drag picks a range of bins
// (or, "as of", a day).

import { useRef, useState, type PointerEvent } from 'react';
import { formatDay } from '../../model/dates';
import { timeTicks } from '../../model/timeAxis';
import { binOf, type Bins, type Histogram } from '../../model/timeline';
import type { DaySpan } from '../../model/timeView';
import { binScale } from './binScale';
import { useWidth } from './useWidth';

const HEIGHT = 40;
/** Labels ("Dec 2024", the widest) keep this far apart, in pixels. */
const TICK_GAP = 58;

/** Width of a tick label's character, roughly, at the axis's font size. */
const CHAR_WIDTH = 6.6;

export function DetailChart(props: {
  bins: Bins;
  hist: Histogram | null;
  view: DaySpan;
  /** the days shaded as chosen */
  chosen: DaySpan;
  asOf: boolean;
  serial: number;
  onRange(firstBin: number, lastBin: number): void;
  onDay(bin: number): void;
}) {
  const { bins, hist, chosen } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 600);
  const [anchor, setAnchor] = useState<number | null>(null);
  // the drawing spans whole bins: from the first bin's first day to the last bin's last
  const { first, days, x, dayAt } = binScale(bins);
  const { ticks, unit, step } = timeTicks(first, first + days - 1, width, TICK_GAP);
  // one tick a day labels the day's bar, in its middle; others mark where a period begins
  const centred = unit === 'day' && step === 1;
  const labelAt = (day: number) => (centred ? (x(day) + x(day + 1)) / 2 : x(day)) / 1000;
  // a label that would run off the right edge is left out (its line stays)
  const labelled = ticks.filter((t) => {
    const half = (t.label.length * CHAR_WIDTH) / 2;
    const at = labelAt(t.day) * width;
    return centred ? at - half >= 0 && at + half <= width : at + 2 * half <= width;
  });

  const binAt = (e: PointerEvent<SVGSVGElement>) => binOf(bins, dayAt(e));
  const scale = hist && hist.max > 0 ? (HEIGHT - 3) / hist.max : 0;

  return (
    <div className="detail" ref={box}>
      <svg
        className="histogram"
        viewBox={`0 0 1000 ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Relations over time by ${bins.unit}, ${formatDay(props.view.from)} to ${formatDay(props.view.to)}, stacked by sign; drag to choose a range`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const k = binAt(e);
          if (props.asOf) props.onDay(k);
          else {
            setAnchor(k);
            props.onRange(k, k);
          }
        }}
        onPointerMove={(e) => {
          if (anchor !== null) props.onRange(Math.min(anchor, binAt(e)), Math.max(anchor, binAt(e)));
          else if (props.asOf && e.buttons === 1) props.onDay(binAt(e));
        }}
        onPointerUp={() => setAnchor(null)}
        onPointerCancel={() => setAnchor(null)}
        data-serial={props.serial}
      >
        {!props.asOf && chosen.from <= chosen.to && (
          <rect
            className="selection"
            x={x(chosen.from)}
            width={x(chosen.to + 1) - x(chosen.from)}
            y={0}
            height={HEIGHT}
          />
        )}
        {ticks.map((t) => (
          <line key={t.day} className="tick" x1={x(t.day)} x2={x(t.day)} y1={0} y2={HEIGHT} />
        ))}
        {hist &&
          Array.from({ length: bins.count }, (_, k) => {
            const left = x(bins.starts[k]);
            const w = (x(bins.starts[k + 1]) - left) * 0.88;
            const c = hist.cooperative[k] * scale;
            const h = hist.hostile[k] * scale;
            const n = hist.neutral[k] * scale;
            // in a range, bins wholly outside the chosen days are dimmed
            const out = !props.asOf && (bins.starts[k + 1] - 1 < chosen.from || bins.starts[k] > chosen.to);
            return (
              <g key={k} className={out ? 'out' : undefined}>
                <title>
                  {`${formatDay(bins.starts[k])}: ${hist.cooperative[k]} cooperative, ${hist.hostile[k]} hostile, ${hist.neutral[k]} neutral`}
                </title>
                <rect className="bar cooperative" x={left} width={w} y={HEIGHT - c} height={c} />
                <rect className="bar hostile" x={left} width={w} y={HEIGHT - c - h} height={h} />
                <rect className="bar neutral" x={left} width={w} y={HEIGHT - c - h - n} height={n} />
              </g>
            );
          })}
        {props.asOf && (
          <line
            className="as-of"
            x1={(x(chosen.from) + x(chosen.from + 1)) / 2}
            x2={(x(chosen.from) + x(chosen.from + 1)) / 2}
            y1={0}
            y2={HEIGHT}
          />
        )}
      </svg>
      <div className="ticks" aria-hidden="true">
        {labelled.map((t) => (
          <span key={t.day} className={centred ? 'centred' : undefined} style={{ left: `${labelAt(t.day) * 100}%` }}>
            {t.label}
          </span>
        ))}
      </div>
    </div>
  );
}
