// An exact day, typed or picked. A date field reports each edit as the user
// types, years included ("2", "20", "202", "2024"): only a day with a four-digit
// year, or any valid day on Enter or leaving the field, is applied, so typing
// never passes through year 2 on its way to 2024.

import { useState } from 'react';
import { firstDay, formatDay, parsePartialDate } from '../../model/dates';

function dayOf(value: string): { day: number; typed: boolean } | null {
  const r = parsePartialDate(value);
  if (!r.ok || r.date.precision !== 'day') return null;
  return { day: firstDay(r.date), typed: r.date.year >= 1000 };
}

export function DayField(props: { label: string; day: number; onDay: (day: number) => void; invalid?: boolean }) {
  // what the field holds while it differs from the day applied
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (value: string) => {
    const d = dayOf(value);
    if (d !== null && d.day !== props.day) props.onDay(d.day);
    setDraft(null);
  };
  return (
    <label>
      {props.label}{' '}
      <input
        type="date"
        value={draft ?? formatDay(props.day)}
        aria-invalid={props.invalid || undefined}
        onChange={(e) => {
          const d = dayOf(e.target.value);
          if (d?.typed) commit(e.target.value);
          else setDraft(e.target.value);
        }}
        onBlur={() => draft !== null && commit(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft !== null) commit(draft);
        }}
      />
    </label>
  );
}
