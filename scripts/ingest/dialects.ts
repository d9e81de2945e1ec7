// The one place where the ingest's SQL differs between engines. The .sql files
// under sql/ are written in what DuckDB, Spark SQL and BigQuery share (WITH,
// CASE, COALESCE, NULLIF, TRIM, SUBSTR, LOWER/UPPER, LIKE, ||, IS DISTINCT FROM,
// COUNT, MIN, MAX, GROUP BY, ROW_NUMBER() OVER on small relations, struct fields
// read as s.field); where the three differ, a file writes a placeholder, {{name}} or
// {{name(arg, arg)}}, and the dialect below gives the text. What differs:
//   - reading files: read_csv/read_parquet (DuckDB) vs a table or view over the
//     files (Spark: CREATE TEMPORARY VIEW ... USING csv; BigQuery: a table or an
//     external table): {{input}} is filled by the caller, not here;
//   - casts that give NULL instead of failing: TRY_CAST / try_cast / SAFE_CAST,
//     and the type names (VARCHAR / STRING, BIGINT / INT64);
//   - YYYYMMDD numbers as dates (GDELT's SQLDATE): strptime / to_date / PARSE_DATE;
//   - date truncation: date_trunc('week', d) is an ISO week from Monday in DuckDB
//     and Spark, DATE_TRUNC(d, ISOWEEK) in BigQuery (whose WEEK starts on Sunday);
//     months and years need no truncation (the first 7 or 4 characters of the day);
//   - adding days: d + INTERVAL n DAY / date_add(d, n) / DATE_ADD(d, INTERVAL n DAY);
//   - a group's first row, and its first n rows, in the order the events were read:
//     arg_min(x, key[, n]) / min_by and a sorted collect_list / ARRAY_AGG(x ORDER BY
//     ... LIMIT n): aggregates, not windows, so ten million rows are not sorted;
//   - joining a list of texts: array_to_string / array_join / ARRAY_TO_STRING, and
//     the non-NULL parts of a text: concat_ws / concat_ws / ARRAY_TO_STRING([...]);
//   - regular expressions: regexp_matches / RLIKE / REGEXP_CONTAINS (the patterns
//     are written without backslashes, which the three quote differently);
//   - splitting a cell into rows (ACLED's assoc_actor_1, "A; B"): UNNEST ... WITH
//     ORDINALITY / LATERAL VIEW inline / UNNEST ... WITH OFFSET;
//   - the order rows were read in: ROW_NUMBER() OVER () (DuckDB keeps the files'
//     order) / monotonically_increasing_id() / the format's own id (BigQuery
//     tables have no order);
//   - whether a CTE read twice is kept or computed again: DuckDB keeps every such
//     CTE whole unless told NOT MATERIALIZED (ten million wide rows, several times
//     over), so the queries say which to keep (one slim copy of the events) and
//     which to compute again; Spark and BigQuery decide for themselves.
// Only the DuckDB dialect runs here; the other two are what `--print-sql
// --dialect spark|bigquery` writes, for running the same rollup where the data is.

export type DialectName = 'duckdb' | 'spark' | 'bigquery';
export const DIALECTS: readonly DialectName[] = ['duckdb', 'spark', 'bigquery'];

export type CastType = 'text' | 'int' | 'double';

export interface Dialect {
  name: DialectName;
  /** the type of text columns */
  text: string;
  /** a cast that gives NULL where the value is not of the type */
  tryCast(expr: string, type: CastType): string;
  /** a text or a number written YYYYMMDD as a DATE (NULL where it is not one) */
  dayFromYyyymmdd(expr: string): string;
  /** an ISO YYYY-MM-DD text (or a date/timestamp) as a DATE (NULL where it is not one) */
  dayFromIso(expr: string): string;
  /** "27 November 2024" or "27-Nov-2024" (older ACLED exports) as a DATE (NULL where it is not one) */
  dayFromDayMonthYear(expr: string): string;
  /** a DATE as YYYY-MM-DD text */
  dayText(expr: string): string;
  /** the Monday of the ISO week a DATE falls in, as a DATE */
  isoWeek(expr: string): string;
  /** a DATE plus n days (n may be negative) */
  addDays(expr: string, days: number): string;
  /** the value of expr on the group's first row in the order of the columns `order` (expr never NULL) */
  firstBy(expr: string, order: readonly string[]): string;
  /** the non-NULL values of expr on the group's first n rows in that order, as a list */
  firstN(expr: string, n: string, order: readonly string[]): string;
  /** structs of the columns (the order columns first) of the group's first n rows in that order, as a list */
  firstNStructs(n: string, order: readonly string[], columns: readonly string[]): string;
  /** a struct of the columns */
  struct(columns: readonly string[]): string;
  /** a list of texts joined by sep */
  joinList(list: string, sep: string): string;
  /** the non-NULL texts joined by sep ('' when all are NULL) */
  joinParts(sep: string, parts: readonly string[]): string;
  /** whether a text matches a regular expression (written without backslashes); NULL for NULL */
  matches(expr: string, pattern: string): string;
  /** a number as JavaScript's String() writes it, for the numbers the notes show (whole numbers without ".0") */
  numberText(expr: string): string;
  /**
   * What follows a FROM item to give one row per part of the text `expr` split at ";", as
   * `alias.value` and `alias.pos` (from 1); a NULL text gives no row.
   */
  splitRows(expr: string, alias: string): string;
  /** the order rows were read in, as a number or text that sorts in that order */
  rowOrder(naturalKey: string): string;
  /** what goes between "name AS" and "(" for a CTE read more than once, to compute it once */
  materialized: string;
  /** the same, for a CTE cheaper to compute again than to keep (DuckDB keeps by default what is read twice) */
  inline: string;
}

