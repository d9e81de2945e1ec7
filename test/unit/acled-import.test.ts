// ACLED's CSV exports, both layouts, read into events and then into a dataset:
// the samples in test/fixtures/events/ (written for these tests from ACLED's
// published column lists, not taken from ACLED's data) map to the expected
// actors, relations, days, types and evidence, and every problem names its file,
// row and column.
import { describe, expect, it } from 'vitest';
import { acledWindow, isAcledHeader, readAcledEvents } from '../../src/io/acledImport';
import { csvHeader, type EventFile } from '../../src/io/eventCsvRows';
import type { EventRecord } from '../../src/io/eventRecords';
import { ACLED_TYPES, AGREES_WITH } from '../../src/io/eventTypes';
import { isUcdpHeader } from '../../src/io/ucdpImport';
import { eventFixture, readEventFileDescribed, validEventsDataset } from '../support/eventFiles';

const read = (file: EventFile) => readEventFileDescribed(readAcledEvents, file);

/** An event as one line: "from -type-> to", for tables of expectations. */
const line = (e: EventRecord) => `${e.eventId} ${e.day} ${e.from.label} -${e.type}-> ${e.to.label}`;

const dataset = (events: EventRecord[], rollup: 'none' | 'month') =>
  validEventsDataset(events, { title: 'ACLED', rollup, relationTypes: ACLED_TYPES });

/** A CSV text from a header and rows of cells keyed by column (quoting every cell). */
function csv(header: readonly string[], rows: readonly Record<string, string>[], delimiter = ','): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [header.map(q).join(delimiter), ...rows.map((r) => header.map((h) => q(r[h] ?? '')).join(delimiter))].join(
    '\r\n',
  );
}

