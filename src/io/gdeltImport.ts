// GDELT event exports read into events (eventRecords.ts). Three layouts, told
// apart by their width: GDELT 1.0 before April 2013 (57 tab-separated fields),
// GDELT 1.0 from April 2013 (58: SOURCEURL added) and GDELT 2.0 (61: an ADM2 code
// in each of the three places). The official files have no header; a BigQuery
// export has one (and is comma-separated unless asked otherwise): a file whose
// first row names GLOBALEVENTID is read by its column names, whatever its width.
//
// Actor1 acts on Actor2; the CAMEO root (or, where it disagrees or is missing, the
// QuadClass) gives the relation type (cameoTypes.ts); SQLDATE the day;
// ActionGeo_FullName the place; SOURCEURL the evidence, one source per article,
// with no quote (GDELT keeps none). Goldstein, mentions, sources, articles and
// tone go into the note. An event with one actor is no relation: such events
// are counted and said once. Never throws; every problem names the file, the row
// (row 1 is the first line, header or not) and, where there is one, the column.

import Papa from 'papaparse';
import type { ProblemList } from '../model/problems';
import {
  CAMEO_ROOTS,
  QUAD_CLASSES,
  cameoActorKind,
  cameoCountry,
  cameoRoot,
  cameoTypeId,
  quadClassOf,
  quadTypeId,
  type CameoRoot,
  type QuadClass,
} from './cameoTypes';
import { shown } from './csvCells';
import type { EventEvidence, EventParty, EventRecord } from './eventRecords';
import { columnKey, dayOf, eventsHave, Tally } from './eventCsvRows';

// The columns of the headerless layouts, in the codebooks' groups: the event's id and
// date, each actor's attributes, the action's, each place's (the actors' and the
// action's), and the date GDELT added the event.
const EVENT_ID_AND_DATE = ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate'] as const;

/** An actor's columns, the same for Actor1 and Actor2. */
const actor = <N extends 1 | 2>(n: N) =>
  [
    `Actor${n}Code`,
    `Actor${n}Name`,
    `Actor${n}CountryCode`,
    `Actor${n}KnownGroupCode`,
    `Actor${n}EthnicCode`,
    `Actor${n}Religion1Code`,
    `Actor${n}Religion2Code`,
    `Actor${n}Type1Code`,
    `Actor${n}Type2Code`,
    `Actor${n}Type3Code`,
  ] as const;

/** The action's columns: its CAMEO codes, QuadClass, Goldstein scale and coverage. */
const ACTION = [
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
] as const;

/**
 * A place's columns, the same for Actor1Geo, Actor2Geo and ActionGeo; GDELT 2.0 has an
 * ADM2 code after the ADM1 code (the cast keeps each layout's type its exact list of names).
 */
const geo = <P extends 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo', Adm2 extends boolean>(place: P, adm2: Adm2) =>
  [
    `${place}_Type`,
    `${place}_FullName`,
    `${place}_CountryCode`,
    `${place}_ADM1Code`,
    ...((adm2 ? [`${place}_ADM2Code`] : []) as Adm2 extends true ? [`${P}_ADM2Code`] : []),
    `${place}_Lat`,
    `${place}_Long`,
    `${place}_FeatureID`,
  ] as const;

/** The columns up to DATEADDED, with or without GDELT 2.0's ADM2 codes. */
const eventColumns = <Adm2 extends boolean>(adm2: Adm2) =>
  [
    ...EVENT_ID_AND_DATE,
    ...actor(1),
    ...actor(2),
    ...ACTION,
    ...geo('Actor1Geo', adm2),
    ...geo('Actor2Geo', adm2),
    ...geo('ActionGeo', adm2),
    'DATEADDED',
  ] as const;

/** GDELT 1.0 daily and monthly files of events before April 2013: 57 columns, no SOURCEURL. */
export const GDELT1_HISTORICAL_COLUMNS = eventColumns(false);

/** GDELT 1.0 daily files from 1 April 2013: the 57 columns and SOURCEURL. */
export const GDELT1_DAILY_COLUMNS = [...GDELT1_HISTORICAL_COLUMNS, 'SOURCEURL'] as const;

/** GDELT 2.0 events ("*.export.CSV"): as 1.0 daily, with an ADM2 code after each ADM1 code. */
export const GDELT2_COLUMNS = [...eventColumns(true), 'SOURCEURL'] as const;

