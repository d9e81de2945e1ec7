// UCDP's Georeferenced Event Dataset (GED) as CSV read into events
// (eventRecords.ts): side_a acts on side_b, as the type of violence says
// (eventTypes.ts); an event known only within a window (date_start to date_end)
// keeps the window (a one-off event in it, opened one relation per event); each article of source_article is one evidence item, quoting
// its headline. Sides are known by UCDP's ids, so a side keeps one actor under
// whatever name a row gives it. Dates are strict: a bad one is an error for its row.

import type { ProblemList } from '../model/problems';
import { GENERIC_TYPE } from '../model/relationTypes';
import { shown } from './csvCells';
import type { EventEvidence, EventParty, EventRecord, EventSource } from './eventRecords';
import { eachEventRow, eventsHave, hasColumns, listCell, parseDay, placeText, Tally } from './eventCsvRows';
import type { EventCell, EventFile } from './eventCsvRows';
import { UCDP_DATE_PRECISION, UCDP_EVENT_CLARITY, UCDP_VIOLENCE_TYPES, ucdpActorKind } from './eventTypes';

/** The columns without which no row means anything (the ingest reads the same). */
export const UCDP_REQUIRED = ['id', 'type_of_violence', 'side_a', 'side_b', 'date_start'];
/** The other columns the reader reads. */
export const UCDP_READ = [
  'side_a_new_id',
  'side_a_dset_id',
  'side_b_new_id',
  'side_b_dset_id',
  'conflict_name',
  'date_end',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_headline',
  'where_description',
  'adm_1',
  'country',
  'event_clarity',
  'date_prec',
  'best',
  'low',
  'high',
];

/** Where a row names no source, its evidence is UCDP's own record of it. */
const UCDP_SOURCE = { key: 'UCDP GED', title: 'UCDP Georeferenced Event Dataset' };

/** Whether a header is UCDP GED's. */
export function isUcdpHeader(columns: readonly string[]): boolean {
  return hasColumns(columns, UCDP_REQUIRED);
}

export function readUcdpEvents(
  file: EventFile,
  problems: { errors: ProblemList; warnings: ProblemList },
): EventRecord[] {
  const { errors, warnings } = problems;
  const events: EventRecord[] = [];
  const alone = new Tally();
  const unknownType = new Tally();
  const renamed = new Tally();
  /** UCDP's side id → the party first read under it */
  const sides = new Map<string, EventParty>();

  const party = (cell: EventCell, row: number, side: 'side_a' | 'side_b'): EventParty => {
    const name = cell(side);
    const id = cell(`${side}_new_id`) || cell(`${side}_dset_id`);
    if (id === '') return { key: name, label: name, kind: ucdpActorKind(name) };
    const known = sides.get(id);
    if (known) {
      if (known.label !== name) renamed.note(row, `${id}: ${shown(known.label)} and ${shown(name)}`);
      return known;
    }
    // the key is the id; the name in it keeps the actor's id in the dataset readable
    const made = { key: `${name} (${id})`, label: name, kind: ucdpActorKind(name) };
    sides.set(id, made);
    return made;
  };

  eachEventRow(file, { required: UCDP_REQUIRED, read: UCDP_READ, empty: ['NA'] }, errors, (cell, row) => {
    const at = `${file.name}, row ${row}`;
    const start = parseDay(cell('date_start'));
    if (!start.ok) {
      errors.add([], start.message, `${at}, column date_start`);
      return;
    }
    let window: EventRecord['window'];
    if (cell('date_end') !== '') {
      const end = parseDay(cell('date_end'));
      if (!end.ok) {
        errors.add([], end.message, `${at}, column date_end`);
        return;
      }
      if (end.day < start.day) {
        errors.add([], `${end.day} is before date_start, ${start.day}`, `${at}, column date_end`);
        return;
      }
      if (end.day !== start.day) window = { start: start.day, end: end.day };
    }
    if (cell('side_a') === '') {
      errors.add([], 'no side_a: every UCDP event names its first side', `${at}, column side_a`);
      return;
    }
    if (cell('side_b') === '') {
      alone.note(row);
      return;
    }
    const code = cell('type_of_violence');
    const violence = UCDP_VIOLENCE_TYPES.get(code);
    if (!violence) unknownType.note(row, code);
    const location = placeText([cell('where_description'), cell('adm_1'), cell('country')]);
    events.push({
      place: at,
      eventId: cell('id') || `row ${row}`,
      day: start.day,
      ...(window && { window }),
      from: party(cell, row, 'side_a'),
      to: party(cell, row, 'side_b'),
      type: violence?.type ?? GENERIC_TYPE,
      ...(location && { location }),
      note: noteOf(cell, violence?.label),
      evidence: evidenceOf(cell),
    });
  });

  alone.report(
    warnings,
    `${file.name}, column side_b`,
    (n, f) => `${eventsHave(n)} no side_b: not drawn (a relation needs two ends); the first is row ${f.row}`,
  );
  unknownType.report(
    warnings,
    `${file.name}, column type_of_violence`,
    (n, f) =>
      `${eventsHave(n)} a type_of_violence other than 1, 2 or 3 (the first, row ${f.row}: ${shown(f.value)}): loaded as "${GENERIC_TYPE}"`,
  );
  renamed.report(
    warnings,
    `${file.name}, column side_a/side_b`,
    (n, f) =>
      `${n} row${n === 1 ? ' names' : 's name'} a side differently from the first row with its id (the first, row ${f.row}, id ${f.value}): the first name is kept`,
  );
  return events;
}

