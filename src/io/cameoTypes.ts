// GDELT's CAMEO codes as the app's categories: relation types from event codes,
// actor kinds from actor codes, countries from CAMEO country codes. One table per
// question, so that the README's table and the reader (gdeltImport.ts) cannot
// drift apart.
//
// Event types. Each CAMEO root (01-20) belongs to one of GDELT's four QuadClasses,
// and the QuadClass says the sign and the kind: 1 verbal cooperation (+1, verbal),
// 2 material cooperation (+1, material), 3 verbal conflict (-1, verbal), 4 material
// conflict (-1, material). A root maps to a built-in type where one fits; the
// others get a declared type ("cameo-13-threaten", "threatens (CAMEO 13)") whose
// sign and kind are its root's QuadClass's. Four base codes are finer than their
// root and map to the built-in type they name: 045 mediate, 046 engage in
// negotiation, 112 accuse, 195 employ aerial weapons (a strike, one-sided).
//
// | root | CAMEO                              | QuadClass              | type                               |
// |------|------------------------------------|------------------------|------------------------------------|
// | 01   | make public statement              | 1 verbal cooperation   | cameo-01-statement (+1 verbal)     |
// | 02   | appeal                             | 1 verbal cooperation   | cameo-02-appeal (+1 verbal)        |
// | 03   | express intent to cooperate        | 1 verbal cooperation   | cameo-03-intent-to-cooperate (+1 verbal) |
// | 04   | consult                            | 1 verbal cooperation   | meets (0); 045 mediates (0), 046 negotiates-with (0) |
// | 05   | engage in diplomatic cooperation   | 1 verbal cooperation   | cameo-05-diplomatic-cooperation (+1 verbal) |
// | 06   | engage in material cooperation     | 2 material cooperation | cameo-06-material-cooperation (+1 material) |
// | 07   | provide aid                        | 2 material cooperation | backs (+1 material)                |
// | 08   | yield                              | 2 material cooperation | cameo-08-yield (+1 material)       |
// | 09   | investigate                        | 2 material cooperation | cameo-09-investigate (+1 material) |
// | 10   | demand                             | 3 verbal conflict      | cameo-10-demand (-1 verbal)        |
// | 11   | disapprove                         | 3 verbal conflict      | opposes (-1 verbal); 112 accuses (-1 verbal) |
// | 12   | reject                             | 3 verbal conflict      | cameo-12-reject (-1 verbal)        |
// | 13   | threaten                           | 3 verbal conflict      | cameo-13-threaten (-1 verbal)      |
// | 14   | protest                            | 3 verbal conflict      | opposes (-1 verbal)                |
// | 15   | exhibit force posture              | 4 material conflict    | cameo-15-force-posture (-1 material) |
// | 16   | reduce relations                   | 4 material conflict    | cameo-16-reduce-relations (-1 material) |
// | 17   | coerce                             | 4 material conflict    | cameo-17-coerce (-1 material)      |
// | 18   | assault                            | 4 material conflict    | strikes (-1 material)              |
// | 19   | fight                              | 4 material conflict    | fights (-1 material); 195 strikes (-1 material) |
// | 20   | use unconventional mass violence   | 4 material conflict    | strikes (-1 material)              |
//
// An event whose QuadClass is not its root's (a damaged row), or whose root is
// missing or unknown, takes the type of its QuadClass: "gdelt-quadclass-3",
// "verbal conflict (GDELT QuadClass 3)", with that QuadClass's sign and kind.

import type { RelationType, Sign, TypeKind } from '../model/relationTypes';
import type { ActorKind } from '../model/types';

export type QuadClass = 1 | 2 | 3 | 4;

export interface QuadClassInfo {
  readonly label: string;
  readonly sign: Sign;
  readonly kind: TypeKind;
}

/** GDELT's QuadClass: what the sign and the kind of an event are. */
export const QUAD_CLASSES: ReadonlyMap<QuadClass, QuadClassInfo> = new Map<QuadClass, QuadClassInfo>([
  [1, { label: 'verbal cooperation', sign: 1, kind: 'verbal' }],
  [2, { label: 'material cooperation', sign: 1, kind: 'material' }],
  [3, { label: 'verbal conflict', sign: -1, kind: 'verbal' }],
  [4, { label: 'material conflict', sign: -1, kind: 'material' }],
]);