type Column = (typeof GDELT2_COLUMNS)[number];

/** The headerless layouts, by width. */
export const GDELT_LAYOUTS: ReadonlyMap<number, { name: string; columns: readonly Column[] }> = new Map([
  [GDELT1_HISTORICAL_COLUMNS.length, { name: 'GDELT 1.0, before April 2013', columns: GDELT1_HISTORICAL_COLUMNS }],
  [GDELT1_DAILY_COLUMNS.length, { name: 'GDELT 1.0, from April 2013', columns: GDELT1_DAILY_COLUMNS }],
  [GDELT2_COLUMNS.length, { name: 'GDELT 2.0', columns: GDELT2_COLUMNS }],
]);

/** What a header must name for its rows to mean anything: these, and one of each pair below. */
const REQUIRED: readonly Column[] = ['GLOBALEVENTID', 'SQLDATE', 'QuadClass'];
const ONE_OF: readonly (readonly Column[])[] = [
  ['Actor1Code', 'Actor1Name'],
  ['Actor2Code', 'Actor2Name'],
  ['EventRootCode', 'EventCode'],
];

const KNOWN_COLUMNS: ReadonlySet<string> = new Set(GDELT2_COLUMNS.map(columnKey));
const ID_COLUMN = columnKey('GLOBALEVENTID');

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstLineOf(text: string): string {
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}

/** Whether a line's cells, unquoted, name GLOBALEVENTID (the length first: this is asked of every row). */
function namesEventId(cells: readonly string[]): boolean {
  return cells.some((c) => c.length >= 13 && c.length <= 64 && columnKey(c.replace(/^\s*"|"\s*$/g, '')) === ID_COLUMN);
}

/**
 * Whether a file is a GDELT events export, from its name and first line: tab-separated
 * with 57, 58 or 61 fields whose first is an event id (any first field where the name
 * is GDELT's own "….export.CSV"), or a header, tab- or comma-separated, naming GLOBALEVENTID.
 */
export function isGdeltText(name: string, firstLine: string): boolean {
  const line = firstLineOf(withoutBom(firstLine));
  const tabbed = line.includes('\t');
  const cells = line.split(tabbed ? '\t' : ',');
  if (namesEventId(cells)) return true;
  if (!tabbed || !GDELT_LAYOUTS.has(cells.length)) return false;
  return /^\d+$/.test(cells[0].trim()) || /\.export\.csv$/i.test(name);
}

/** How numbers in the note are shown: as the file writes them, if they are numbers. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const COUNT = /^\d+$/;

/**
 * Reads a GDELT events export into events. Problems go to `problems`: errors for
 * rows that cannot be read (wrong width, no day, no event type), warnings for
 * what is read but left out or guessed (events with one actor, repeated event
 * ids, a QuadClass that disagrees with its CAMEO root, numbers that are not).
 */
export function readGdeltEvents(
  file: { name: string; text: string },
  problems: { errors: ProblemList; warnings: ProblemList },
): EventRecord[] {
  const events: EventRecord[] = [];
  try {
    readInto(file, problems, events);
  } catch (e) {
    // written not to throw; this keeps the promise if it does
    problems.errors.add([], `the file could not be read: ${e instanceof Error ? e.message : String(e)}`, file.name);
  }
  return labelled(events);
}

