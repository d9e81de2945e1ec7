// The browser readers' tables (src/io/eventTypes.ts, src/io/cameoTypes.ts) as SQL
// CASE expressions, made when the ingest runs: one source of truth, so that a file
// ingested here and opened in the app gets the same types and kinds. The few rules
// that are code, not tables (kindByName's name patterns, cameoActorKind's order of
// questions), are written again here in SQL; test/unit/ingest.test.ts evaluates
// each of them in DuckDB beside the TypeScript function on the same values.

import {
  CAMEO_BASE_TYPES,
  CAMEO_COUNTRIES,
  CAMEO_GROUP_KINDS,
  CAMEO_REGIONS,
  CAMEO_ROOTS,
  CAMEO_TYPE_KINDS,
  QUAD_CLASSES,
  quadTypeId,
} from '../../src/io/cameoTypes';
import {
  ACLED_EVENT_TYPES,
  ACLED_INTER_KINDS,
  ACLED_SUB_EVENT_TYPES,
  ACLED_TIME_PRECISION,
  UCDP_DATE_PRECISION,
  UCDP_EVENT_CLARITY,
  UCDP_VIOLENCE_TYPES,
} from '../../src/io/eventTypes';
import { GENERIC_TYPE } from '../../src/model/relationTypes';
import type { Dialect } from './dialects';