/**
 * One evidence item per article of source_article (";" between them), quoting its
 * headline and naming its office where source_headline and source_office list one
 * per article; otherwise each quotes the whole headline cell. With no article, the
 * offices are the sources; with neither, UCDP itself.
 */
function evidenceOf(cell: EventCell): EventEvidence[] {
  return ucdpEvidence(cell('source_article'), cell('source_office'), cell('source_headline'));
}

/** The evidence of an event from its source_article, source_office and source_headline cells (the ingest's too). */
export function ucdpEvidence(articleCell: string, officeCell: string, headlineCell: string): EventEvidence[] {
  const articles = listCell(articleCell);
  const offices = listCell(officeCell);
  const headlines = listCell(headlineCell);
  const whole = headlineCell;
  const quoteOf = (i: number, n: number) => (headlines.length === n ? headlines[i] : whole);
  let sources: EventSource[];
  if (articles.length) {
    sources = articles.map((title, i) => ({
      key: title,
      title,
      ...(offices.length === articles.length && { publisher: offices[i] }),
    }));
  } else if (offices.length) {
    sources = offices.map((name) => ({ key: name, title: name, publisher: name }));
  } else {
    sources = [UCDP_SOURCE];
  }
  return sources.map((source, i) => {
    const quote = quoteOf(i, sources.length);
    return { source, ...(quote && { quote }) };
  });
}

/** "State-based violence (Syria: Government); 12 deaths (best estimate; low 10, high 15); 3 sources; …". */
function noteOf(cell: EventCell, violence: string | undefined): string {
  const conflict = cell('conflict_name');
  const best = cell('best');
  const range = [cell('low') && `low ${cell('low')}`, cell('high') && `high ${cell('high')}`].filter(Boolean);
  const sources = cell('number_of_sources');
  const clarity = cell('event_clarity');
  const precision = cell('date_prec');
  const parts = [
    `${violence ?? `type of violence ${cell('type_of_violence') || 'not given'}`}${conflict && ` (${conflict})`}`,
    best &&
      `${best} ${best === '1' ? 'death' : 'deaths'} (best estimate${range.length ? `; ${range.join(', ')}` : ''})`,
    sources && `${sources} ${sources === '1' ? 'source' : 'sources'}`,
    clarity &&
      `event clarity ${clarity}${UCDP_EVENT_CLARITY.has(clarity) ? ` (${UCDP_EVENT_CLARITY.get(clarity)})` : ''}`,
    precision &&
      `date precision ${precision}${UCDP_DATE_PRECISION.has(precision) ? ` (${UCDP_DATE_PRECISION.get(precision)})` : ''}`,
  ];
  return parts.filter(Boolean).join('; ');
}
