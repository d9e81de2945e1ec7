// A seeded, GDELT-like events file (GDELT 2.0's 61 tab-separated columns, no header)
// streamed to disk, for the ingest benchmark and tests: a few thousand actors whose
// activity is Zipf-like (a handful of states and governments in most events, a long
// tail of groups, some actors named but not coded), the twenty CAMEO roots at
// frequencies like GDELT's (statements and consultations common, mass violence
// rare), each with its own QuadClass, days over two years in order (as daily files
// are), Goldstein and tone, a place from a few hundred, and an article URL on one of
// about 500 hosts (a few hosts most of the articles).

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CAMEO_COUNTRIES, CAMEO_ROOTS } from '../../src/io/cameoTypes';
import { GDELT2_COLUMNS } from '../../src/io/gdeltImport';
import { daysFromCivil, formatDay } from '../../src/model/dates';
import { seededRandom } from '../../src/model/random';

export type GdeltColumn = (typeof GDELT2_COLUMNS)[number];

/** One line of a GDELT 2.0 file: the values given, empty cells elsewhere. */
export function gdeltLine(
  values: Partial<Record<GdeltColumn, string | number>>,
  columns: readonly string[] = GDELT2_COLUMNS,
): string {
  return columns.map((c) => String(values[c as GdeltColumn] ?? '')).join('\t');
}

export interface GdeltOptions {
  rows: number;
  actors?: number;
  hosts?: number;
  places?: number;
  /** first day and number of days */
  start?: string;
  days?: number;
  seed?: number;
  /** called every `every` rows with the rows written so far */
  progress?: (rows: number) => void;
}