describe('ACLED, the current layout', () => {
  const { events, errors, warnings } = read(eventFixture('acled-current.csv'));

  it('maps each event to its actors, type and day, with associated actors allied that day', () => {
    expect(errors).toEqual([]);
    expect(events.map(line)).toEqual([
      'SYR120001 2024-11-27 Hayat Tahrir al Sham -fights-> Military Forces of Syria (2000-2024)',
      'SYR120001 2024-11-27 Turkistan Islamic Party -allied-with-> Hayat Tahrir al Sham',
      'SYR120001 2024-11-27 National Front for Liberation -allied-with-> Hayat Tahrir al Sham',
      'SYR120002 2024-11-28 Military Forces of Russia (2000-) -strikes-> Civilians (Syria)',
      'SYR120003 2024-11-29 Unidentified Armed Group (Syria) -strikes-> Civilians (Syria)',
      // SYR120004, a protest with no second actor: its associates only
      'SYR120004 2024-11-29 Women (Syria) -allied-with-> Protesters (Syria)',
      'SYR120004 2024-11-29 Teachers (Syria) -allied-with-> Protesters (Syria)',
      'SYR120005 2024-11-30 Protesters (Syria) -opposes-> Police Forces of Syria (2000-2024)',
      'SYR120006 2024-12-01 Rioters (Syria) -opposes-> Civilians (Syria)',
      'SYR120007 2024-12-02 Syrian Democratic Forces -agrees-with-> Military Forces of Turkey (2016-)',
      'SYR120008 2024-12-03 Hayat Tahrir al Sham -related-to-> Military Forces of Syria (2000-2024)',
      'SYR120009 2024-12-04 Military Forces of Syria (2000-2024) -fights-> Hayat Tahrir al Sham',
      'SYR120009 2024-12-04 Hezbollah -allied-with-> Military Forces of Syria (2000-2024)',
      'SYR120009 2024-12-04 NDF: National Defence Forces -allied-with-> Military Forces of Syria (2000-2024)',
      'SYR120010 2024-12-05 Military Forces of Turkey (2016-) -strikes-> Syrian Democratic Forces',
      'SYR120010 2024-12-05 Syrian National Army -allied-with-> Military Forces of Turkey (2016-)',
      'SYR120011 2024-12-06 Syrian National Army -fights-> Syrian Democratic Forces',
      'SYR120011 2024-12-06 Manbij Military Council -allied-with-> Syrian Democratic Forces',
      'IRQ40001 2024-12-07 Islamic State (Iraq) -strikes-> Military Forces of Iraq (2020-)',
      'IRQ40001 2024-12-07 Popular Mobilization Forces -allied-with-> Military Forces of Iraq (2020-)',
    ]);
  });

  it('counts the events with no second actor in one warning', () => {
    expect(warnings).toEqual([
      'acled-current.csv, column actor2: 1 event has no second actor: not drawn (a relation needs two ends); the first is row 5',
    ]);
  });

  it('keeps the place, the note, the row and one evidence item per source, each quoting the notes', () => {
    expect(events[0]).toEqual({
      place: 'acled-current.csv, row 2',
      eventId: 'SYR120001',
      day: '2024-11-27',
      from: { key: 'Hayat Tahrir al Sham', label: 'Hayat Tahrir al Sham', kind: 'armed-group' },
      to: {
        key: 'Military Forces of Syria (2000-2024)',
        label: 'Military Forces of Syria (2000-2024)',
        kind: 'state-institution',
      },
      type: 'fights',
      location: 'Qubtan al Jabal, Aleppo, Syria',
      note: 'Battles / Armed clash; 12 fatalities',
      evidence: [
        {
          source: { key: 'Syrian Observatory for Human Rights', title: 'Syrian Observatory for Human Rights' },
          quote: expect.stringMatching(/^On 27 November 2024, HTS, with .* 12 regime soldiers were killed\.$/),
        },
        { source: { key: 'Reuters', title: 'Reuters' }, quote: expect.stringContaining('Qubtan al Jabal') },
      ],
    });
    const agreement = events.find((e) => e.type === 'agrees-with')!;
    expect(agreement.evidence.map((x) => x.source.key)).toEqual(['Kurdistan24', 'Reuters', 'Anadolu Agency']);
    expect(events[1].note).toBe('associated with Hayat Tahrir al Sham in ACLED event SYR120001');
    expect(events[1].evidence).toEqual(events[0].evidence);
    expect(events[1].place).toBe('acled-current.csv, row 2');
    // a quoted cell with commas and quotes in it comes back whole
    expect(events.find((e) => e.eventId === 'SYR120011')!.evidence[0].quote).toContain(
      'its "Manbij Military Council" at the edge',
    );
  });

  it('says in the note what ACLED says of the day, the dead and the targets', () => {
    const note = (id: string) => events.find((e) => e.eventId === id)!.note;
    expect(note('SYR120002')).toBe('Explosions/Remote violence / Air/drone strike; 4 fatalities; civilians targeted');
    expect(note('SYR120003')).toBe(
      'Violence against civilians / Attack; 1 fatality; civilians targeted; day approximate (time precision 2: the week is known)',
    );
    expect(note('SYR120009')).toBe(
      'Battles / Government regains territory; 20 fatalities; day approximate (time precision 3: only the month is known)',
    );
    // "NA" fatalities: nothing said
    expect(note('SYR120006')).toBe('Riots / Mob violence');
  });

  it('gives a day known only roughly its window: the week around it (precision 2), its month (3); one-off events', () => {
    const byId = (id: string) => events.filter((e) => e.eventId === id);
    // SYR120003, 29 November 2024, the week known; SYR120009, 4 December 2024, the month
    expect(byId('SYR120003').map((e) => e.window)).toEqual([{ start: '2024-11-26', end: '2024-12-02' }]);
    // the main event and its associates alike
    expect(byId('SYR120009').map((e) => e.window)).toEqual([
      { start: '2024-12' },
      { start: '2024-12' },
      { start: '2024-12' },
    ]);
    expect(byId('SYR120002').map((e) => e.window)).toEqual([undefined]);
    const d = dataset(events, 'none');
    const relation = (id: string) => d.relations.find((r) => r.id === id)!;
    expect([relation('syr120003').start, relation('syr120003').end, relation('syr120003').once]).toEqual([
      '2024-11-26',
      '2024-12-02',
      true,
    ]);
    expect([relation('syr120009').start, relation('syr120009').end, relation('syr120009').once]).toEqual([
      '2024-12',
      undefined,
      true,
    ]);
    // rolled up, no relation is a one-off event: each is an aggregate over its month
    expect(dataset(events, 'month').relations.filter((r) => r.once !== undefined)).toEqual([]);
    // at the calendar's ends the window is cut
    expect(acledWindow('0000-01-02', '2')).toEqual({ start: '0000-01-01', end: '0000-01-05' });
    expect(acledWindow('9999-12-30', '2')).toEqual({ start: '9999-12-27', end: '9999-12-31' });
    expect(acledWindow('2024-11-29', '1')).toBeUndefined();
  });

  it('gives actors their kinds: by name for states and their forces, else by the inter column', () => {
    const d = dataset(events, 'none');
    const kinds = Object.fromEntries(d.actors.map((a) => [a.label, a.kind]));
    expect(kinds).toEqual({
      'Hayat Tahrir al Sham': 'armed-group',
      'Military Forces of Syria (2000-2024)': 'state-institution',
      'Turkistan Islamic Party': 'armed-group',
      'National Front for Liberation': 'armed-group',
      // External/Other forces, but a state's military by its name
      'Military Forces of Russia (2000-)': 'state-institution',
      'Civilians (Syria)': 'organisation',
      'Unidentified Armed Group (Syria)': 'armed-group',
      'Women (Syria)': 'organisation',
      'Teachers (Syria)': 'organisation',
      'Protesters (Syria)': 'organisation',
      'Police Forces of Syria (2000-2024)': 'state-institution',
      'Rioters (Syria)': 'organisation',
      'Syrian Democratic Forces': 'armed-group',
      'Military Forces of Turkey (2016-)': 'state-institution',
      // beside state forces, a militia is an armed group, not the state's institution
      Hezbollah: 'armed-group',
      'NDF: National Defence Forces': 'armed-group',
      'Syrian National Army': 'armed-group',
      'Manbij Military Council': 'armed-group',
      'Islamic State (Iraq)': 'armed-group',
      'Military Forces of Iraq (2020-)': 'state-institution',
      'Popular Mobilization Forces': 'armed-group',
    });
  });

  it('makes a valid dataset, one relation per event, that declares agrees-with', () => {
    const d = dataset(events, 'none');
    expect(d.relations).toHaveLength(events.length);
    expect(d.relationTypes).toEqual([AGREES_WITH]);
    expect(d.relations[0]).toMatchObject({
      id: 'syr120001',
      source: 'hayat-tahrir-al-sham',
      target: 'military-forces-of-syria-2000-2024',
      type: 'fights',
      start: '2024-11-27',
      evidence: [
        { source: 'syrian-observatory-for-human-rights', stance: 'supports' },
        { source: 'reuters', stance: 'supports' },
      ],
    });
    expect(d.relations[0].end).toBeUndefined();
    expect(d.sources.map((s) => s.id)).toContain('anadolu-agency');
  });

  it('rolled up by month: one relation per pair, type and month, with every event evidence kept', () => {
    const d = dataset(events, 'month');
    const hts = d.relations.filter((r) => r.type === 'fights' && r.source === 'hayat-tahrir-al-sham');
    expect(hts.map((r) => [r.start, r.note])).toEqual([['2024-11', '1 event (SYR120001)']]);
    const sna = d.relations.find((r) => r.source === 'syrian-national-army' && r.type === 'allied-with')!;
    expect(sna).toMatchObject({ start: '2024-12', target: 'military-forces-of-turkey-2016' });
    const evidence = d.relations.reduce((n, r) => n + (r.evidence?.length ?? 0), 0);
    expect(evidence).toBe(events.reduce((n, e) => n + e.evidence.length, 0));
  });
});

