// The line under the timeline: what the detail shows and how its bars read, the
// undated relations it cannot place (which the date filter never hides: only
// "Include undated" does), and a warning when the start day is after the end day.

import { describeDays } from '../../model/timeAxis';
import type { BinUnit } from '../../model/timeline';
import type { DaySpan } from '../../model/timeView';
import { countText, plural } from '../../model/countText';

export function undatedText(total: number, kept: number, included: boolean): string | null {
  if (total === 0) return null;
  const what = plural(total, 'undated relation');
  if (!included) return `${what} hidden ("Include undated" is off)`;
  if (kept === total) return `${what}, shown at every date`;
  return `${what}: ${countText(kept)} shown at every date, ${countText(total - kept)} hidden by other filters`;
}

export function TimelineNote(props: { view: DaySpan; unit: BinUnit; undated: string | null; inverted: boolean }) {
  return (
    <p className="timeline-note">
      <span>
        {describeDays(props.view.from, props.view.to)}, a bar per {props.unit}:{' '}
        <span className="key cooperative">cooperative</span> <span className="key hostile">hostile</span>{' '}
        <span className="key neutral">neutral</span>
      </span>
      {props.undated && <span>{props.undated}</span>}
      <span className="warning" aria-live="polite">
        {props.inverted ? 'Start day is after End day: no dated relation is shown' : ''}
      </span>
    </p>
  );
}