const duckdb: Dialect = {
  name: 'duckdb',
  text: 'VARCHAR',
  tryCast: (e, t) => `TRY_CAST(${e} AS ${{ text: 'VARCHAR', int: 'BIGINT', double: 'DOUBLE' }[t]})`,
  dayFromYyyymmdd: (e) => `CAST(TRY_STRPTIME(CAST(${e} AS VARCHAR), '%Y%m%d') AS DATE)`,
  dayFromIso: (e) => `TRY_CAST(SUBSTR(CAST(${e} AS VARCHAR), 1, 10) AS DATE)`,
  dayFromDayMonthYear: (e) =>
    `CAST(COALESCE(TRY_STRPTIME(REPLACE(${e}, '-', ' '), '%d %B %Y'), TRY_STRPTIME(REPLACE(${e}, '-', ' '), '%d %b %Y')) AS DATE)`,
  dayText: (e) => `SUBSTR(CAST(${e} AS VARCHAR), 1, 10)`,
  isoWeek: (e) => `CAST(date_trunc('week', ${e}) AS DATE)`,
  addDays: (e, n) => `CAST(${e} ${n < 0 ? '-' : '+'} INTERVAL ${Math.abs(n)} DAY AS DATE)`,
  firstBy: (e, o) => `arg_min(${e}, ${orderStruct(o)})`,
  firstN: (e, n, o) => `list_filter(arg_min(${e}, ${orderStruct(o)}, ${n}), x -> x IS NOT NULL)`,
  firstNStructs: (n, o, cols) => `arg_min(${duckdbStruct(cols)}, ${orderStruct(o)}, ${n})`,
  struct: (cols) => duckdbStruct(cols),
  joinList: (l, sep) => `array_to_string(${l}, ${sep})`,
  joinParts: (sep, parts) => `concat_ws(${sep}, ${parts.join(', ')})`,
  matches: (e, p) => `regexp_matches(${e}, ${p})`,
  numberText: (e) =>
    `CASE WHEN ${e} = FLOOR(${e}) AND ABS(${e}) < 1e15 THEN CAST(CAST(${e} AS BIGINT) AS VARCHAR) ELSE CAST(${e} AS VARCHAR) END`,
  splitRows: (e, alias) => `CROSS JOIN UNNEST(string_split(${e}, ';')) WITH ORDINALITY AS ${alias}(value, pos)`,
  rowOrder: () => 'ROW_NUMBER() OVER ()',
  materialized: 'MATERIALIZED',
  inline: 'NOT MATERIALIZED',
};

function duckdbStruct(cols: readonly string[]): string {
  return `{${cols.map((c) => `'${fieldName(c)}': ${c}`).join(', ')}}`;
}

/** DuckDB compares structs field by field: one key for an order of several columns. */
function orderStruct(order: readonly string[]): string {
  return order.length === 1 ? order[0] : `{${order.map((c, i) => `'o${i}': ${c}`).join(', ')}}`;
}

/** "e.from_key" → "from_key" */
function fieldName(column: string): string {
  return column.replace(/^.*\./, '');
}

