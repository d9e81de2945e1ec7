// GDELT events (gdeltImport.ts, cameoTypes.ts): the three headerless layouts
// (57, 58 and 61 tab-separated fields) and a BigQuery export with a header, read
// into events and made datasets. The samples in test/fixtures/events/ are rows
// written for these tests in GDELT's layouts (not GDELT's own data). Where the
// tests say which column is where, they read the rows themselves, with the
// positions the GDELT codebooks give, so that a reader that reads the wrong
// column fails them. Mutated files must never throw and must always make a
// valid dataset; FUZZ_RUNS sets the runs.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CAMEO_ROOTS,
  CAMEO_TYPES,
  cameoActorKind,
  cameoCountry,
  cameoRoot,
  cameoTypeId,
} from '../../src/io/cameoTypes';
import type { EventRecord } from '../../src/io/eventRecords';
import { eventsToDataset } from '../../src/io/eventsDataset';
import {
  GDELT1_DAILY_COLUMNS,
  GDELT1_HISTORICAL_COLUMNS,
  GDELT2_COLUMNS,
  isGdeltText,
  readGdeltEvents,
} from '../../src/io/gdeltImport';
import { resolveRelationTypes } from '../../src/model/relationTypes';
import { validateDataset } from '../../src/model/validate';
import { eventFixture, readEventFile } from '../support/eventFiles';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TIMEOUT = 60_000 + RUNS * 100;

const HISTORICAL = 'gdelt-1-historical.tsv';
const DAILY = 'gdelt-1-daily.tsv';
const V2 = 'gdelt-2.tsv';
const BIGQUERY = 'gdelt-2-bigquery.csv';
const FIXTURES = [HISTORICAL, DAILY, V2, BIGQUERY];

const fixture = (name: string) => eventFixture(name).text;
const read = (name: string, text = fixture(name), cap = 1000) => readEventFile(readGdeltEvents, { name, text }, cap);

const types = resolveRelationTypes(CAMEO_TYPES);

// What the codebooks say, written here apart from the reader: positions (0-based) in
// the headerless layouts, and each QuadClass's sign and kind.
const AT = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor1Name: 6,
  Actor2Code: 15,
  Actor2Name: 16,
  EventCode: 26,
  EventRootCode: 28,
  QuadClass: 29,
  GoldsteinScale: 30,
};
const LAYOUT_AT: Record<number, { location: number; dateAdded: number; url?: number }> = {
  57: { location: 50, dateAdded: 56 },
  58: { location: 50, dateAdded: 56, url: 57 },
  61: { location: 52, dateAdded: 59, url: 60 },
};
const QUAD: Record<string, { sign: number; kind: string }> = {
  '1': { sign: 1, kind: 'verbal' },
  '2': { sign: 1, kind: 'material' },
  '3': { sign: -1, kind: 'verbal' },
  '4': { sign: -1, kind: 'material' },
};

/** A fixture's rows as the codebook reads them: by position, or by the header's names. */
function rawRows(name: string): Record<string, string>[] {
  const text = fixture(name);
  if (name.endsWith('.csv')) {
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    return parsed.data.map((r) => ({
      id: r.GLOBALEVENTID,
      date: r.SQLDATE,
      actor1: r.Actor1Code || r.Actor1Name,
      actor2: r.Actor2Code || r.Actor2Name,
      quad: r.QuadClass,
      root: r.EventRootCode,
      code: r.EventCode,
      location: r.ActionGeo_FullName,
      url: r.SOURCEURL,
    }));
  }
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const c = line.split('\t');
      const at = LAYOUT_AT[c.length];
      return {
        id: c[AT.GLOBALEVENTID],
        date: c[AT.SQLDATE],
        actor1: c[AT.Actor1Code] || c[AT.Actor1Name],
        actor2: c[AT.Actor2Code] || c[AT.Actor2Name],
        quad: c[AT.QuadClass],
        root: c[AT.EventRootCode],
        code: c[AT.EventCode],
        location: c[at.location],
        url: at.url === undefined ? '' : c[at.url],
      };
    });
}

const isoDay = (sqlDate: string) => `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`;

