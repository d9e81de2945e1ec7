// After opening an event file: how many events became how many relations, and
// the other roll-ups (one relation per event, or per pair, type and week, month
// or year), so a year of events stays drawable and a week of them exact.

import { ROLLUPS, type Rollup } from '../io/eventRecords';
import type { LoadedDataset } from '../state/loaded';
import { useStore } from '../state/store';

const ROLLUP_NAMES: Record<Rollup, string> = {
  none: 'one per event',
  week: 'by week',
  month: 'by month',
  year: 'by year',
};

export function EventsBar({ loaded }: { loaded: LoadedDataset }) {
  const events = useStore((s) => s.openedEvents);
  if (!events) return null;
  const relations = loaded.valid.dataset.relations.length;
  return (
    <section className="events-bar" aria-label="Events">
      <p>
        {events.count.toLocaleString('en')} {events.format} events as {relations.toLocaleString('en')} relations (
        {ROLLUP_NAMES[events.rollup]}). Relations:
      </p>
      <div role="group" aria-label="Roll events up" className="events-rollups">
        {ROLLUPS.map((r) => (
          <button
            key={r}
            type="button"
            aria-pressed={r === events.rollup}
            onClick={() => r !== events.rollup && events.reopen(r)}
          >
            {ROLLUP_NAMES[r]}
          </button>
        ))}
      </div>
    </section>
  );
}