describe('ACLED, the older layout', () => {
  const { events, errors, warnings } = read(eventFixture('acled-older.csv'));

  it('reads "21 March 2020" and "05-Mar-2020" as days, and the numeric inter codes as kinds', () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'acled-older.csv, column actor2: 1 event has no second actor: not drawn (a relation needs two ends); the first is row 5',
    ]);
    expect(events.map(line)).toEqual([
      'SYR60001 2020-03-21 Military Forces of Syria (2000-) -fights-> Hayat Tahrir al Sham',
      'SYR60001 2020-03-21 NDF: National Defence Forces -allied-with-> Military Forces of Syria (2000-)',
      'SYR60002 2020-03-22 Military Forces of Turkey (2016-) -strikes-> Military Forces of Syria (2000-)',
      'SYR60002 2020-03-22 Syrian National Army -allied-with-> Military Forces of Turkey (2016-)',
      'IRQ30001 2020-01-03 Military Forces of the United States (2017-2021) -strikes-> Military Forces of Iraq (2018-) Popular Mobilization Forces',
      'IRQ30002 2020-01-10 Students (Iraq) -allied-with-> Protesters (Iraq)',
      'SYR60003 2020-03-25 Hayat Tahrir al Sham -strikes-> Civilians (Syria)',
      'SYR60003 2020-03-25 Journalists (Syria) -allied-with-> Civilians (Syria)',
      'SYR60004 2020-03-05 Military Forces of Russia (2000-) -agrees-with-> Military Forces of Turkey (2016-)',
      'IRQ30003 2020-01-08 Military Forces of Iran (1989-) -strikes-> Military Forces of the United States (2017-2021)',
    ]);
    const kinds = new Map(events.flatMap((e) => [e.from, e.to]).map((p) => [p.label, p.kind]));
    expect(kinds.get('Hayat Tahrir al Sham')).toBe('armed-group'); // inter 2
    expect(kinds.get('Civilians (Syria)')).toBe('organisation'); // inter 7
    expect(kinds.get('Protesters (Iraq)')).toBe('organisation'); // inter 6
    expect(kinds.get('Military Forces of Iran (1989-)')).toBe('state-institution'); // inter 8, by name
    expect(kinds.get('Military Forces of Iraq (2018-) Popular Mobilization Forces')).toBe('state-institution');
  });

  it('keeps every source of a multi-source cell, the last included', () => {
    const strike = events.find((e) => e.eventId === 'IRQ30001')!;
    expect(strike.evidence.map((x) => x.source.key)).toEqual(['Reuters', 'Al Jazeera', 'Associated Press']);
    expect(strike.note).toBe('Explosions/Remote violence / Air/drone strike; 10 fatalities');
    expect(strike.location).toBe('Baghdad International Airport, Baghdad, Iraq');
  });

  it('makes a valid dataset, rolled up or not', () => {
    expect(dataset(events, 'none').relations).toHaveLength(events.length);
    const month = dataset(events, 'month');
    // four strikes, each by a pair of its own, each in its month
    expect(month.relations.filter((r) => r.type === 'strikes').map((r) => r.start)).toEqual([
      '2020-03',
      '2020-01',
      '2020-03',
      '2020-01',
    ]);
  });

  it('reads a row the same in either layout', () => {
    const row = {
      event_id_cnty: 'SYR1',
      event_date: '2024-11-27',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'Hayat Tahrir al Sham',
      assoc_actor_1: 'Turkistan Islamic Party',
      actor2: 'Military Forces of Syria (2000-2024)',
      country: 'Syria',
      admin1: 'Aleppo',
      location: 'Aleppo',
      source: 'Reuters; SOHR',
      notes: 'Clashes.',
      fatalities: '3',
    };
    const current = csvHeaderOf('acled-current.csv');
    const older = csvHeaderOf('acled-older.csv');
    const a = read({ name: 'x.csv', text: csv(current, [{ ...row, inter1: 'Rebel group', inter2: 'State forces' }]) });
    const b = read({
      name: 'x.csv',
      text: csv(older, [{ ...row, event_date: '27 November 2024', inter1: '2', inter2: '1' }]),
    });
    expect(a.errors).toEqual([]);
    expect(b.events).toEqual(a.events);
    expect(a.events).toHaveLength(2);
  });
});

