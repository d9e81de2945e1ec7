// UCDP GED's CSV read into events and then into a dataset: the samples in
// test/fixtures/events/ (written for these tests from the GED codebook's column
// list, not taken from UCDP's data) map to the expected sides, types, days and
// windows, and evidence; every problem names its file, row and column.
import { describe, expect, it } from 'vitest';
import { isAcledHeader } from '../../src/io/acledImport';
import { csvHeader, type EventFile } from '../../src/io/eventCsvRows';
import type { EventRecord } from '../../src/io/eventRecords';
import { isUcdpHeader, readUcdpEvents } from '../../src/io/ucdpImport';
import { eventFixture, readEventFileDescribed, validEventsDataset } from '../support/eventFiles';

const read = (file: EventFile) => readEventFileDescribed(readUcdpEvents, file);

const line = (e: EventRecord) =>
  `${e.eventId} ${e.day}${e.window ? ` (${e.window.start}..${e.window.end})` : ''} ${e.from.label} -${e.type}-> ${e.to.label}`;

const dataset = (events: EventRecord[], rollup: 'none' | 'month') =>
  validEventsDataset(events, { title: 'UCDP GED', rollup });

const HEADER = [
  'id',
  'type_of_violence',
  'side_a_new_id',
  'side_a',
  'side_b_new_id',
  'side_b',
  'date_start',
  'date_end',
];
const csv = (rows: readonly string[][]) => [HEADER.join(','), ...rows.map((r) => r.join(','))].join('\n');