const spark: Dialect = {
  name: 'spark',
  text: 'STRING',
  tryCast: (e, t) => `try_cast(${e} AS ${{ text: 'STRING', int: 'BIGINT', double: 'DOUBLE' }[t]})`,
  dayFromYyyymmdd: (e) => `to_date(CAST(${e} AS STRING), 'yyyyMMdd')`,
  dayFromIso: (e) => `to_date(SUBSTR(CAST(${e} AS STRING), 1, 10), 'yyyy-MM-dd')`,
  dayFromDayMonthYear: (e) =>
    `COALESCE(to_date(initcap(REPLACE(${e}, '-', ' ')), 'd MMMM yyyy'), to_date(initcap(REPLACE(${e}, '-', ' ')), 'd MMM yyyy'))`,
  dayText: (e) => `date_format(${e}, 'yyyy-MM-dd')`,
  isoWeek: (e) => `CAST(date_trunc('week', ${e}) AS DATE)`,
  addDays: (e, n) => `date_add(${e}, ${n})`,
  firstBy: (e, o) => `min_by(${e}, named_struct(${o.map((c, i) => `'o${i}', ${c}`).join(', ')}))`,
  // collect_list keeps no order: sort structs whose first fields are the order, then take n
  firstN: (e, n, o) =>
    `transform(slice(array_sort(collect_list(CASE WHEN (${e}) IS NOT NULL THEN named_struct(${o.map((c, i) => `'o${i}', ${c}`).join(', ')}, 'v', ${e}) END)), 1, ${n}), s -> s.v)`,
  firstNStructs: (n, o, cols) =>
    `slice(array_sort(collect_list(named_struct(${o.map((c, i) => `'o${i}', ${c}`).join(', ')}, ${cols.map((c) => `'${fieldName(c)}', ${c}`).join(', ')}))), 1, ${n})`,
  struct: (cols) => `named_struct(${cols.map((c) => `'${fieldName(c)}', ${c}`).join(', ')})`,
  joinList: (l, sep) => `array_join(${l}, ${sep})`,
  joinParts: (sep, parts) => `concat_ws(${sep}, ${parts.join(', ')})`,
  matches: (e, p) => `(${e} RLIKE ${p})`,
  numberText: (e) =>
    `CASE WHEN ${e} = FLOOR(${e}) AND ABS(${e}) < 1e15 THEN CAST(CAST(${e} AS BIGINT) AS STRING) ELSE CAST(${e} AS STRING) END`,
  splitRows: (e, alias) =>
    `LATERAL VIEW inline(transform(split(${e}, ';'), (v, i) -> named_struct('value', v, 'pos', i + 1))) ${alias} AS value, pos`,
  rowOrder: () => 'monotonically_increasing_id()',
  materialized: '',
  inline: '',
};

const bigquery: Dialect = {
  name: 'bigquery',
  text: 'STRING',
  tryCast: (e, t) => `SAFE_CAST(${e} AS ${{ text: 'STRING', int: 'INT64', double: 'FLOAT64' }[t]})`,
  dayFromYyyymmdd: (e) => `SAFE.PARSE_DATE('%Y%m%d', CAST(${e} AS STRING))`,
  dayFromIso: (e) => `SAFE_CAST(SUBSTR(CAST(${e} AS STRING), 1, 10) AS DATE)`,
  dayFromDayMonthYear: (e) => `SAFE.PARSE_DATE('%d %B %Y', REPLACE(${e}, '-', ' '))`,
  dayText: (e) => `FORMAT_DATE('%Y-%m-%d', ${e})`,
  isoWeek: (e) => `DATE_TRUNC(${e}, ISOWEEK)`,
  addDays: (e, n) => `DATE_ADD(${e}, INTERVAL ${n} DAY)`,
  firstBy: (e, o) => `ARRAY_AGG(${e} ORDER BY ${o.join(', ')} LIMIT 1)[OFFSET(0)]`,
  firstN: (e, n, o) => `ARRAY_AGG(${e} IGNORE NULLS ORDER BY ${o.join(', ')} LIMIT ${n})`,
  firstNStructs: (n, o, cols) => `ARRAY_AGG(STRUCT(${cols.join(', ')}) ORDER BY ${o.join(', ')} LIMIT ${n})`,
  struct: (cols) => `STRUCT(${cols.map((c) => `${c} AS ${fieldName(c)}`).join(', ')})`,
  joinList: (l, sep) => `ARRAY_TO_STRING(${l}, ${sep})`,
  joinParts: (sep, parts) => `ARRAY_TO_STRING([${parts.join(', ')}], ${sep})`,
  matches: (e, p) => `REGEXP_CONTAINS(${e}, ${p})`,
  numberText: (e) =>
    `CASE WHEN ${e} = FLOOR(${e}) AND ABS(${e}) < 1e15 THEN CAST(CAST(${e} AS INT64) AS STRING) ELSE CAST(${e} AS STRING) END`,
  splitRows: (e, alias) =>
    `CROSS JOIN UNNEST(ARRAY(SELECT AS STRUCT v AS value, o + 1 AS pos FROM UNNEST(SPLIT(${e}, ';')) AS v WITH OFFSET AS o)) AS ${alias}`,
  // a BigQuery table has no row order: its rows are taken in the order of the format's own id
  rowOrder: (key) => key,
  materialized: '',
  inline: '',
};

export const DIALECT: Record<DialectName, Dialect> = { duckdb, spark, bigquery };