function readInto(
  file: { name: string; text: string },
  problems: { errors: ProblemList; warnings: ProblemList },
  events: EventRecord[],
): void {
  const { errors, warnings } = problems;
  const name = file.name;
  const text = withoutBom(typeof file.text === 'string' ? file.text : '');
  if (text.trim() === '') {
    errors.add([], 'the file is empty: expected GDELT events, one a line', name);
    return;
  }
  // tab-separated, as GDELT writes its files, unless the first line has commas and no tab (BigQuery's CSV)
  const first = firstLineOf(text);
  const delimiter = !first.includes('\t') && first.includes(',') ? ',' : '\t';

  const alone = new Tally();
  const repeated = new Tally();
  const disagreeing = new Tally();
  const unknownRoot = new Tally();
  const notQuad = new Tally();
  const notNumbers = new Tally();
  const headers = new Tally();
  const seen = new Set<string>();
  const index = new Map<string, number>();
  let width = 0;
  let layout = '';
  let row = 0;
  let cells: string[] = [];
  const cell = (column: Column): string => {
    const i = index.get(columnKey(column));
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (results, parser) => {
      row++;
      const at = `${name}, row ${row}`;
      cells = results.data;
      for (const e of results.errors) errors.add([], e.message, at);
      if (cells.every((c) => c.trim() === '')) return; // a blank line, as at the end of a file
      if (namesEventId(cells)) {
        if (width !== 0) {
          headers.note(row); // a header again, as where exports were joined
          return;
        }
        if (!readHeader(at, cells, index, errors, warnings)) parser.abort();
        width = cells.length;
        layout = 'its header';
        return;
      }
      if (width === 0) {
        const known = GDELT_LAYOUTS.get(cells.length);
        if (!known) {
          errors.add(
            [],
            `${cells.length} field${cells.length === 1 ? '' : 's'}: a GDELT events file has 57 (GDELT 1.0 before April 2013), 58 (GDELT 1.0 from April 2013) or 61 (GDELT 2.0) ${delimiter === '\t' ? 'tab-separated fields' : 'fields'}, or a first row naming GLOBALEVENTID; the row is skipped`,
            at,
          );
          return;
        }
        width = cells.length;
        layout = known.name;
        known.columns.forEach((c, i) => index.set(columnKey(c), i));
      }
      if (cells.length !== width) {
        errors.add(
          [],
          `${cells.length} field${cells.length === 1 ? '' : 's'} where this file's rows have ${width} (${layout}): the row is skipped`,
          at,
        );
        return;
      }
      const event = eventOf(name, row, cell, { errors, alone, disagreeing, unknownRoot, notQuad, notNumbers });
      if (!event) return;
      if (seen.has(event.eventId)) {
        repeated.note(row, event.eventId);
        return;
      }
      seen.add(event.eventId);
      events.push(event);
    },
  });

  alone.report(
    warnings,
    name,
    (n, f) => `${eventsHave(n)} only one actor: not drawn (a relation needs two ends); the first is row ${f.row}`,
  );
  repeated.report(
    warnings,
    `${name}, column GLOBALEVENTID`,
    (n, f) =>
      `${n} row${n === 1 ? ' repeats' : 's repeat'} an event already read (the first, row ${f.row}: ${shown(f.value)}): read once`,
  );
  disagreeing.report(
    warnings,
    `${name}, column QuadClass`,
    (n, f) =>
      `${eventsHave(n)} a QuadClass that is not its CAMEO root's (the first, row ${f.row}: ${f.value}): typed by the QuadClass`,
  );
  unknownRoot.report(
    warnings,
    `${name}, column EventRootCode`,
    (n, f) =>
      `${eventsHave(n)} a CAMEO root this reader does not know (the first, row ${f.row}: ${shown(f.value)}): typed by the QuadClass`,
  );
  notQuad.report(
    warnings,
    `${name}, column QuadClass`,
    (n, f) =>
      `${eventsHave(n)} a QuadClass that is not 1 to 4 (the first, row ${f.row}: ${shown(f.value)}): typed by the CAMEO root`,
  );
  notNumbers.report(
    warnings,
    name,
    (n, f) =>
      `${n} cell${n === 1 ? '' : 's'} of GoldsteinScale, NumMentions, NumSources, NumArticles or AvgTone ${n === 1 ? 'is' : 'are'} not a number (the first, row ${f.row}, ${f.value}): left out of the notes`,
  );
  headers.report(
    warnings,
    `${name}, column GLOBALEVENTID`,
    (n, f) => `${n} row${n === 1 ? ' repeats' : 's repeat'} the header (the first, row ${f.row}): skipped`,
  );
}