/** A QuadClass cell ("1" to "4") as a QuadClass; undefined for anything else. */
export function quadClassOf(text: string): QuadClass | undefined {
  return /^[1-4]$/.test(text) ? (Number(text) as QuadClass) : undefined;
}

function quad(q: QuadClass): QuadClassInfo {
  // every QuadClass is in the table
  return QUAD_CLASSES.get(q) as QuadClassInfo;
}

export interface CameoRoot {
  /** "01" to "20" */
  readonly code: string;
  /** CAMEO's name for the root */
  readonly name: string;
  /** the QuadClass GDELT gives every event of this root */
  readonly quad: QuadClass;
  /** a built-in type that fits, or the declared type's id part and label (a verb phrase) */
  readonly builtin?: string;
  readonly slug?: string;
  readonly verb?: string;
}

/** The twenty CAMEO roots, in order (the table at the top of this file). */
export const CAMEO_ROOTS: readonly CameoRoot[] = [
  { code: '01', name: 'make public statement', quad: 1, slug: 'statement', verb: 'makes a statement on' },
  { code: '02', name: 'appeal', quad: 1, slug: 'appeal', verb: 'appeals to' },
  {
    code: '03',
    name: 'express intent to cooperate',
    quad: 1,
    slug: 'intent-to-cooperate',
    verb: 'says it will cooperate with',
  },
  { code: '04', name: 'consult', quad: 1, builtin: 'meets' },
  {
    code: '05',
    name: 'engage in diplomatic cooperation',
    quad: 1,
    slug: 'diplomatic-cooperation',
    verb: 'cooperates diplomatically with',
  },
  {
    code: '06',
    name: 'engage in material cooperation',
    quad: 2,
    slug: 'material-cooperation',
    verb: 'cooperates materially with',
  },
  { code: '07', name: 'provide aid', quad: 2, builtin: 'backs' },
  { code: '08', name: 'yield', quad: 2, slug: 'yield', verb: 'yields to' },
  { code: '09', name: 'investigate', quad: 2, slug: 'investigate', verb: 'investigates' },
  { code: '10', name: 'demand', quad: 3, slug: 'demand', verb: 'makes demands of' },
  { code: '11', name: 'disapprove', quad: 3, builtin: 'opposes' },
  { code: '12', name: 'reject', quad: 3, slug: 'reject', verb: 'rejects' },
  { code: '13', name: 'threaten', quad: 3, slug: 'threaten', verb: 'threatens' },
  { code: '14', name: 'protest', quad: 3, builtin: 'opposes' },
  { code: '15', name: 'exhibit force posture', quad: 4, slug: 'force-posture', verb: 'shows force to' },
  { code: '16', name: 'reduce relations', quad: 4, slug: 'reduce-relations', verb: 'reduces relations with' },
  { code: '17', name: 'coerce', quad: 4, slug: 'coerce', verb: 'coerces' },
  { code: '18', name: 'assault', quad: 4, builtin: 'strikes' },
  { code: '19', name: 'fight', quad: 4, builtin: 'fights' },
  { code: '20', name: 'use unconventional mass violence', quad: 4, builtin: 'strikes' },
];

/** CAMEO base codes (three digits) finer than their root, and the built-in type they name. */
export const CAMEO_BASE_TYPES: ReadonlyMap<string, string> = new Map([
  ['045', 'mediates'],
  ['046', 'negotiates-with'],
  ['112', 'accuses'],
  ['195', 'strikes'],
]);

const ROOTS_BY_CODE: ReadonlyMap<string, CameoRoot> = new Map(CAMEO_ROOTS.map((r) => [r.code, r]));

/** A root code ("19", "1", " 07") as its root; undefined when it is not 01-20. */
export function cameoRoot(text: string): CameoRoot | undefined {
  const t = text.trim();
  return /^\d{1,2}$/.test(t) ? ROOTS_BY_CODE.get(t.padStart(2, '0')) : undefined;
}

function rootTypeId(r: CameoRoot): string {
  return r.builtin ?? `cameo-${r.code}-${r.slug}`;
}