/** A SQL string literal in the dialect's quoting ('' doubled in DuckDB; backslash escapes in Spark and BigQuery). */
export function literal(d: Dialect, text: string): string {
  if (d.name === 'duckdb') return `'${text.replace(/'/g, "''")}'`;
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** CASE expr WHEN 'key' THEN 'value' ... ELSE otherwise END, from a table. */
export function caseOf(
  d: Dialect,
  expr: string,
  table: Iterable<readonly [string, string]>,
  otherwise = 'NULL',
): string {
  const arms = [...table].map(([k, v]) => `WHEN ${literal(d, k)} THEN ${literal(d, v)}`);
  if (arms.length === 0) return otherwise;
  return `CASE ${expr} ${arms.join(' ')} ELSE ${otherwise} END`;
}

/** expr IN ('a', 'b', ...) from a set of values. */
function inSet(d: Dialect, expr: string, values: Iterable<string>): string {
  return `${expr} IN (${[...values].map((v) => literal(d, v)).join(', ')})`;
}

const lower = (e: string) => `LOWER(TRIM(${e}))`;

/** kindByName (eventTypes.ts): "Military Forces of X" and "Police Forces of X" state institutions, "Government of X" a state, civilians organisations; else NULL. */
export function kindByName(d: Dialect, name: string): string {
  const n = lower(name);
  return (
    `CASE WHEN ${n} LIKE 'military forces of %' OR ${n} LIKE 'police forces of %' THEN 'state-institution' ` +
    `WHEN ${n} LIKE 'government of %' THEN 'state' ` +
    `WHEN ${n} = 'civilians' OR ${n} LIKE 'civilians (%' THEN 'organisation' END`
  );
}

/** acledActorKind, with 'organisation' for an inter code not in the table (as the reader loads it). */
export function acledKind(d: Dialect, name: string, inter: string): string {
  return `COALESCE(${kindByName(d, name)}, ${caseOf(d, lower(inter), ACLED_INTER_KINDS)}, 'organisation')`;
}

/** acledAssociateKind: by name, else the main actor's kind, a state's or its institution's militias being armed groups. */
export function acledAssociateKind(d: Dialect, name: string, mainKind: string): string {
  return `COALESCE(${kindByName(d, name)}, CASE WHEN ${mainKind} IN ('state', 'state-institution') THEN 'armed-group' ELSE ${mainKind} END)`;
}

/** acledRelationType, with the generic type for an event type not in the table. */
export function acledType(d: Dialect, eventType: string, subEventType: string): string {
  const sub = caseOf(
    d,
    `${lower(`COALESCE(${eventType}, '')`)} || ' / ' || ${lower(`COALESCE(${subEventType}, '')`)}`,
    ACLED_SUB_EVENT_TYPES,
  );
  const main = caseOf(d, lower(eventType), ACLED_EVENT_TYPES);
  return `COALESCE(${sub}, ${main}, ${literal(d, GENERIC_TYPE)})`;
}

export function acledTimePrecision(d: Dialect, code: string): string {
  return caseOf(d, code, ACLED_TIME_PRECISION);
}

export function ucdpType(d: Dialect, code: string): string {
  return caseOf(
    d,
    code,
    [...UCDP_VIOLENCE_TYPES].map(([k, v]) => [k, v.type] as const),
    literal(d, GENERIC_TYPE),
  );
}

export function ucdpViolenceLabel(d: Dialect, code: string): string {
  return caseOf(
    d,
    code,
    [...UCDP_VIOLENCE_TYPES].map(([k, v]) => [k, v.label] as const),
  );
}

export function ucdpKind(d: Dialect, name: string): string {
  return `COALESCE(${kindByName(d, name)}, 'armed-group')`;
}

export function ucdpClarity(d: Dialect, code: string): string {
  return caseOf(d, code, UCDP_EVENT_CLARITY);
}

export function ucdpPrecision(d: Dialect, code: string): string {
  return caseOf(d, code, UCDP_DATE_PRECISION);
}

// GDELT

/** A root code cell ("19", "1", " 07") as "01"-"20", or NULL (cameoRoot). */
export function cameoRootCode(d: Dialect, code: string): string {
  const t = `TRIM(${code})`;
  const padded = `CASE WHEN LENGTH(${t}) = 1 THEN '0' || ${t} ELSE ${t} END`;
  return `CASE WHEN ${inSet(
    d,
    padded,
    CAMEO_ROOTS.map((r) => r.code),
  )} THEN ${padded} END`;
}

/** The QuadClass a root's events have, from CAMEO_ROOTS. */
export function cameoRootQuad(d: Dialect, root: string): string {
  return caseOf(
    d,
    root,
    CAMEO_ROOTS.map((r) => [r.code, String(r.quad)] as const),
  );
}

/** cameoTypeId: the base code's built-in type where it refines its root, else the root's type. */
export function cameoType(d: Dialect, root: string, baseCode: string): string {
  const rootType = caseOf(
    d,
    root,
    CAMEO_ROOTS.map((r) => [r.code, r.builtin ?? `cameo-${r.code}-${r.slug}`] as const),
  );
  const base = `TRIM(${baseCode})`;
  const refined = caseOf(d, base, CAMEO_BASE_TYPES);
  return `COALESCE(CASE WHEN SUBSTR(${base}, 1, 2) = ${root} THEN ${refined} END, ${rootType})`;
}

/** quadTypeId of a QuadClass cell "1"-"4", or NULL. */
export function quadType(d: Dialect, quad: string): string {
  return caseOf(
    d,
    `TRIM(${quad})`,
    [...QUAD_CLASSES.keys()].map((q) => [String(q), quadTypeId(q)] as const),
  );
}

/** cameoActorKind from the four code columns (each trimmed, '' for none). */
export function cameoKind(
  d: Dialect,
  a: { code: string; country: string; group: string; types: readonly string[] },
): string {
  const group = `UPPER(${a.group})`;
  const typeArms = a.types.map((t) => caseOf(d, `UPPER(${t})`, CAMEO_TYPE_KINDS));
  const code = `UPPER(${a.code})`;
  const letters = [1, 2, 3].map((i) => `SUBSTR(${code}, ${i}, 1) BETWEEN 'A' AND 'Z'`).join(' AND ');
  const bare = `${a.types.map((t) => `${t} = ''`).join(' AND ')} AND LENGTH(${code}) = 3 AND ${letters}`;
  const state =
    `${bare} AND NOT ${inSet(d, code, CAMEO_REGIONS)}` +
    ` AND (${code} = UPPER(${a.country}) OR ${inSet(d, code, CAMEO_COUNTRIES.keys())})`;
  return (
    `COALESCE(${caseOf(d, group, CAMEO_GROUP_KINDS)}, CASE WHEN ${a.group} <> '' THEN 'organisation' END, ` +
    `${typeArms.join(', ')}, CASE WHEN ${state} THEN 'state' END, 'organisation')`
  );
}

/** cameoCountry: ISO alpha-2 of a CAMEO country code, or NULL. */
export function cameoCountry(d: Dialect, code: string): string {
  return caseOf(d, `UPPER(TRIM(${code}))`, CAMEO_COUNTRIES);
}