/** Reads a header into `index`; false when a column the rows need is missing (said once). */
function readHeader(
  at: string,
  cells: readonly string[],
  index: Map<string, number>,
  errors: ProblemList,
  warnings: ProblemList,
): boolean {
  const unknown: string[] = [];
  cells.forEach((raw, i) => {
    const key = columnKey(raw);
    if (key === '') return;
    if (!KNOWN_COLUMNS.has(key)) unknown.push(raw.trim());
    else if (index.has(key)) errors.add([], `the column ${shown(raw.trim())} appears twice`, at);
    else index.set(key, i);
  });
  if (unknown.length) {
    const shownNames = unknown.slice(0, 5).map(shown).join(', ');
    warnings.add(
      [],
      `column${unknown.length === 1 ? '' : 's'} not in GDELT's events: ${shownNames}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}: not read`,
      at,
    );
  }
  const missing = [
    ...REQUIRED.filter((c) => !index.has(columnKey(c))),
    ...ONE_OF.filter((cs) => cs.every((c) => !index.has(columnKey(c)))).map((cs) => cs.join(' or ')),
  ];
  if (missing.length === 0) return true;
  errors.add(
    [],
    `no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'}: a GDELT events file needs them; no row was read`,
    at,
  );
  return false;
}

interface RowProblems {
  errors: ProblemList;
  alone: Tally;
  disagreeing: Tally;
  unknownRoot: Tally;
  notQuad: Tally;
  notNumbers: Tally;
}

function eventOf(
  name: string,
  row: number,
  cell: (c: Column) => string,
  problems: RowProblems,
): EventRecord | undefined {
  const at = `${name}, row ${row}`;
  const date = dayOfSqlDate(cell('SQLDATE'));
  if (!date.ok) {
    problems.errors.add([], date.message, `${at}, column SQLDATE`);
    return undefined;
  }
  const type = typeOf(cell, row, problems);
  if (!type.ok) {
    problems.errors.add([], type.message, `${at}, column EventRootCode`);
    return undefined;
  }
  const from = partyOf(cell, 'Actor1');
  const to = partyOf(cell, 'Actor2');
  if (!from || !to) {
    problems.alone.note(row);
    return undefined;
  }
  const location = cell('ActionGeo_FullName');
  const note = noteOf(cell, type.note, row, problems.notNumbers);
  return {
    place: at,
    eventId: cell('GLOBALEVENTID') || `row ${row}`,
    day: date.day,
    from,
    to,
    type: type.id,
    ...(location && { location }),
    ...(note && { note }),
    evidence: gdeltEvidence(cell('SOURCEURL')),
  };
}

type Parse<T> = ({ ok: true } & T) | { ok: false; message: string };

/** SQLDATE (YYYYMMDD; a BigQuery export may write YYYY-MM-DD) as an ISO day from 1900 to 2999. */
function dayOfSqlDate(text: string): Parse<{ day: string }> {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (!m) {
    return { ok: false, message: `${text === '' ? 'no date' : `${shown(text)} is not a date`}: expected YYYYMMDD` };
  }
  const year = Number(m[1]);
  if (year < 1900 || year > 2999)
    return { ok: false, message: `${shown(text)}: the year ${m[1]} is not read (1900 to 2999; GDELT starts in 1979)` };
  return dayOf(text, year, Number(m[2]), Number(m[3]));
}

/** The relation type: the CAMEO root's, or the QuadClass's where the root is missing or disagrees. */
function typeOf(cell: (c: Column) => string, row: number, problems: RowProblems): Parse<{ id: string; note: string }> {
  const eventCode = cell('EventCode');
  const baseCode = cell('EventBaseCode') || eventCode.slice(0, 3);
  const rootText = cell('EventRootCode') || eventCode.slice(0, 2);
  const root: CameoRoot | undefined = cameoRoot(rootText);
  const quadText = cell('QuadClass');
  const quad: QuadClass | undefined = quadClassOf(quadText);
  const note = `CAMEO ${eventCode || baseCode || rootText || 'code missing'}`;
  if (quad === undefined && quadText !== '') problems.notQuad.note(row, quadText);
  if (root && (quad === undefined || quad === root.quad)) return { ok: true, id: cameoTypeId(root, baseCode), note };
  if (quad !== undefined) {
    if (root) problems.disagreeing.note(row, `${quad} with root ${root.code}, which is QuadClass ${root.quad}`);
    else if (rootText !== '') problems.unknownRoot.note(row, rootText);
    return { ok: true, id: quadTypeId(quad), note };
  }
  return {
    ok: false,
    message: `${rootText === '' ? 'no CAMEO root' : `${shown(rootText)} is not a CAMEO root (01 to ${CAMEO_ROOTS.length})`} and ${quadText === '' ? 'no QuadClass' : `${shown(quadText)} is not a QuadClass (1 to ${QUAD_CLASSES.size})`}: the event has no type; the row is skipped`,
  };
}

