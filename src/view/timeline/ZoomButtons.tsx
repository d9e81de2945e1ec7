// Zooming the timeline by keyboard or pointer: to the chosen dates, to the
// busiest period (where it opens), or out to the whole span. Embed mode has
// room for one button, which toggles between the busiest period and the whole.

import { describeDays } from '../../model/timeAxis';
import type { DaySpan } from '../../model/timeView';
import { sameSpan, type TimelineView } from './useTimelineView';

function ZoomButton(props: { label: string; target: DaySpan | null; t: TimelineView; title: string }) {
  const { target, t } = props;
  return (
    <button
      type="button"
      title={props.title}
      disabled={!target || sameSpan(target, t.view)}
      onClick={() => target && t.setView(target)}
    >
      {props.label}
    </button>
  );
}

export function ZoomButtons({ t, compact }: { t: TimelineView; compact: boolean }) {
  const busyTitle = t.busy ? `Show the busiest period, ${describeDays(t.busy.from, t.busy.to)}` : '';
  const wholeTitle = `Show the whole span, ${describeDays(t.whole.from, t.whole.to)}`;
  if (compact) {
    if (!t.busy) return null;
    return sameSpan(t.view, t.whole) ? (
      <ZoomButton label="Zoom to busiest" target={t.busy} t={t} title={busyTitle} />
    ) : (
      <ZoomButton label="Zoom out" target={t.whole} t={t} title={wholeTitle} />
    );
  }
  return (
    <span className="zoom">
      <ZoomButton label="Zoom to selection" target={t.aroundSelection} t={t} title="Show the chosen dates" />
      {t.busy && <ZoomButton label="Zoom to busiest" target={t.busy} t={t} title={busyTitle} />}
      <ZoomButton label="Zoom out" target={t.whole} t={t} title={wholeTitle} />
    </span>
  );
}