function csvHeaderOf(name: string): string[] {
  return csvHeader(eventFixture(name).text);
}

describe('ACLED problems', () => {
  it('names the file, row and column of a bad date or a missing actor, and counts what it cannot map', () => {
    const { events, errors, warnings } = read(eventFixture('acled-faults.csv'));
    expect(errors).toEqual([
      'acled-faults.csv, row 3, column event_date: "2024-02-30": there is no day 30 in February 2024 (it has 29 days)',
      'acled-faults.csv, row 4, column event_date: "11/27/2024" is not a date: expected YYYY-MM-DD ("2024-11-27") or a day, month and year ("21 March 2020")',
      'acled-faults.csv, row 5, column actor1: no actor1: every ACLED event names its first actor',
    ]);
    expect(warnings).toEqual([
      'acled-faults.csv, column actor2: 2 events have no second actor: not drawn (a relation needs two ends); the first is row 8',
      'acled-faults.csv, column event_type: 1 event has an event type this reader does not know (the first, row 6: "Cyber operations"): loaded as "related-to"',
      'acled-faults.csv, column inter1/inter2: 1 actor has an actor type (inter) this reader does not know (the first, row 7: "Private military company"): loaded as organisations',
    ]);
    expect(events.map(line)).toEqual([
      'SYR9001 2024-11-27 Hayat Tahrir al Sham -fights-> Military Forces of Syria (2000-2024)',
      'SYR9005 2024-11-28 Hayat Tahrir al Sham -related-to-> Military Forces of Syria (2000-2024)',
      'SYR9006 2024-11-29 Wagner Group -fights-> Islamic State (Syria)',
    ]);
    // a row that names no source is ACLED's own word
    expect(events[1].evidence).toEqual([{ source: { key: 'ACLED', title: 'ACLED' } }]);
    expect(events[2].from.kind).toBe('organisation');
    dataset(events, 'none');
  });

  it('refuses dates that are not days, and reads the ones that are', () => {
    const header = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2'];
    const dates = [
      ['2024-11-27', '2024-11-27'],
      ['27 November 2024', '2024-11-27'],
      ['7 nov 2024', '2024-11-07'],
      ['29 February 2024', '2024-02-29'],
      ['29 February 2023', 'error'],
      ['2024-11-31', 'error'],
      ['2024-13-01', 'error'],
      ['27/11/2024', 'error'],
      ['2024-11', 'error'],
      ['2024-1-27', 'error'],
      ['27 Novembre 2024', 'error'],
      ['', 'error'],
    ];
    const rows = dates.map(([d], i) => ({
      event_id_cnty: `E${i}`,
      event_date: d,
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'A',
      actor2: 'B',
    }));
    const r = read({ name: 'dates.csv', text: csv(header, rows) });
    const got = dates.map((_, i) => r.events.find((e) => e.eventId === `E${i}`)?.day ?? 'error');
    expect(got).toEqual(dates.map(([, want]) => want));
    expect(r.errors).toHaveLength(8);
    expect(r.errors[0]).toBe(
      'dates.csv, row 6, column event_date: "29 February 2023": there is no day 29 in February 2023 (it has 28 days)',
    );
    expect(r.errors.at(-1)).toBe(
      'dates.csv, row 13, column event_date: no date: expected YYYY-MM-DD ("2024-11-27") or a day, month and year ("21 March 2020")',
    );
  });

  it('numbers rows as a spreadsheet does, a cell over several lines being one row, blank lines skipped', () => {
    const header = 'event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,notes';
    const text = [
      header,
      'E1,2024-11-27,Battles,Armed clash,A,B,"one line"',
      'E2,2024-11-28,Battles,Armed clash,A,B,"two\nlines"',
      '',
      'E3,not a date,Battles,Armed clash,A,B,x',
      '',
    ].join('\n');
    const r = read({ name: 'rows.csv', text });
    expect(r.events.map((e) => e.place)).toEqual(['rows.csv, row 2', 'rows.csv, row 3']);
    expect(r.errors).toEqual([
      'rows.csv, row 5, column event_date: "not a date" is not a date: expected YYYY-MM-DD ("2024-11-27") or a day, month and year ("21 March 2020")',
    ]);
  });

  it('reports missing columns once, for the file, and reads no row', () => {
    const r = read({ name: 'part.csv', text: 'event_id_cnty,event_date,actor1\nE1,2024-11-27,A\nE2,2024-11-28,B\n' });
    expect(r.errors).toEqual([
      'part.csv, row 1: no "event_type", "sub_event_type", "actor2" columns: expected the columns event_id_cnty, event_date, event_type, sub_event_type, actor1, actor2; no row was read',
    ]);
    expect(r.events).toEqual([]);
    expect(read({ name: 'empty.csv', text: '' }).errors).toEqual([
      'empty.csv: the file is empty: expected a header with event_id_cnty, event_date, event_type, sub_event_type, actor1, actor2',
    ]);
  });

  it('reads a file saved with ";" or tabs, with a BOM, in upper case, with columns in any order', () => {
    const rows = [
      {
        EVENT_ID_CNTY: 'E1',
        ACTOR2: 'Military Forces of Syria (2000-2024)',
        EVENT_DATE: '2024-11-27',
        EVENT_TYPE: 'Battles',
        SUB_EVENT_TYPE: 'Armed clash',
        ACTOR1: 'Hayat Tahrir al Sham',
        SOURCE: 'Reuters; SOHR; Enab Baladi',
        INTER1: '2',
      },
    ];
    const header = Object.keys(rows[0]);
    for (const delimiter of [';', '\t', ',']) {
      const text = `\ufeff${csv(header, rows, delimiter)}`;
      expect(isAcledHeader(csvHeader(text))).toBe(true);
      const r = read({ name: 'x.csv', text });
      expect(r.errors).toEqual([]);
      expect(r.events.map(line)).toEqual([
        'E1 2024-11-27 Hayat Tahrir al Sham -fights-> Military Forces of Syria (2000-2024)',
      ]);
      expect(r.events[0].evidence.map((x) => x.source.key)).toEqual(['Reuters', 'SOHR', 'Enab Baladi']);
    }
  });

  it('takes the first of two columns of one name, and says so', () => {
    const text =
      'event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,actor1\nE1,2024-11-27,Battles,x,A,B,C\n';
    const r = read({ name: 'twice.csv', text });
    expect(r.errors).toEqual(['twice.csv, row 1: the column "actor1" appears twice: the first is read']);
    expect(r.events.map(line)).toEqual(['E1 2024-11-27 A -fights-> B']);
  });

  it('gives each inter code and word its kind where the name says nothing', () => {
    const codes = [
      ['1', 'State forces', 'state-institution'],
      ['2', 'Rebel group', 'armed-group'],
      ['3', 'Political militia', 'armed-group'],
      ['4', 'Identity militia', 'armed-group'],
      ['5', 'Rioters', 'organisation'],
      ['6', 'Protesters', 'organisation'],
      ['7', 'Civilians', 'organisation'],
      ['8', 'External/Other forces', 'organisation'],
    ];
    const header = [
      'event_id_cnty',
      'event_date',
      'event_type',
      'sub_event_type',
      'actor1',
      'inter1',
      'actor2',
      'inter2',
    ];
    const rows = codes.map(([code, words], i) => ({
      event_id_cnty: `E${i}`,
      event_date: '2024-11-27',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: `Actor ${code}`,
      inter1: code,
      actor2: `Other ${code}`,
      inter2: words.toUpperCase(),
    }));
    const r = read({ name: 'inter.csv', text: csv(header, rows) });
    expect(r.warnings).toEqual([]);
    expect(r.events.map((e) => [e.from.kind, e.to.kind])).toEqual(codes.map(([, , kind]) => [kind, kind]));
  });

  it('draws an associated actor once, and never as its own main actor', () => {
    const header = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2'];
    const row = {
      event_id_cnty: 'E1',
      event_date: '2024-11-27',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'Hayat Tahrir al Sham',
      assoc_actor_1: 'Hayat Tahrir al Sham; Turkistan Islamic Party;; Turkistan Islamic Party; ',
      actor2: 'Military Forces of Syria (2000-2024)',
    };
    const r = read({ name: 'assoc.csv', text: csv(header, [row]) });
    expect(r.events.map(line)).toEqual([
      'E1 2024-11-27 Hayat Tahrir al Sham -fights-> Military Forces of Syria (2000-2024)',
      'E1 2024-11-27 Turkistan Islamic Party -allied-with-> Hayat Tahrir al Sham',
    ]);
  });

  it("treats names of Object's own properties as names", () => {
    const text =
      'event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,source,__proto__\n' +
      '__proto__,2024-11-27,constructor,toString,__proto__,hasOwnProperty,__proto__; constructor,x\n';
    const r = read({ name: 'proto.csv', text });
    expect(r.errors).toEqual([]);
    expect(r.events.map(line)).toEqual(['__proto__ 2024-11-27 __proto__ -related-to-> hasOwnProperty']);
    expect(r.events[0].evidence.map((x) => x.source.key)).toEqual(['__proto__', 'constructor']);
    dataset(r.events, 'month');
  });
});