/** One actor of a row; undefined when the row names neither its code nor its name. */
function partyOf(cell: (c: Column) => string, who: 'Actor1' | 'Actor2'): EventParty | undefined {
  const code = cell(`${who}Code`);
  const name = cell(`${who}Name`);
  if (code === '' && name === '') return undefined;
  const countryCode = cell(`${who}CountryCode`);
  const kind =
    code === ''
      ? 'organisation'
      : cameoActorKind({
          code,
          countryCode,
          knownGroupCode: cell(`${who}KnownGroupCode`),
          typeCodes: [cell(`${who}Type1Code`), cell(`${who}Type2Code`), cell(`${who}Type3Code`)],
        });
  const country = cameoCountry(countryCode);
  // the label is settled once every row is read (labelled): here, the name this row gives
  return { key: code || name, label: name || code, kind, ...(country && { country }) };
}

/** "CAMEO 190; Goldstein -10; 15 mentions, 3 sources, 12 articles; tone -4.21". */
function noteOf(cell: (c: Column) => string, code: string, row: number, notNumbers: Tally): string {
  const number = (column: Column, pattern: RegExp): string | undefined => {
    const v = cell(column);
    if (v === '') return undefined;
    if (pattern.test(v)) return v;
    notNumbers.note(row, `column ${column}: ${shown(v)}`);
    return undefined;
  };
  const count = (column: Column, one: string, many: string) => {
    const v = number(column, COUNT);
    return v === undefined ? '' : `${v} ${Number(v) === 1 ? one : many}`;
  };
  const goldstein = number('GoldsteinScale', NUMBER);
  const tone = number('AvgTone', NUMBER);
  const counts = [
    count('NumMentions', 'mention', 'mentions'),
    count('NumSources', 'source', 'sources'),
    count('NumArticles', 'article', 'articles'),
  ]
    .filter(Boolean)
    .join(', ');
  return [
    code,
    goldstein === undefined ? '' : `Goldstein ${goldstein}`,
    counts,
    tone === undefined ? '' : `tone ${round(tone)}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** A tone as GDELT writes it (-4.21052631578947) to two decimals. */
function round(text: string): string {
  const n = Number(text);
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : text;
}

const URL_HOST = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:@\s]+)/i;

/**
 * SOURCEURL as evidence: one source per article (the URL its key), titled by its
 * host. GDELT 2.0 writes some sources as a name, not a URL ("BBC Monitoring"):
 * that name is the source. No SOURCEURL (GDELT 1.0 before April 2013): no evidence.
 */
export function gdeltEvidence(url: string): EventEvidence[] {
  if (url === '') return [];
  const host = URL_HOST.exec(url)?.[1]
    .toLowerCase()
    .replace(/^www\./, '');
  if (host) return [{ source: { key: url, title: host, url } }];
  return [{ source: { key: url, title: url } }];
}

/**
 * Each actor's label, once every row is read: the name its rows give most often
 * (the first, on a tie) with its code, "SYRIA (SYRGOV)"; the code alone where no
 * row names it; the name alone where no row codes it. GDELT names an actor by the
 * words the article used ("DAMASCUS", "BASHAR AL-ASSAD" for SYRGOV), and the code
 * keeps SYRIA the state apart from SYRIA the government.
 */
function labelled(events: EventRecord[]): EventRecord[] {
  const names = new Map<string, Map<string, number>>();
  for (const e of events) {
    for (const p of [e.from, e.to]) {
      let counts = names.get(p.key);
      if (!counts) names.set(p.key, (counts = new Map()));
      // a party's label is, so far, its row's name; or its key, where the row gives only one of the two
      if (p.label !== p.key) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
    }
  }
  const labels = new Map<string, string>();
  for (const [key, counts] of names) {
    let best = '';
    let most = 0;
    for (const [n, c] of counts) if (c > most) [best, most] = [n, c];
    labels.set(key, best === '' ? key : `${best} (${key})`);
  }
  const relabel = (p: EventParty): EventParty => ({ ...p, label: labels.get(p.key) ?? p.label });
  return events.map((e) => ({ ...e, from: relabel(e.from), to: relabel(e.to) }));
}
