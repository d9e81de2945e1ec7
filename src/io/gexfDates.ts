// GEXF dates read strictly as the app's partial dates. GEXF's "date" and
// "dateTime" time formats are xsd:date (2024-12-01, with an optional time zone)
// and xsd:dateTime (2024-12-01T10:00:00.5+01:00): the day is kept as written,
// the time and zone dropped (a relation is dated to the day). Years and
// year-months (2024, 2024-12) are read too, as the app's own partial dates.
// Anything else (a year outside 0000-9999, a one-digit month, a day that does
// not exist) is refused with a message, never cut down to a shorter date.

import { parsePartialDate, relationInterval } from '../model/dates';

const ZONE = '(?:Z|[+-]\\d{2}:\\d{2})?';
const GEXF_DATE = new RegExp(`^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)?${ZONE}$`);

export type DayRead = { ok: true; date: string } | { ok: false; message: string };

const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A GEXF date or dateTime as YYYY, YYYY-MM or YYYY-MM-DD, or why it is not one. */
export function gexfDay(text: string): DayRead {
  const m = GEXF_DATE.exec(text.trim());
  // a time needs a whole date before it
  if (!m || (m[0].includes('T') && m[1].length !== 10)) {
    return {
      ok: false,
      message: `${shown(text)} is not a date the app reads: expected YYYY, YYYY-MM or YYYY-MM-DD (an xsd:date or dateTime, years 0000 to 9999)`,
    };
  }
  const parsed = parsePartialDate(m[1]);
  return parsed.ok ? { ok: true, date: m[1] } : { ok: false, message: parsed.message };
}

/** Where a date came from, for the message: `attribute "start"`, `<spell> 2, attribute "end"`. */
export interface DatedText {
  attribute: string;
  text: string | undefined;
}

export type SpanRead = { ok: true; start?: string; end?: string } | { ok: false; message: string };

/**
 * A relation's interval from a GEXF start and end (an edge's or a spell's): no end is ongoing, as GEXF
 * reads an open end. Nothing at all is undated; a date that cannot be read, an end without a start
 * (the app has no open start) or an end before the start is refused, naming the attribute.
 */
export function gexfSpan(start: DatedText, end: DatedText): SpanRead {
  if (start.text === undefined || start.text === '') {
    if (end.text === undefined || end.text === '') return { ok: true };
    return { ok: false, message: `${end.attribute} is given without a start: the app has no open start` };
  }
  const from = gexfDay(start.text);
  if (!from.ok) return { ok: false, message: `${start.attribute}: ${from.message}` };
  if (end.text === undefined || end.text === '') return { ok: true, start: from.date, end: 'ongoing' };
  const to = gexfDay(end.text);
  if (!to.ok) return { ok: false, message: `${end.attribute}: ${to.message}` };
  const iv = relationInterval(from.date, to.date);
  if (!iv.ok) return { ok: false, message: `${end.attribute}: ${iv.message}` };
  return { ok: true, start: from.date, end: to.date === from.date ? undefined : to.date };
}