describe('GDELT layouts', () => {
  it('writes the codebooks’ columns: 57, 58 and 61, SOURCEURL last from April 2013, ADM2 codes in 2.0', () => {
    expect(GDELT1_HISTORICAL_COLUMNS).toHaveLength(57);
    expect(GDELT1_DAILY_COLUMNS).toHaveLength(58);
    expect(GDELT2_COLUMNS).toHaveLength(61);
    for (const [col, i] of Object.entries(AT)) {
      for (const columns of [GDELT1_HISTORICAL_COLUMNS, GDELT1_DAILY_COLUMNS, GDELT2_COLUMNS])
        expect(columns.indexOf(col as never), col).toBe(i);
    }
    expect(GDELT1_HISTORICAL_COLUMNS.indexOf('ActionGeo_FullName')).toBe(50);
    expect(GDELT1_HISTORICAL_COLUMNS.indexOf('DATEADDED')).toBe(56);
    expect(GDELT1_DAILY_COLUMNS.indexOf('SOURCEURL')).toBe(57);
    expect(GDELT2_COLUMNS.indexOf('Actor1Geo_ADM2Code')).toBe(39);
    expect(GDELT2_COLUMNS.indexOf('ActionGeo_FullName')).toBe(52);
    expect(GDELT2_COLUMNS.indexOf('DATEADDED')).toBe(59);
    expect(GDELT2_COLUMNS.indexOf('SOURCEURL')).toBe(60);
    // 2.0 is 1.0 daily with the three ADM2 codes
    expect(GDELT2_COLUMNS.filter((c) => !c.endsWith('_ADM2Code'))).toEqual([...GDELT1_DAILY_COLUMNS]);
    // and BigQuery names its columns so
    expect(fixture(BIGQUERY).split('\n')[0].split(',')).toEqual([...GDELT2_COLUMNS]);
  });

  it('recognises the exports by their first line, and nothing else', () => {
    for (const name of FIXTURES) expect(isGdeltText(name, fixture(name).split('\n')[0]), name).toBe(true);
    const tabbedHeader = GDELT2_COLUMNS.join('\t');
    expect(isGdeltText('events.tsv', tabbedHeader)).toBe(true);
    expect(isGdeltText('events.csv', `\ufeff"GLOBALEVENTID","SQLDATE"\r\n`)).toBe(true);
    expect(isGdeltText('events.csv', 'globaleventid,sqldate,actor1code')).toBe(true);
    // the right width but no event id first: only GDELT's own file name vouches for it
    const noId = ['x', ...Array(57).fill('')].join('\t');
    expect(isGdeltText('table.tsv', noId)).toBe(false);
    expect(isGdeltText('20150218230000.export.CSV', noId)).toBe(true);
    // other widths, other separators, other files
    expect(isGdeltText('a.tsv', ['1', ...Array(59).fill('')].join('\t'))).toBe(false);
    expect(isGdeltText('a.csv', ['1', ...Array(57).fill('')].join(','))).toBe(false);
    expect(isGdeltText('mentions.CSV', ['1', ...Array(15).fill('')].join('\t'))).toBe(false);
    expect(isGdeltText('relations.csv', 'id,source,target,type,start')).toBe(false);
    expect(isGdeltText('acled.csv', 'event_id_cnty,event_date,event_type,actor1,actor2')).toBe(false);
    expect(isGdeltText('empty.csv', '')).toBe(false);
  });
});