/** The declared type of a root that no built-in type fits; its sign and kind are its QuadClass's. */
function rootType(r: CameoRoot): RelationType {
  const q = quad(r.quad);
  return {
    id: rootTypeId(r),
    label: `${r.verb} (CAMEO ${r.code})`,
    sign: q.sign,
    directed: true,
    kind: q.kind,
    description: `CAMEO root ${r.code}, ${r.name} (GDELT QuadClass ${r.quad}: ${q.label})`,
  };
}

/** The type of an event whose root is unknown, or whose QuadClass is not its root's. */
export function quadTypeId(q: QuadClass): string {
  return `gdelt-quadclass-${q}`;
}

function quadType(q: QuadClass): RelationType {
  const info = quad(q);
  return {
    id: quadTypeId(q),
    label: `${info.label} (GDELT QuadClass ${q})`,
    sign: info.sign,
    directed: true,
    kind: info.kind,
    description: `a GDELT event of QuadClass ${q} (${info.label}) whose CAMEO root is unknown or disagrees with it`,
  };
}

/** The types the CAMEO table needs beyond the built-in ones: pass to eventsToDataset as relationTypes. */
export const CAMEO_TYPES: RelationType[] = [
  ...CAMEO_ROOTS.filter((r) => r.builtin === undefined).map(rootType),
  ...([1, 2, 3, 4] as const).map(quadType),
];

/** The relation type of an event of this root and base code (the base code only refines). */
export function cameoTypeId(root: CameoRoot, baseCode: string): string {
  const base = CAMEO_BASE_TYPES.get(baseCode.trim());
  return base !== undefined && baseCode.trim().startsWith(root.code) ? base : rootTypeId(root);
}

// Actors.
//
// A CAMEO actor code is a country (or region, or IGO) code followed by role
// codes: SYR, SYRGOV, SYRREB, USAMIL, IGOUNO. GDELT splits it into the country
// code, a known-group code (HEZ, TAL, UNO) and up to three type codes. The kind
// comes from the known group where this table knows it, else from the first
// type code it knows, else a country code with no role is a state; anything
// else (a region such as WST "the West", an unknown code, a name with no code)
// is an organisation.

/** CAMEO type codes → kind. Those not here (BUS, MED, CVL, REF, ...) are organisations. */
export const CAMEO_TYPE_KINDS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ['GOV', 'state-institution'],
  ['MIL', 'state-institution'],
  ['SPY', 'state-institution'],
  ['JUD', 'state-institution'],
  ['LEG', 'state-institution'],
  ['COP', 'state-institution'],
  ['UIS', 'state-institution'],
  ['REB', 'armed-group'],
  ['INS', 'armed-group'],
  ['SEP', 'armed-group'],
  ['UAF', 'armed-group'],
  ['IMG', 'armed-group'],
  ['OPP', 'political'],
  ['IGO', 'organisation'],
  ['NGO', 'organisation'],
  ['NGM', 'organisation'],
  ['INT', 'organisation'],
  ['MNC', 'organisation'],
  ['BUS', 'organisation'],
  ['MED', 'organisation'],
  ['EDU', 'organisation'],
  ['HLH', 'organisation'],
  ['HRI', 'organisation'],
  ['LAB', 'organisation'],
  ['AGR', 'organisation'],
  ['DEV', 'organisation'],
  ['ENV', 'organisation'],
  ['CRM', 'organisation'],
  ['CVL', 'organisation'],
  ['REF', 'organisation'],
  ['ELI', 'organisation'],
  ['PKO', 'organisation'],
]);

