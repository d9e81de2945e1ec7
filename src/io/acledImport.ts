// ACLED's CSV exports (the older layout, with data_id, event_id_no_cnty and iso3,
// and the current one, with disorder_type, civilian_targeting and tags) read into
// events (eventRecords.ts): actor1 acts on actor2, as its event type says
// (eventTypes.ts); each actor of assoc_actor_1/2 is allied with its main actor
// that day; each source the row names is one evidence item quoting the notes.
// A day ACLED knows only roughly (time_precision 2, the week; 3, the month) gives
// the event a window (acledWindow): opened one relation per event, a one-off
// event in it.
// An event with no actor2 (most protests) has no relation: such events are
// counted and said once. Dates are strict: a bad one is an error for its row.

import { daysFromCivil, formatDay } from '../model/dates';
import type { ProblemList } from '../model/problems';
import { GENERIC_TYPE } from '../model/relationTypes';
import type { ActorKind } from '../model/types';
import type { EventEvidence, EventParty, EventRecord } from './eventRecords';
import { eachEventRow, eventsHave, hasColumns, listCell, parseDay, placeText, Tally } from './eventCsvRows';
import type { EventCell, EventFile } from './eventCsvRows';
import { ACLED_TIME_PRECISION, acledActorKind, acledAssociateKind, acledRelationType } from './eventTypes';
import { shown } from './csvCells';

/** The columns without which a file is not ACLED's (both layouts have them). */
/** The columns without which no row means anything (the ingest reads the same). */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2'];
/** The other columns the reader reads. */
export const ACLED_READ = [
  'time_precision',
  'assoc_actor_1',
  'inter1',
  'assoc_actor_2',
  'inter2',
  'civilian_targeting',
  'country',
  'admin1',
  'location',
  'source',
  'notes',
  'fatalities',
];

/** Where a row names no source, its evidence is ACLED's own record of it. */
const ACLED_SOURCE = { key: 'ACLED', title: 'ACLED' };

/** Each source a row names (";" between them) quoting its notes; ACLED itself where it names none. */
export function acledEvidence(sourceCell: string, notes: string): EventEvidence[] {
  const named = listCell(sourceCell).map((name) => ({ key: name, title: name }));
  return (named.length ? named : [ACLED_SOURCE]).map((source) => ({ source, ...(notes && { quote: notes }) }));
}

/** The format's calendar: years 0000 to 9999 (a window is cut at its ends). */
const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/**
 * The window of an event by its time_precision (the ingest's sql/acled.sql computes the same):
 * 2, only the week is known, which ACLED dates by its middle day: the seven days centred on the
 * day; 3, only the month: the day's month. None for 1 (the day itself) or anything else.
 */
export function acledWindow(day: string, precision: string): EventRecord['window'] {
  if (precision === '3') return { start: day.slice(0, 7) };
  if (precision !== '2') return undefined;
  const [y, m, d] = day.split('-').map(Number);
  const n = daysFromCivil(y, m, d);
  const at = (k: number) => formatDay(Math.min(Math.max(n + k, FIRST_DAY), LAST_DAY));
  return { start: at(-3), end: at(3) };
}

/** Whether a header is ACLED's, in either layout. */
export function isAcledHeader(columns: readonly string[]): boolean {
  return hasColumns(columns, ACLED_REQUIRED);
}

export function readAcledEvents(
  file: EventFile,
  problems: { errors: ProblemList; warnings: ProblemList },
): EventRecord[] {
  const { errors, warnings } = problems;
  const events: EventRecord[] = [];
  const alone = new Tally();
  const unknownType = new Tally();
  const unknownInter = new Tally();

  const party = (cell: EventCell, row: number, actor: string, inter: string): EventParty => {
    const name = cell(actor);
    const code = cell(inter);
    let kind = acledActorKind(name, code);
    if (kind === undefined) {
      unknownInter.note(row, code);
      kind = 'organisation';
    }
    return { key: name, label: name, kind };
  };

  eachEventRow(file, { required: ACLED_REQUIRED, read: ACLED_READ, empty: ['NA'] }, errors, (cell, row) => {
    const at = `${file.name}, row ${row}`;
    const date = parseDay(cell('event_date'), true);
    if (!date.ok) {
      errors.add([], date.message, `${at}, column event_date`);
      return;
    }
    if (cell('actor1') === '') {
      errors.add([], 'no actor1: every ACLED event names its first actor', `${at}, column actor1`);
      return;
    }
    const eventType = cell('event_type');
    const subEventType = cell('sub_event_type');
    let type = acledRelationType(eventType, subEventType);
    if (type === undefined) {
      unknownType.note(row, eventType);
      type = GENERIC_TYPE;
    }
    const id = cell('event_id_cnty') || `row ${row}`;
    const evidence = acledEvidence(cell('source'), cell('notes'));
    const location = placeText([cell('location'), cell('admin1'), cell('country')]);
    const window = acledWindow(date.day, cell('time_precision'));
    const base = {
      place: at,
      eventId: id,
      day: date.day,
      ...(window && { window }),
      ...(location && { location }),
      evidence,
    };

    const first = party(cell, row, 'actor1', 'inter1');
    const second = cell('actor2') === '' ? undefined : party(cell, row, 'actor2', 'inter2');
    if (second) events.push({ ...base, from: first, to: second, type, note: noteOf(cell, eventType, subEventType) });
    else alone.note(row);

    const associates = (main: EventParty, column: string) => {
      for (const name of listCell(cell(column))) {
        if (name === main.key) continue; // an actor is not its own associate
        const kind: ActorKind = acledAssociateKind(name, main.kind);
        events.push({
          ...base,
          from: { key: name, label: name, kind },
          to: main,
          type: 'allied-with',
          note: `associated with ${main.label} in ACLED event ${id}`,
        });
      }
    };
    associates(first, 'assoc_actor_1');
    if (second) associates(second, 'assoc_actor_2');
  });

  alone.report(
    warnings,
    `${file.name}, column actor2`,
    (n, f) => `${eventsHave(n)} no second actor: not drawn (a relation needs two ends); the first is row ${f.row}`,
  );
  unknownType.report(
    warnings,
    `${file.name}, column event_type`,
    (n, f) =>
      `${eventsHave(n)} an event type this reader does not know (the first, row ${f.row}: ${shown(f.value)}): loaded as "${GENERIC_TYPE}"`,
  );
  unknownInter.report(
    warnings,
    `${file.name}, column inter1/inter2`,
    (n, f) =>
      `${n} actor${n === 1 ? ' has' : 's have'} an actor type (inter) this reader does not know (the first, row ${f.row}: ${f.value === '' ? 'none given' : shown(f.value)}): loaded as organisations`,
  );
  return events;
}

/** "Battles / Armed clash; 3 fatalities; day approximate (…)". */
function noteOf(cell: EventCell, eventType: string, subEventType: string): string {
  const fatalities = cell('fatalities');
  const parts = [
    subEventType ? `${eventType || 'no event type'} / ${subEventType}` : eventType || 'no event type',
    /^\d+$/.test(fatalities) ? `${fatalities} ${fatalities === '1' ? 'fatality' : 'fatalities'}` : '',
    /civilian/i.test(cell('civilian_targeting')) ? 'civilians targeted' : '',
    ACLED_TIME_PRECISION.get(cell('time_precision')) ?? '',
  ];
  return parts.filter(Boolean).join('; ');
}