describe('GDELT events', () => {
  it('reads every layout without an error, and says once that the one-actor event is not drawn', () => {
    for (const name of FIXTURES) {
      const { events, errors, warnings } = read(name);
      expect(errors.items, name).toEqual([]);
      expect(
        warnings.items.map((w) => w.message),
        name,
      ).toEqual([expect.stringMatching(/^1 event has only one actor: not drawn/)]);
      const rows = rawRows(name);
      expect(events.length, name).toBe(rows.filter((r) => r.actor1 && r.actor2).length);
    }
  });

  it('takes each event’s day, place, source and sign from the codebook’s columns', () => {
    for (const name of FIXTURES) {
      const byId = new Map(read(name).events.map((e) => [e.eventId, e]));
      for (const r of rawRows(name)) {
        const e = byId.get(r.id);
        if (!r.actor1 || !r.actor2) {
          expect(e, `${name} ${r.id}`).toBeUndefined();
          continue;
        }
        if (!e) throw new Error(`${name}: no event ${r.id}`);
        expect(e.day, r.id).toBe(isoDay(r.date));
        expect(e.from.key, r.id).toBe(r.actor1);
        expect(e.to.key, r.id).toBe(r.actor2);
        expect(e.location, r.id).toBe(r.location);
        expect(e.note, r.id).toMatch(new RegExp(`^CAMEO ${r.code}; Goldstein `));
        expect(
          e.evidence.map((x) => x.source.url ?? x.source.title),
          r.id,
        ).toEqual(r.url ? [r.url] : []);
        const type = types.get(e.type);
        if (!type) throw new Error(`${name} ${r.id}: unknown type ${e.type}`);
        expect(e.type.startsWith('gdelt-quadclass-'), `${r.id} typed by its root`).toBe(false);
        // the type's sign and kind are the QuadClass's; the neutral built-ins (meets, negotiates-with,
        // mediates) stand for verbal cooperation
        if (type.sign === 0) expect([r.quad, type.kind], r.id).toEqual(['1', 'verbal']);
        else expect({ sign: type.sign, kind: type.kind }, `${r.id} (${e.type})`).toEqual(QUAD[r.quad]);
      }
    }
  });

  it('maps a GDELT 1.0 row before April 2013 whole: no SOURCEURL, so no evidence', () => {
    const [first] = read(HISTORICAL).events;
    expect(first).toEqual({
      place: `${HISTORICAL}, row 1`,
      eventId: '221460101',
      day: '2012-07-20',
      from: { key: 'SYRGOV', label: 'SYRIA (SYRGOV)', kind: 'state-institution', country: 'SY' },
      to: { key: 'SYRREB', label: 'REBEL (SYRREB)', kind: 'armed-group', country: 'SY' },
      type: 'fights',
      location: 'Aleppo, Halab, Syria',
      note: 'CAMEO 190; Goldstein -10; 12 mentions, 3 sources, 12 articles; tone -6.21',
      evidence: [],
    } satisfies EventRecord);
  });

  it('maps a GDELT 1.0 daily row and a GDELT 2.0 row whole, the article as the evidence', () => {
    expect(read(DAILY).events[2]).toEqual({
      place: `${DAILY}, row 3`,
      eventId: '270300003',
      day: '2013-08-26',
      from: { key: 'USA', label: 'UNITED STATES (USA)', kind: 'state', country: 'US' },
      to: { key: 'SYRGOV', label: 'SYRIA (SYRGOV)', kind: 'state-institution', country: 'SY' },
      type: 'accuses',
      location: 'Washington, District of Columbia, United States',
      note: 'CAMEO 112; Goldstein -2; 40 mentions, 8 sources, 38 articles; tone -6.02',
      evidence: [
        {
          source: {
            key: 'https://www.theguardian.com/world/2013/aug/26/john-kerry-syria-chemical-weapons',
            title: 'theguardian.com',
            url: 'https://www.theguardian.com/world/2013/aug/26/john-kerry-syria-chemical-weapons',
          },
        },
      ],
    } satisfies EventRecord);
    const jet = read(V2).events.find((e) => e.eventId === '480001004');
    expect(jet).toEqual({
      place: `${V2}, row 4`,
      eventId: '480001004',
      day: '2015-11-24',
      from: { key: 'TURMIL', label: 'TURKEY (TURMIL)', kind: 'state-institution', country: 'TR' },
      to: { key: 'RUSMIL', label: 'RUSSIA (RUSMIL)', kind: 'state-institution', country: 'RU' },
      type: 'fights',
      location: 'Turkey',
      note: 'CAMEO 190; Goldstein -10; 120 mentions, 25 sources, 110 articles; tone -7.25',
      evidence: [
        {
          source: {
            key: 'https://www.theguardian.com/world/2015/nov/24/turkey-shoots-down-jet-near-syrian-border',
            title: 'theguardian.com',
            url: 'https://www.theguardian.com/world/2015/nov/24/turkey-shoots-down-jet-near-syrian-border',
          },
        },
      ],
    } satisfies EventRecord);
  });

  it('reads a BigQuery export by its header: rows numbered from the header, quoted cells whole', () => {
    const { events } = read(BIGQUERY);
    expect(events.some((e) => e.eventId === 'GLOBALEVENTID' || e.day.includes('SQL'))).toBe(false);
    expect(events[0]).toMatchObject({ place: `${BIGQUERY}, row 2`, eventId: '1210000101', day: '2024-11-27' });
    const lemonde = events.find((e) => e.eventId === '1210000104');
    expect(lemonde?.evidence[0].source).toEqual({
      key: 'https://www.lemonde.fr/international/article/2024/11/30/syrie-les-rebelles-a-alep,6421000_3210.html',
      title: 'lemonde.fr',
      url: 'https://www.lemonde.fr/international/article/2024/11/30/syrie-les-rebelles-a-alep,6421000_3210.html',
    });
    expect(lemonde?.location).toBe('Aleppo, Halab, Syria');
    // a tab-separated export with the same header reads the same
    const rows = Papa.parse<string[]>(fixture(BIGQUERY).trim()).data;
    const tabbed = rows.map((r) => r.join('\t')).join('\n');
    expect(read('bq.tsv', tabbed).events).toEqual(
      events.map((e) => ({ ...e, place: e.place.replace(BIGQUERY, 'bq.tsv') })),
    );
  });

  it('gives actors their kind and country from their CAMEO codes, and their commonest name as a label', () => {
    const actors = new Map<string, EventRecord['from']>();
    for (const name of FIXTURES)
      for (const e of read(name).events) for (const p of [e.from, e.to]) actors.set(p.key, p);
    const kindOf = (key: string) => [actors.get(key)?.kind, actors.get(key)?.country];
    expect(kindOf('SYR')).toEqual(['state', 'SY']);
    expect(kindOf('SYRGOV')).toEqual(['state-institution', 'SY']);
    expect(kindOf('SYRMIL')).toEqual(['state-institution', 'SY']);
    expect(kindOf('SYRREB')).toEqual(['armed-group', 'SY']);
    expect(kindOf('SYRSEP')).toEqual(['armed-group', 'SY']);
    expect(kindOf('IRN')).toEqual(['state', 'IR']);
    expect(kindOf('RUS')).toEqual(['state', 'RU']);
    expect(kindOf('TUR')).toEqual(['state', 'TR']);
    expect(kindOf('USA')).toEqual(['state', 'US']);
    expect(kindOf('IMGMOSISI')).toEqual(['armed-group', undefined]);
    expect(kindOf('LBNHEZ')).toEqual(['armed-group', 'LB']);
    expect(kindOf('IGOUNO')).toEqual(['organisation', undefined]);
    expect(kindOf('ABU MOHAMMED AL-JOLANI')).toEqual(['organisation', undefined]);
    expect(actors.get('ABU MOHAMMED AL-JOLANI')?.label).toBe('ABU MOHAMMED AL-JOLANI');
    // SYRGOV is "SYRIA" three times, "DAMASCUS" twice and "BASHAR AL-ASSAD" once in the 1.0 file
    const historical = read(HISTORICAL).events;
    expect(
      new Set(
        historical
          .flatMap((e) => [e.from, e.to])
          .filter((p) => p.key === 'SYRGOV')
          .map((p) => p.label),
      ),
    ).toEqual(new Set(['SYRIA (SYRGOV)']));
    expect(cameoActorKind({ code: 'WST', countryCode: 'WST', knownGroupCode: '', typeCodes: ['', '', ''] })).toBe(
      'organisation',
    );
    expect(cameoActorKind({ code: 'NAT', countryCode: '', knownGroupCode: 'NAT', typeCodes: ['IGO'] })).toBe(
      'alliance',
    );
    expect(cameoActorKind({ code: 'EGYOPP', countryCode: 'EGY', knownGroupCode: '', typeCodes: ['OPP'] })).toBe(
      'political',
    );
    expect(cameoActorKind({ code: 'SYRMED', countryCode: 'SYR', knownGroupCode: '', typeCodes: ['MED'] })).toBe(
      'organisation',
    );
    expect(cameoCountry('ROM')).toBe('RO');
    expect(cameoCountry('MEA')).toBeUndefined();
  });
});

