// A date typed as ISO text (dayInput.ts): one tab stop, the format shown beside
// it and in its description. A whole day applies as it is typed; a month, a
// year, an empty field or a mistake waits for Enter or leaving the field. A
// mistake is said next to the field (aria-invalid, aria-describedby, a polite
// live region) and the day applied stays the last good one. Escape puts back
// the day applied and goes no further: no key in the field changes anything
// outside it (the page's Escape ends Focus or clears the selection).

import { useId, useState } from 'react';
import { formatDay } from '../../model/dates';
import { dayHint, readDayInput, typedDay, type DayTakes } from './dayInput';

interface Draft {
  text: string;
  message: string | null;
}

export function DateField(props: {
  label: string;
  /** the day applied; `null` shows an empty field */
  day: number | null;
  takes: DayTakes;
  onDay: (day: number | null) => void;
  /** an empty field applies `null` (no day) */
  emptyAllowed?: boolean;
  /** marked invalid from outside (a start after the end) */
  invalid?: boolean;
}) {
  const { day, takes, onDay } = props;
  const id = useId();
  // what the field holds while it differs from the day applied, and what was wrong with it
  const [draft, setDraft] = useState<Draft | null>(null);
  // a new day from elsewhere (a slider, a link, "All time") replaces whatever was being typed
  const [seen, setSeen] = useState(day);
  if (seen !== day) {
    setSeen(day);
    setDraft(null);
  }
  const apply = (next: number | null) => {
    setDraft(null);
    if (next !== day) onDay(next);
  };
  const commit = (text: string) => {
    const r = readDayInput(text, takes, props.emptyAllowed);
    if (r.ok) apply(r.day);
    else setDraft({ text, message: r.message });
  };
  const hint = dayHint(takes);
  const message = draft?.message ?? null;
  return (
    <span className="date-field">
      <label htmlFor={`${id}-input`}>{props.label}</label>{' '}
      <input
        id={`${id}-input`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        size={10}
        pattern={takes === 'day' ? '\\d{4}-\\d{2}-\\d{2}' : '\\d{4}(-\\d{2}(-\\d{2})?)?'}
        value={draft?.text ?? (day === null ? '' : formatDay(day))}
        aria-invalid={props.invalid || message !== null || undefined}
        aria-describedby={`${id}-hint ${id}-message`}
        onChange={(e) => {
          const text = e.target.value;
          const typed = typedDay(text);
          if (typed !== null) apply(typed);
          else setDraft({ text, message });
        }}
        onBlur={() => draft !== null && commit(draft.text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            if (draft !== null) commit(draft.text);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
          }
        }}
      />
      <span id={`${id}-hint`} className="field-hint">
        {hint.shown}
        {hint.more && <span className="visually-hidden"> {hint.more}</span>}
      </span>
      <span id={`${id}-message`} className="field-error" aria-live="polite">
        {message}
      </span>
    </span>
  );
}

/** A field of the timeline, never empty: a range's start takes a month's or a year's first day, its end the last. */
export function DayField(props: {
  label: string;
  day: number;
  onDay: (day: number) => void;
  invalid?: boolean;
  takes: DayTakes;
}) {
  return (
    <DateField
      label={props.label}
      day={props.day}
      takes={props.takes}
      invalid={props.invalid}
      onDay={(d) => d !== null && props.onDay(d)}
    />
  );
}
