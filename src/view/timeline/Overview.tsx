// The whole span of the data in a thin strip under the detail: relations per
// bin, the chosen dates shaded, and the stretch the detail shows outlined, so a
// zoomed week keeps its place in the years. A click moves the detail there
// (the zoom buttons do the same by keyboard).

import { useMemo, type PointerEvent } from 'react';
import { describeDays } from '../../model/timeAxis';
import { makeBins, type Histogram, histogram } from '../../model/timeline';
import type { DaySpan } from '../../model/timeView';
import type { LoadedDataset } from '../../state/loaded';
import { binScale } from './binScale';

const HEIGHT = 18;
/** The outline of the view is at least this wide (of 1000), so a week in fourteen years shows. */
const MIN_MARK = 6;

export function Overview(props: {
  loaded: LoadedDataset;
  mask: Uint8Array | undefined;
  whole: DaySpan;
  view: DaySpan;
  chosen: DaySpan;
  onCentre(day: number): void;
}) {
  const { loaded, mask, whole, view, chosen } = props;
  const bins = useMemo(() => makeBins(whole.from, whole.to), [whole]);
  const hist: Histogram | null = useMemo(
    () => (mask ? histogram(loaded.index, loaded.valid.types, bins, mask) : null),
    [loaded, bins, mask],
  );
  const { x, dayAt } = binScale(bins);
  const markFrom = x(view.from);
  const markWidth = Math.max(MIN_MARK, x(view.to + 1) - markFrom);
  // square-root heights: quiet years stay visible beside a busy week
  const scale = hist && hist.max > 0 ? (HEIGHT - 2) / Math.sqrt(hist.max) : 0;
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => props.onCentre(dayAt(e));
  return (
    <svg
      className="overview"
      viewBox={`0 0 1000 ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Whole span, ${describeDays(whole.from, whole.to)}; the detail above shows ${describeDays(view.from, view.to)}`}
      onPointerDown={onPointerDown}
    >
      {chosen.from <= chosen.to && (
        <rect
          className="selection"
          x={x(chosen.from)}
          width={x(chosen.to + 1) - x(chosen.from)}
          y={0}
          height={HEIGHT}
        />
      )}
      {hist &&
        Array.from({ length: bins.count }, (_, k) => {
          const h = Math.sqrt(hist.cooperative[k] + hist.hostile[k] + hist.neutral[k]) * scale;
          const left = x(bins.starts[k]);
          return (
            <rect key={k} className="bar" x={left} width={x(bins.starts[k + 1]) - left} y={HEIGHT - h} height={h} />
          );
        })}
      <rect
        className="view-mark"
        x={Math.min(markFrom, 1000 - markWidth)}
        width={markWidth}
        y={0.5}
        height={HEIGHT - 1}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