describe('the CAMEO table', () => {
  const ROOT_QUAD = (root: number) => (root <= 5 ? '1' : root <= 9 ? '2' : root <= 14 ? '3' : '4');
  const EXPECTED: Record<string, string> = {
    '01': 'cameo-01-statement',
    '02': 'cameo-02-appeal',
    '03': 'cameo-03-intent-to-cooperate',
    '04': 'meets',
    '05': 'cameo-05-diplomatic-cooperation',
    '06': 'cameo-06-material-cooperation',
    '07': 'backs',
    '08': 'cameo-08-yield',
    '09': 'cameo-09-investigate',
    '10': 'cameo-10-demand',
    '11': 'opposes',
    '12': 'cameo-12-reject',
    '13': 'cameo-13-threaten',
    '14': 'opposes',
    '15': 'cameo-15-force-posture',
    '16': 'cameo-16-reduce-relations',
    '17': 'cameo-17-coerce',
    '18': 'strikes',
    '19': 'fights',
    '20': 'strikes',
  };

  it('types each root as the README says, with its QuadClass’s sign and kind', () => {
    expect(CAMEO_ROOTS.map((r) => r.code)).toEqual(Object.keys(EXPECTED).sort());
    for (const r of CAMEO_ROOTS) {
      const id = cameoTypeId(r, `${r.code}0`);
      expect(id, r.code).toBe(EXPECTED[r.code]);
      expect(String(r.quad), r.code).toBe(ROOT_QUAD(Number(r.code)));
      const t = types.get(id);
      if (!t) throw new Error(id);
      if (t.sign !== 0) expect({ sign: t.sign, kind: t.kind }, r.code).toEqual(QUAD[r.quad]);
    }
    expect(types.get('cameo-13-threaten')).toMatchObject({
      label: 'threatens (CAMEO 13)',
      sign: -1,
      directed: true,
      kind: 'verbal',
    });
    for (const q of ['1', '2', '3', '4'])
      expect(types.get(`gdelt-quadclass-${q}`), q).toMatchObject({ ...QUAD[q], directed: true });
    // finer base codes
    const root = (code: string) => cameoRoot(code) ?? CAMEO_ROOTS[0];
    expect(cameoTypeId(root('04'), '045')).toBe('mediates');
    expect(cameoTypeId(root('04'), '046')).toBe('negotiates-with');
    expect(cameoTypeId(root('11'), '112')).toBe('accuses');
    expect(cameoTypeId(root('19'), '195')).toBe('strikes');
    expect(cameoTypeId(root('19'), '193')).toBe('fights');
    // a base code of another root does not refine this one
    expect(cameoTypeId(root('19'), '112')).toBe('fights');
    expect(cameoRoot('7')?.code).toBe('07');
    expect(cameoRoot('21')).toBeUndefined();
    // declared ids are unique and none replaces a built-in
    const ids = CAMEO_TYPES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => resolveRelationTypes().has(id))).toEqual([]);
  });
});