describe('UCDP GED', () => {
  const { events, errors, warnings } = read(eventFixture('ucdp-ged.csv'));

  it('maps side_a and side_b, the type of violence, the day and the window', () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(events.map(line)).toEqual([
      '175001 2017-03-02 Government of Syria -fights-> IS',
      '175002 2017-03-05 Government of Syria -fights-> IS',
      '175003 2017-06-10 (2017-06-10..2017-06-14) IS -strikes-> Civilians',
      '175004 2017-06-20 SDF -fights-> IS',
      '175005 2017-04-04 Government of Syria -strikes-> Civilians',
      '175006 2017-03-19 (2017-03-19..2017-03-21) Government of Syria -fights-> Syrian insurgents',
      '175007 2017-03-22 Government of Syria -fights-> Syrian insurgents',
      '160101 2016-10-17 Government of Iraq -fights-> IS',
      '160102 2016-10-01 (2016-10-01..2016-10-31) IS -strikes-> Civilians',
    ]);
  });

  it('gives sides their kinds, and keys them by UCDP id', () => {
    const parties = new Map(events.flatMap((e) => [e.from, e.to]).map((p) => [p.label, p]));
    expect([...parties.values()]).toEqual([
      { key: 'Government of Syria (115)', label: 'Government of Syria', kind: 'state' },
      { key: 'IS (234)', label: 'IS', kind: 'armed-group' },
      { key: 'Civilians (1)', label: 'Civilians', kind: 'organisation' },
      { key: 'SDF (1125)', label: 'SDF', kind: 'armed-group' },
      { key: 'Syrian insurgents (1091)', label: 'Syrian insurgents', kind: 'armed-group' },
      { key: 'Government of Iraq (116)', label: 'Government of Iraq', kind: 'state' },
    ]);
  });

  it('has one evidence item per article, quoting its headline, with its office as publisher', () => {
    expect(events[0]).toEqual({
      place: 'ucdp-ged.csv, row 2',
      eventId: '175001',
      day: '2017-03-02',
      from: { key: 'Government of Syria (115)', label: 'Government of Syria', kind: 'state' },
      to: { key: 'IS (234)', label: 'IS', kind: 'armed-group' },
      type: 'fights',
      location: 'Palmyra town, Homs governorate, Syria',
      note: 'State-based violence (Syria: Government); 28 deaths (best estimate; low 28, high 33); 2 sources; event clarity 1 (high); date precision 1 (the exact day)',
      evidence: [
        {
          source: {
            key: 'Agence France Presse,2017-03-02,Syrian army retakes Palmyra from IS',
            title: 'Agence France Presse,2017-03-02,Syrian army retakes Palmyra from IS',
            publisher: 'Agence France Presse',
          },
          quote: 'Syrian army retakes Palmyra from IS',
        },
        {
          source: {
            key: 'Reuters,2017-03-02,Syrian army retakes Palmyra with Russian help',
            title: 'Reuters,2017-03-02,Syrian army retakes Palmyra with Russian help',
            publisher: 'Reuters',
          },
          quote: 'Syrian army retakes Palmyra with Russian help',
        },
      ],
    });
    const byId = (id: string) => events.find((e) => e.eventId === id)!;
    // four articles, one headline: each article quotes it
    expect(byId('175005').evidence.map((x) => [x.source.publisher, x.quote])).toEqual([
      ['Reuters', 'Suspected gas attack in Syria kills dozens'],
      ['Agence France Presse', 'Suspected gas attack in Syria kills dozens'],
      ['Associated Press', 'Suspected gas attack in Syria kills dozens'],
      ['Human Rights Watch', 'Suspected gas attack in Syria kills dozens'],
    ]);
    // three articles, two headlines: each quotes the whole cell rather than the wrong headline
    expect(byId('160101').evidence.map((x) => x.quote)).toEqual([
      'Iraqi forces advance on Mosul;Battle for Mosul begins',
      'Iraqi forces advance on Mosul;Battle for Mosul begins',
      'Iraqi forces advance on Mosul;Battle for Mosul begins',
    ]);
    expect(byId('160101').evidence.at(-1)!.source.key).toBe('Rudaw,2016-10-18');
    // no article: the office is the source; nothing at all: UCDP itself
    expect(byId('175006').evidence).toEqual([
      {
        source: {
          key: 'Syrian Observatory for Human Rights',
          title: 'Syrian Observatory for Human Rights',
          publisher: 'Syrian Observatory for Human Rights',
        },
        quote: 'Rebels attack Damascus from Jobar',
      },
    ]);
    expect(byId('175007').evidence).toEqual([
      { source: { key: 'UCDP GED', title: 'UCDP Georeferenced Event Dataset' } },
    ]);
    expect(byId('160102').evidence.map((x) => x.quote)).toEqual([undefined, undefined]);
  });

  it('says in the note what UCDP says of the dead, the sources, the clarity and the date', () => {
    const byId = (id: string) => events.find((e) => e.eventId === id)!;
    expect(byId('175003').note).toBe(
      'One-sided violence (IS - Civilians); 9 deaths (best estimate; low 9, high 14); 3 sources; event clarity 1 (high); date precision 2 (a range of 2 to 6 days)',
    );
    expect(byId('175004').note).toMatch(/^Non-state violence \(IS - SDF\); 14 deaths/);
    expect(byId('175006').note).toBe(
      'State-based violence (Syria: Government); 35 deaths (best estimate; low 35, high 40); event clarity 1 (high); date precision 2 (a range of 2 to 6 days)',
    );
    expect(byId('160102').note).toContain('event clarity 2 (low: an aggregate of events reported together)');
    expect(byId('160102').note).toContain('date precision 4 (a range of 8 to 30 days, or the month)');
  });

  it('makes a valid dataset: an event in a window is a one-off event in it', () => {
    const d = dataset(events, 'none');
    expect(d.actors.map((a) => a.id)).toEqual([
      'government-of-syria-115',
      'is-234',
      'civilians-1',
      'sdf-1125',
      'syrian-insurgents-1091',
      'government-of-iraq-116',
    ]);
    const raqqa = d.relations.find((r) => r.id === '175003')!;
    expect(raqqa).toMatchObject({
      source: 'is-234',
      target: 'civilians-1',
      type: 'strikes',
      start: '2017-06-10',
      end: '2017-06-14',
      once: true,
    });
    // the dates say it: the note does not
    expect(raqqa.note).not.toContain('2017-06-14');
    // a date_end on date_start's day is no window: an event on that day
    const palmyra = d.relations.find((r) => r.id === '175001')!;
    expect([palmyra.start, palmyra.end, palmyra.once]).toEqual(['2017-03-02', undefined, undefined]);
  });

  it('rolled up by month: the two battles for Palmyra in March 2017 are one relation', () => {
    const d = dataset(events, 'month');
    const palmyra = d.relations.filter((r) => r.source === 'government-of-syria-115' && r.target === 'is-234');
    expect(palmyra.map((r) => [r.start, r.note, r.evidence?.length])).toEqual([
      ['2017-03', '2 events (175001, 175002)', 3],
    ]);
    // a rolled-up relation is an aggregate over its period, not a one-off event, windows or not
    expect(d.relations.filter((r) => r.once !== undefined)).toEqual([]);
    expect(d.relations.find((r) => r.note?.includes('175003'))?.start).toBe('2017-06');
    // and so are the two with the insurgents that month: 9 events, 7 relations
    expect(d.relations).toHaveLength(7);
  });
});