describe('knowing an ACLED file by its header', () => {
  it('knows both layouts, and neither UCDP nor the app`s own CSV', () => {
    expect(isAcledHeader(csvHeaderOf('acled-current.csv'))).toBe(true);
    expect(isAcledHeader(csvHeaderOf('acled-older.csv'))).toBe(true);
    expect(isUcdpHeader(csvHeaderOf('acled-current.csv'))).toBe(false);
    expect(isAcledHeader(csvHeaderOf('ucdp-ged.csv'))).toBe(false);
    expect(isAcledHeader(['id', 'source', 'target', 'type', 'start', 'evidence_source'])).toBe(false);
    expect(isAcledHeader([])).toBe(false);
  });

  it('reads the header of a file whose first cells hold quotes, delimiters and line breaks', () => {
    expect(csvHeader('\ufeff"a,b";c;"d\ne"\n1;2;3')).toEqual(['a,b', 'c', 'd\ne']);
    // the delimiter is the header's, counted outside quotes
    expect(csvHeader('"a,b,c";d\n1;2')).toEqual(['a,b,c', 'd']);
    expect(csvHeader('"a\nb,c,d";e;f\n1;2;3')).toEqual(['a\nb,c,d', 'e', 'f']);
    expect(csvHeader(' event_id_cnty ,\tactor1\n')).toEqual(['event_id_cnty', 'actor1']);
    expect(csvHeader('')).toEqual([]);
  });
});