describe('GDELT events as a dataset', () => {
  it('one relation per event, its types declared, valid; and rolled up by week', () => {
    for (const name of FIXTURES) {
      const { events } = read(name);
      const none = eventsToDataset(events, { title: name, rollup: 'none', relationTypes: CAMEO_TYPES });
      const v = validateDataset(none);
      expect(v.errors, name).toEqual([]);
      expect(none.relations).toHaveLength(events.length);
      const used = new Set(none.relations.map((r) => r.type));
      expect(new Set(none.relationTypes?.map((t) => t.id)), name).toEqual(
        new Set([...used].filter((t) => t.startsWith('cameo-'))),
      );
      const week = eventsToDataset(events, { title: name, rollup: 'week', relationTypes: CAMEO_TYPES });
      expect(validateDataset(week).errors, name).toEqual([]);
      const counted = week.relations.map((r) => Number(/^(\d+) events? \(/.exec(r.note ?? '')?.[1]));
      expect(
        counted.reduce((a, b) => a + b, 0),
        name,
      ).toBe(events.length);
    }
  });

  it('makes a GDELT 2.0 event a dated relation with its source, and two of a week one', () => {
    const { events } = read(V2);
    const none = eventsToDataset(events, { title: 'GDELT', rollup: 'none', relationTypes: CAMEO_TYPES });
    expect(none.relations.find((r) => r.id === '480001001')).toEqual({
      id: '480001001',
      source: 'rusmil',
      target: 'syrreb',
      type: 'strikes',
      start: '2015-09-30',
      location: 'Homs, Hims, Syria',
      note: 'CAMEO 195; Goldstein -10; 40 mentions, 8 sources, 38 articles; tone -6.86',
      evidence: [{ source: expect.any(String), stance: 'supports' }],
    });
    expect(none.sources.find((s) => s.url?.includes('idUSKCN0RU0MG'))).toMatchObject({ title: 'reuters.com' });
    expect(none.actors.find((a) => a.id === 'imgmosisi')).toEqual({
      id: 'imgmosisi',
      label: 'ISLAMIC STATE (IMGMOSISI)',
      kind: 'armed-group',
    });
    const week = eventsToDataset(events, { title: 'GDELT', rollup: 'week', relationTypes: CAMEO_TYPES });
    const aleppo = week.relations.filter((r) => r.source === 'syrmil' && r.target === 'syrreb');
    expect(aleppo).toEqual([
      {
        id: expect.any(String),
        source: 'syrmil',
        target: 'syrreb',
        type: 'fights',
        start: '2016-02-01',
        end: '2016-02-07',
        location: 'Aleppo, Halab, Syria',
        note: '2 events (480001012, 480001013)',
        evidence: [expect.objectContaining({ stance: 'supports' }), expect.objectContaining({ stance: 'supports' })],
      },
    ]);
  });

  it('links each event to its own article, two from one host included', () => {
    for (const name of [DAILY, V2, BIGQUERY]) {
      const d = eventsToDataset(read(name).events, { title: name, rollup: 'none', relationTypes: CAMEO_TYPES });
      const urlOf = new Map(d.sources.map((s) => [s.id, s.url]));
      const rows = new Map(rawRows(name).map((r) => [r.id, r.url]));
      for (const r of d.relations) {
        const want = rows.get(r.id);
        expect(
          (r.evidence ?? []).map((e) => urlOf.get(e.source)),
          `${name} ${r.id}`,
        ).toEqual(want && /^https?:/.test(want) ? [want] : want ? [undefined] : []);
      }
      const reuters = d.sources.filter((s) => s.title === 'reuters.com');
      expect(reuters.length, name).toBe(new Set(reuters.map((s) => s.url)).size);
    }
  });

  it('keeps the signs: backers positive, fighters and threats negative, in the dataset’s own table', () => {
    const { events } = read(BIGQUERY);
    const d = eventsToDataset(events, { title: 'GDELT', rollup: 'none', relationTypes: CAMEO_TYPES });
    const v = validateDataset(d);
    if (!v.ok) throw new Error('invalid');
    const signOf = (id: string) => v.types.get(d.relations.find((r) => r.id === id)?.type ?? '')?.sign;
    expect(signOf('1210000105')).toBe(1); // Turkey backs the rebels
    expect(signOf('1210000106')).toBe(1); // Iran's diplomatic support
    expect(signOf('1210000110')).toBe(1); // Iran yields
    expect(signOf('1210000101')).toBe(-1); // rebels fight the army
    expect(signOf('1210000109')).toBe(-1); // rebels threaten
    expect(signOf('1210000108')).toBe(-1); // the US accuses Iran
    expect(signOf('1210000112')).toBe(-1); // Israel's force posture
  });
});

describe('GDELT faults', () => {
  const lines = (name: string) => fixture(name).trimEnd().split('\n');

  it('a row of the wrong width is one error naming it; the others are read', () => {
    const rows = lines(DAILY);
    rows[2] = rows[2].split('\t').slice(0, 57).join('\t'); // row 3 lost its SOURCEURL
    const { events, errors } = read('daily.tsv', rows.join('\n'));
    expect(errors.items).toEqual([
      {
        path: [],
        message: "57 fields where this file's rows have 58 (GDELT 1.0, from April 2013): the row is skipped",
        place: 'daily.tsv, row 3',
      },
    ]);
    expect(events).toHaveLength(read(DAILY).events.length - 1);
    expect(events.some((e) => e.eventId === '270300003')).toBe(false);
  });

  it('a first row of no known width is an error; the layout comes from the first row that has one', () => {
    const rows = lines(V2);
    const { events, errors } = read('v2.tsv', ['GDELT export', ...rows].join('\n'));
    expect(errors.items.map((e) => [e.place, e.message.slice(0, 30)])).toEqual([
      ['v2.tsv, row 1', '1 field: a GDELT events file h'],
    ]);
    expect(events).toHaveLength(read(V2).events.length);
  });

  it('a 57-field file is not read as 58 fields, nor the reverse', () => {
    const historical = read(HISTORICAL).events;
    expect(historical.every((e) => e.evidence.length === 0)).toBe(true);
    const daily = read(DAILY).events;
    expect(daily.every((e) => e.evidence.every((x) => x.source.key !== '' && !/^\d{8}$/.test(x.source.key)))).toBe(
      true,
    );
    expect(daily.filter((e) => e.evidence.length === 0).map((e) => e.eventId)).toEqual(['270300017']);
  });

  it('a QuadClass that is not its root’s types the event by the QuadClass, and says so once', () => {
    const rows = lines(V2).map((r) => r.split('\t'));
    rows[0][AT.QuadClass] = '1'; // a strike said to be verbal cooperation
    rows[1][AT.QuadClass] = '3';
    const { events, errors, warnings } = read('v2.tsv', rows.map((r) => r.join('\t')).join('\n'));
    expect(errors.items).toEqual([]);
    expect(events[0].type).toBe('gdelt-quadclass-1');
    expect(events[1].type).toBe('gdelt-quadclass-3');
    expect(types.get(events[0].type)).toMatchObject({ sign: 1, kind: 'verbal' });
    expect(types.get(events[1].type)).toMatchObject({ sign: -1, kind: 'verbal' });
    expect(warnings.items.map((w) => [w.place, w.message])).toContainEqual([
      'v2.tsv, column QuadClass',
      "2 events have a QuadClass that is not its CAMEO root's (the first, row 1: 1 with root 19, which is QuadClass 4): typed by the QuadClass",
    ]);
  });

  it('an unknown root takes the QuadClass’s type; no root and no QuadClass is an error for the row', () => {
    const rows = lines(V2).map((r) => r.split('\t'));
    rows[0][AT.EventRootCode] = '42';
    rows[1][AT.EventRootCode] = '';
    rows[1][AT.EventCode] = '';
    rows[1][AT.QuadClass] = '';
    rows[2][AT.QuadClass] = 'x'; // the root decides
    const { events, errors, warnings } = read('v2.tsv', rows.map((r) => r.join('\t')).join('\n'));
    expect(events[0].type).toBe('gdelt-quadclass-4');
    expect(events.some((e) => e.eventId === '480001002')).toBe(false);
    expect(events[1]).toMatchObject({ eventId: '480001003', type: 'accuses' });
    expect(errors.items).toEqual([
      {
        path: [],
        message: 'no CAMEO root and no QuadClass: the event has no type; the row is skipped',
        place: 'v2.tsv, row 2, column EventRootCode',
      },
    ]);
    expect(warnings.items.map((w) => w.message).join('\n')).toMatch(/a CAMEO root this reader does not know .*"42"/);
    expect(warnings.items.map((w) => w.message).join('\n')).toMatch(/a QuadClass that is not 1 to 4 .*"x"/);
  });

  it('reads a byte-order mark and Windows line ends as GDELT’s own', () => {
    const text = fixture(V2);
    const { events, errors } = read(V2, `\ufeff${text.replace(/\n/g, '\r\n')}`);
    expect(errors.items).toEqual([]);
    expect(events).toEqual(read(V2).events);
  });

  it('a bad SQLDATE is an error naming the row and the column', () => {
    const rows = lines(HISTORICAL).map((r) => r.split('\t'));
    rows[3][AT.SQLDATE] = '20120231';
    rows[4][AT.SQLDATE] = '2012-08';
    rows[5][AT.SQLDATE] = '00120902';
    const { errors } = read('h.tsv', rows.map((r) => r.join('\t')).join('\n'));
    expect(errors.items.map((e) => e.place)).toEqual([
      'h.tsv, row 4, column SQLDATE',
      'h.tsv, row 5, column SQLDATE',
      'h.tsv, row 6, column SQLDATE',
    ]);
    expect(errors.items[0].message).toMatch(/no day 31 in February 2012/);
  });

  it('numbers that are not are left out of the note, said once; repeated events and headers are read once', () => {
    const rows = lines(BIGQUERY);
    const cells = Papa.parse<string[]>(rows[1]).data[0];
    cells[30] = 'n/a'; // GoldsteinScale
    cells[31] = '-3'; // NumMentions
    const text = [rows[0], Papa.unparse([cells]), ...rows.slice(1), rows[0], rows[3]].join('\r\n');
    const { events, errors, warnings } = read('bq.csv', text);
    expect(errors.items).toEqual([]);
    expect(events[0].note).toBe('CAMEO 190; 10 sources, 45 articles; tone -7.52');
    expect(events).toHaveLength(read(BIGQUERY).events.length);
    const said = warnings.items.map((w) => w.message);
    expect(said).toContainEqual(
      expect.stringMatching(/^2 cells of GoldsteinScale.*are not a number \(the first, row 2/),
    );
    expect(said).toContainEqual(
      expect.stringMatching(/^2 rows repeat an event already read \(the first, row 3: "1210000101"\)/),
    );
    expect(said).toContainEqual(expect.stringMatching(/^1 row repeats the header \(the first, row 18\): skipped/));
  });

  it('a header without the columns the rows need reads no row, and says which', () => {
    const { events, errors } = read('bq.csv', 'GLOBALEVENTID,Actor1Code,Actor2Code\n1,SYR,TUR\n');
    expect(events).toEqual([]);
    expect(errors.items).toEqual([
      {
        path: [],
        message:
          'no SQLDATE, QuadClass, EventRootCode or EventCode columns: a GDELT events file needs them; no row was read',
        place: 'bq.csv, row 1',
      },
    ]);
  });

  it('empty and foreign files are errors, never exceptions', () => {
    expect(read('e.tsv', '').errors.items[0]).toMatchObject({
      place: 'e.tsv',
      message: expect.stringMatching(/empty/),
    });
    expect(read('e.tsv', '\ufeff\n\n').events).toEqual([]);
    const foreign = read('relations.csv', 'id,source,target\nr1,a,b\n');
    expect(foreign.events).toEqual([]);
    expect(foreign.errors.items.map((e) => e.place)).toEqual(['relations.csv, row 1', 'relations.csv, row 2']);
    const capped = read('big.tsv', Array(50).fill('x\ty').join('\n'), 10);
    expect([capped.errors.items.length, capped.errors.count]).toEqual([10, 50]);
  });

  it('a source that is a name, not a URL, is the source; no SOURCEURL, no evidence', () => {
    const events = read(DAILY).events;
    expect(events.find((e) => e.eventId === '270300014')?.evidence).toEqual([
      { source: { key: 'BBC Monitoring', title: 'BBC Monitoring' } },
    ]);
    expect(events.find((e) => e.eventId === '270300017')?.evidence).toEqual([]);
  });
});

describe('GDELT fuzz', () => {
  const ALPHABET = [
    '\t',
    '\n',
    '\r\n',
    '"',
    ',',
    ' ',
    '0',
    '1',
    '4',
    '19',
    '-',
    'SYR',
    'GOV',
    'é',
    '\u0000',
    'GLOBALEVENTID',
  ];
  type Mutation =
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'cell'; line: number; cell: number; text: string }
    | { kind: 'line'; line: number; to: number };
  const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...ALPHABET));
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant('cell' as const), line: fc.nat(), cell: fc.nat(), text: piece }),
    fc.record({ kind: fc.constant('line' as const), line: fc.nat(), to: fc.nat() }),
  );

  /** Characters inserted and deleted, a cell replaced, a line repeated elsewhere. */
  function mutate(text: string, ms: readonly Mutation[]): string {
    let t = text;
    for (const m of ms) {
      if (m.kind === 'insert') {
        const at = m.at % (t.length + 1);
        t = t.slice(0, at) + m.text + t.slice(at);
      } else if (m.kind === 'delete') {
        const at = m.at % (t.length + 1);
        t = t.slice(0, at) + t.slice(at + m.length);
      } else {
        const rows = t.split('\n');
        const i = m.line % rows.length;
        if (m.kind === 'cell') {
          const cells = rows[i].split(rows[i].includes('\t') ? '\t' : ',');
          cells[m.cell % cells.length] = m.text;
          rows[i] = cells.join(rows[i].includes('\t') ? '\t' : ',');
        } else {
          rows.splice(m.to % (rows.length + 1), 0, rows[i]);
        }
        t = rows.join('\n');
      }
    }
    return t;
  }

  it(
    'never throws on mutated exports, names the file in every problem, and always makes a valid dataset',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...FIXTURES),
          fc.array(mutation, { minLength: 1, maxLength: 8 }),
          fc.constantFrom('none', 'week', 'month', 'year'),
          (name, ms, rollup) => {
            const text = mutate(fixture(name), ms);
            const { events, errors, warnings } = read(name, text, 50);
            for (const p of [...errors.items, ...warnings.items]) expect(p.place?.startsWith(name)).toBe(true);
            const d = eventsToDataset(events, {
              title: name,
              rollup: rollup as 'none',
              relationTypes: CAMEO_TYPES,
            });
            expect(validateDataset(d).errors).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on arbitrary text',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('x.tsv', 'x.csv'), (text, name) => {
          const { events } = read(name, text, 20);
          expect(
            validateDataset(eventsToDataset(events, { title: 'x', rollup: 'week', relationTypes: CAMEO_TYPES })).errors,
          ).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