/** CAMEO known-group codes whose kind is not an organisation's (the rest, UNO, ARL, WBK..., are). */
export const CAMEO_GROUP_KINDS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ['ALQ', 'armed-group'], // al-Qaeda
  ['TAL', 'armed-group'], // Taliban
  ['HEZ', 'armed-group'], // Hezbollah
  ['HMS', 'armed-group'], // Hamas
  ['ISJ', 'armed-group'], // Palestinian Islamic Jihad
  ['AAM', 'armed-group'], // al-Aqsa Martyrs Brigade
  ['ANO', 'armed-group'], // Abu Nidal Organization
  ['AML', 'armed-group'], // Amal militia
  ['ASL', 'armed-group'], // South Lebanon Army
  ['FIS', 'armed-group'], // Islamic Salvation Army
  ['GIA', 'armed-group'], // Armed Islamic Group
  ['GSP', 'armed-group'], // Salafist Group
  ['PFL', 'armed-group'], // PFLP
  ['DFL', 'armed-group'], // DFLP
  ['PLF', 'armed-group'], // Palestine Liberation Front
  ['PLS', 'armed-group'], // Polisario
  ['PMD', 'armed-group'], // People's Mujahedeen
  ['NAT', 'alliance'], // NATO
  ['SOT', 'alliance'], // SEATO
  ['FTA', 'political'], // Fatah
  ['PLO', 'political'],
  ['BTH', 'political'], // Baath Party
  ['MBR', 'political'], // Muslim Brotherhood
  ['KDP', 'political'],
  ['IAF', 'political'], // Islamic Action Front
  ['ENN', 'political'], // Ennahda
  ['LKD', 'political'], // Likud
  ['LBA', 'political'], // Israeli Labor Party
  ['MRZ', 'political'], // Meretz
  ['SHA', 'political'], // Shas
]);

/**
 * CAMEO country codes → ISO 3166-1 alpha-2, for the countries of the conflicts this
 * app is used on and their neighbours and backers. CAMEO mostly uses ISO alpha-3,
 * with a few of its own (ROM Romania, MTN Montenegro, TMP East Timor); region codes
 * (WST, MEA, AFR, EUR...) are not countries. A code not here gives no country.
 */
export const CAMEO_COUNTRIES: ReadonlyMap<string, string> = new Map(
  (
    'AFG:AF ARE:AE ARM:AM AUS:AU AUT:AT AZE:AZ BEL:BE BHR:BH BLR:BY BRA:BR CAF:CF CAN:CA CHE:CH CHN:CN ' +
    'COD:CD COL:CO CYP:CY DEU:DE DNK:DK DZA:DZ EGY:EG ESP:ES ETH:ET FRA:FR GBR:GB GEO:GE GRC:GR IDN:ID IND:IN IRN:IR ' +
    'IRQ:IQ ISR:IL ITA:IT JOR:JO JPN:JP KEN:KE KOR:KR KWT:KW LBN:LB LBY:LY MAR:MA MLI:ML MEX:MX MMR:MM MTN:ME NER:NE ' +
    'NGA:NG NLD:NL NOR:NO OMN:OM PAK:PK PHL:PH POL:PL PRK:KP PSE:PS QAT:QA ROM:RO RUS:RU SAU:SA SDN:SD SOM:SO ' +
    'SRB:RS SSD:SS SWE:SE SYR:SY TCD:TD TMP:TL TUN:TN TUR:TR TWN:TW UKR:UA USA:US VEN:VE YEM:YE ZAF:ZA'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** CAMEO codes of regions and places that stand where a country code would (WST "the West", GZS Gaza Strip): not states. */
export const CAMEO_REGIONS: ReadonlySet<string> = new Set(
  (
    'AFR ASA BAG BLK CAS CAU CEU CFR CRB EAF EEU EIN EUR GZS ' +
    'LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WSB WST'
  ).split(' '),
);

/** What GDELT says of one actor: its code and the parts it splits the code into. */
export interface CameoActor {
  code: string;
  countryCode: string;
  knownGroupCode: string;
  typeCodes: readonly string[];
}

/** An actor's kind from its CAMEO codes (see "Actors" above). */
export function cameoActorKind(a: CameoActor): ActorKind {
  const group = CAMEO_GROUP_KINDS.get(a.knownGroupCode.toUpperCase());
  if (group) return group;
  if (a.knownGroupCode !== '') return 'organisation';
  for (const t of a.typeCodes) {
    const kind = CAMEO_TYPE_KINDS.get(t.toUpperCase());
    if (kind) return kind;
  }
  const code = a.code.toUpperCase();
  const bare = a.typeCodes.every((t) => t === '') && /^[A-Z]{3}$/.test(code);
  if (bare && !CAMEO_REGIONS.has(code) && (code === a.countryCode.toUpperCase() || CAMEO_COUNTRIES.has(code)))
    return 'state';
  return 'organisation';
}

/** A CAMEO country code as ISO alpha-2; undefined for a region or a code not in the table. */
export function cameoCountry(code: string): string | undefined {
  return CAMEO_COUNTRIES.get(code.trim().toUpperCase());
}