describe('UCDP problems', () => {
  it('names the file, row and column of a bad date, a window that ends before it starts, a missing side', () => {
    const { events, errors, warnings } = read(eventFixture('ucdp-faults.csv'));
    expect(errors).toEqual([
      'ucdp-faults.csv, row 3, column date_start: "2017-13-02": there is no month 13',
      'ucdp-faults.csv, row 4, column date_end: 2017-01-03 is before date_start, 2017-01-05',
      'ucdp-faults.csv, row 5, column side_a: no side_a: every UCDP event names its first side',
    ]);
    expect(warnings).toEqual([
      'ucdp-faults.csv, column side_b: 1 event has no side_b: not drawn (a relation needs two ends); the first is row 8',
      'ucdp-faults.csv, column type_of_violence: 1 event has a type_of_violence other than 1, 2 or 3 (the first, row 6: "4"): loaded as "related-to"',
      'ucdp-faults.csv, column side_a/side_b: 1 row names a side differently from the first row with its id (the first, row 7, id 115: "Government of Syria" and "Syrian Arab Republic"): the first name is kept',
    ]);
    expect(events.map(line)).toEqual([
      '900001 2017-01-02 Government of Syria -fights-> IS',
      '900005 2017-01-06 Government of Syria -related-to-> IS',
      '900006 2017-01-07 Government of Syria -fights-> IS',
    ]);
    // one actor for id 115, whatever a row calls it
    expect(new Set(events.map((e) => e.from.key))).toEqual(new Set(['Government of Syria (115)']));
    dataset(events, 'none');
  });

  it('reads days with or without a time, and refuses the rest', () => {
    const r = read({
      name: 'd.csv',
      text: csv([
        ['1', '1', '115', 'Government of Syria', '234', 'IS', '2017-03-02', '2017-03-02'],
        ['2', '1', '115', 'Government of Syria', '234', 'IS', '2017-03-02T00:00:00', '2017-03-04T00:00:00Z'],
        ['3', '1', '115', 'Government of Syria', '234', 'IS', '2017-03-02 00:00:00.000', ''],
        ['4', '1', '115', 'Government of Syria', '234', 'IS', '02 March 2017', ''],
        ['5', '1', '115', 'Government of Syria', '234', 'IS', '2017-03-02', '2017-02-31'],
        ['6', '1', '115', 'Government of Syria', '234', 'IS', '2017-03-02 25', ''],
      ]),
    });
    expect(r.events.map(line)).toEqual([
      '1 2017-03-02 Government of Syria -fights-> IS',
      '2 2017-03-02 (2017-03-02..2017-03-04) Government of Syria -fights-> IS',
      '3 2017-03-02 Government of Syria -fights-> IS',
    ]);
    expect(r.errors).toEqual([
      'd.csv, row 5, column date_start: "02 March 2017" is not a date: expected YYYY-MM-DD',
      'd.csv, row 6, column date_end: "2017-02-31": there is no day 31 in February 2017 (it has 28 days)',
      'd.csv, row 7, column date_start: "2017-03-02 25" is not a date: expected YYYY-MM-DD',
    ]);
  });

  it('keys a side by its name where the file gives no id', () => {
    const r = read({
      name: 'n.csv',
      text: 'id,type_of_violence,side_a,side_b,date_start\n1,3,Government of Syria,Civilians,2017-04-04\n',
    });
    expect(r.events[0].from).toEqual({ key: 'Government of Syria', label: 'Government of Syria', kind: 'state' });
    expect(r.events[0].to).toEqual({ key: 'Civilians', label: 'Civilians', kind: 'organisation' });
    expect(r.events[0].evidence).toEqual([{ source: { key: 'UCDP GED', title: 'UCDP Georeferenced Event Dataset' } }]);
  });

  it('reports missing columns once and reads no row', () => {
    const r = read({ name: 'm.csv', text: 'id,side_a,side_b\n1,a,b\n' });
    expect(r.errors).toEqual([
      'm.csv, row 1: no "type_of_violence", "date_start" columns: expected the columns id, type_of_violence, side_a, side_b, date_start; no row was read',
    ]);
    expect(r.events).toEqual([]);
  });
});

describe('knowing a UCDP file by its header', () => {
  it('knows GED, and not ACLED', () => {
    const header = csvHeader(eventFixture('ucdp-ged.csv').text);
    expect(header).toHaveLength(49);
    expect(isUcdpHeader(header)).toBe(true);
    expect(isAcledHeader(header)).toBe(false);
    expect(isUcdpHeader(csvHeader(eventFixture('acled-current.csv').text))).toBe(false);
  });
});