// share of events per root, roughly as in GDELT 2.0 (01 statements and 04 consultations most common)
const ROOT_WEIGHTS: Record<string, number> = {
  '01': 19,
  '02': 7,
  '03': 8,
  '04': 20,
  '05': 6,
  '06': 2,
  '07': 2,
  '08': 3,
  '09': 1.5,
  '10': 2,
  '11': 5,
  '12': 2.5,
  '13': 2,
  '14': 1.5,
  '15': 1,
  '16': 1.5,
  '17': 6,
  '18': 4,
  '19': 5,
  '20': 0.2,
};
const GOLDSTEIN_BY_QUAD: Record<number, number> = { 1: 2, 2: 6, 3: -4, 4: -9 };
const ROLES = [
  '',
  'GOV',
  'MIL',
  'REB',
  'OPP',
  'COP',
  'JUD',
  'LEG',
  'MED',
  'BUS',
  'CVL',
  'EDU',
  'HLH',
  'REF',
  'NGO',
  'SPY',
  'INS',
  'ELI',
  'LAB',
  'CRM',
];
const GROUPS = ['HEZ', 'TAL', 'HMS', 'ALQ', 'NAT', 'UNO', 'PLO', 'FTA'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface Party {
  code: string;
  names: string[];
  country: string;
  group: string;
  type1: string;
}

/** Cumulative weights, and a sampler over them. */
function sampler(weights: readonly number[], rng: () => number): () => number {
  const sums: number[] = [];
  let total = 0;
  for (const w of weights) sums.push((total += w));
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function parties(count: number, rng: () => number): Party[] {
  const countries = [...CAMEO_COUNTRIES.keys()];
  // more country codes than the table knows, as GDELT has: three letters not in it
  while (countries.length < 160) {
    const c = Array.from({ length: 3 }, () => LETTERS[Math.floor(rng() * 26)]).join('');
    if (!countries.includes(c)) countries.push(c);
  }
  const out: Party[] = [];
  const seen = new Set<string>();
  // the most active first: bare states and governments of the first countries, then everything else
  for (let i = 0; out.length < count; i++) {
    const country = countries[i % countries.length];
    const round = Math.floor(i / countries.length);
    let code: string;
    let group = '';
    let role = '';
    if (round < ROLES.length) {
      role = ROLES[round];
      code = country + role;
    } else if (round === ROLES.length && i % countries.length < GROUPS.length) {
      group = GROUPS[i % countries.length];
      code = country + group;
    } else {
      role = ROLES[1 + Math.floor(rng() * (ROLES.length - 1))];
      code = `${country}${role}${LETTERS[round % 26]}${LETTERS[Math.floor(rng() * 26)]}`;
    }
    if (seen.has(code)) continue;
    seen.add(code);
    const base = `${country} ${role || group || 'STATE'}`.trim();
    // GDELT names an actor by the words the article used: a few variants, the first most often
    out.push({ code, names: [base, `${base} ${LETTERS[i % 26]}`, `THE ${base}`], country, group, type1: role });
  }
  return out;
}

/** Writes `options.rows` GDELT 2.0 event lines to `path`; resolves with the bytes written. */
export async function generateGdelt(path: string, options: GdeltOptions): Promise<number> {
  const { rows, actors = 3000, hosts = 500, places = 300, start = '2023-01-01', days = 730, seed = 1979 } = options;
  const rng = seededRandom(seed);
  const int = (n: number) => Math.floor(rng() * n);
  const cast = parties(actors, rng);
  const pickActor = sampler(
    cast.map((_, k) => 1 / Math.pow(k + 1, 1.07)),
    rng,
  );
  const roots = CAMEO_ROOTS.map((r) => r.code);
  const pickRoot = sampler(
    roots.map((c) => ROOT_WEIGHTS[c] ?? 1),
    rng,
  );
  const quadOf = new Map(CAMEO_ROOTS.map((r) => [r.code, r.quad]));
  const pickHost = sampler(
    Array.from({ length: hosts }, (_, k) => 1 / Math.pow(k + 1, 0.9)),
    rng,
  );
  const hostNames = Array.from(
    { length: hosts },
    (_, k) => `www.news${k}.${['com', 'org', 'net', 'co.uk', 'info'][k % 5]}`,
  );
  const placeNames = Array.from({ length: places }, (_, k) => `Town ${k}, Province ${k % 40}, Country ${k % 60}`);
  const pickPlace = sampler(
    placeNames.map((_, k) => 1 / (k + 1)),
    rng,
  );
  const first = daysFromCivil(Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10)));

  const out = createWriteStream(path);
  let bytes = 0;
  let buffer = '';
  const every = Math.max(1, Math.floor(rows / 100));
  for (let i = 0; i < rows; i++) {
    const dayNumber = first + Math.floor((i / rows) * days);
    const day = formatDay(dayNumber);
    const sqldate = day.replace(/-/g, '');
    const a = cast[pickActor()];
    let b = cast[pickActor()];
    if (b === a) b = cast[(cast.indexOf(a) + 1 + int(50)) % cast.length];
    const oneSided = rng() < 0.12; // many GDELT events name one actor
    const named = rng() < 0.04; // some actors have a name and no code
    const root = roots[pickRoot()];
    const quad = quadOf.get(root) ?? 1;
    const base = `${root}${int(6)}`;
    const code = rng() < 0.6 ? base : `${base}${1 + int(4)}`;
    const name = (p: Party) => p.names[rng() < 0.8 ? 0 : 1 + int(2)];
    const host = hostNames[pickHost()];
    const fields: Partial<Record<GdeltColumn, string | number>> = {
      GLOBALEVENTID: 1_000_000_000 + i,
      SQLDATE: sqldate,
      MonthYear: sqldate.slice(0, 6),
      Year: sqldate.slice(0, 4),
      FractionDate: (Number(sqldate.slice(0, 4)) + (dayNumber % 365) / 365).toFixed(4),
      Actor1Code: named ? '' : a.code,
      Actor1Name: name(a),
      Actor1CountryCode: a.country,
      Actor1KnownGroupCode: a.group,
      Actor1Type1Code: a.type1,
      IsRootEvent: rng() < 0.5 ? 1 : 0,
      EventCode: code,
      EventBaseCode: base,
      EventRootCode: root,
      QuadClass: quad,
      GoldsteinScale: (GOLDSTEIN_BY_QUAD[quad] + (rng() - 0.5) * 2).toFixed(1),
      NumMentions: 1 + int(20),
      NumSources: 1 + int(3),
      NumArticles: 1 + int(20),
      AvgTone: ((rng() - 0.6) * 12).toFixed(12),
      Actor1Geo_Type: 4,
      Actor1Geo_FullName: placeNames[pickPlace()],
      ActionGeo_Type: 4,
      ActionGeo_FullName: placeNames[pickPlace()],
      ActionGeo_CountryCode: a.country.slice(0, 2),
      ActionGeo_Lat: (rng() * 180 - 90).toFixed(4),
      ActionGeo_Long: (rng() * 360 - 180).toFixed(4),
      DATEADDED: `${sqldate}${String(int(24)).padStart(2, '0')}${String(int(4) * 15).padStart(2, '0')}00`,
      SOURCEURL: `https://${host}/${sqldate.slice(0, 4)}/${sqldate.slice(4, 6)}/${sqldate.slice(6)}/story-${(i * 2654435761) % 1e9}.html`,
    };
    if (!oneSided) {
      Object.assign(fields, {
        Actor2Code: b.code,
        Actor2Name: name(b),
        Actor2CountryCode: b.country,
        Actor2KnownGroupCode: b.group,
        Actor2Type1Code: b.type1,
        Actor2Geo_Type: 4,
        Actor2Geo_FullName: placeNames[pickPlace()],
      });
    }
    buffer += `${gdeltLine(fields)}\n`;
    if (buffer.length > 1 << 20) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
    if (options.progress && (i + 1) % every === 0) options.progress(i + 1);
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return bytes;
}
