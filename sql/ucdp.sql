-- UCDP's Georeferenced Event Dataset (GED) as CSV, as the events relation (columns:
-- sql/acled.sql), as the app's reader (src/io/ucdpImport.ts) reads it: side_a acts on
-- side_b as type_of_violence says; an event known only within a window (date_start to
-- date_end) keeps the window; a side is known by its UCDP id (side_a_new_id, else
-- side_a_dset_id) under the first name read for it; the evidence is source_article,
-- source_office and source_headline (split in TypeScript, as the reader splits them).
WITH ucdp_rows AS (
  SELECT
    {{row_order(id)}} AS ord,
    {{row_number}} AS row_in_file,
    {{cell(id)}} AS id,
    {{cell(type_of_violence)}} AS type_of_violence,
    {{cell(conflict_name)}} AS conflict_name,
    {{cell(side_a)}} AS side_a,
    {{cell(side_a_new_id)}} AS side_a_new_id,
    {{cell(side_a_dset_id)}} AS side_a_dset_id,
    {{cell(side_b)}} AS side_b,
    {{cell(side_b_new_id)}} AS side_b_new_id,
    {{cell(side_b_dset_id)}} AS side_b_dset_id,
    {{cell(date_start)}} AS date_start,
    {{cell(date_end)}} AS date_end,
    {{cell(number_of_sources)}} AS number_of_sources,
    {{cell(source_article)}} AS source_article,
    {{cell(source_office)}} AS source_office,
    {{cell(source_headline)}} AS source_headline,
    {{cell(where_description)}} AS where_description,
    {{cell(adm_1)}} AS adm_1,
    {{cell(country)}} AS country,
    {{cell(event_clarity)}} AS event_clarity,
    {{cell(date_prec)}} AS date_prec,
    {{cell(best)}} AS best,
    {{cell(low)}} AS low,
    {{cell(high)}} AS high
  FROM {{input}}
),
dated AS (
  SELECT
    r.*,
    CASE WHEN {{matches(r.date_start, '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$')}}
      THEN {{day_from_iso(r.date_start)}} END AS day,
    CASE WHEN {{matches(r.date_end, '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$')}}
      THEN {{day_from_iso(r.date_end)}} END AS end_day,
    COALESCE(r.side_a_new_id, r.side_a_dset_id) AS a_id,
    COALESCE(r.side_b_new_id, r.side_b_dset_id) AS b_id
  FROM ucdp_rows r
),
checked AS (
  SELECT
    d.*,
    CASE
      WHEN d.day IS NULL THEN 'date_start missing or not a date (YYYY-MM-DD)'
      WHEN d.date_end IS NOT NULL AND d.end_day IS NULL THEN 'date_end not a date (YYYY-MM-DD)'
      WHEN d.date_end IS NOT NULL AND d.end_day < d.day THEN 'date_end before date_start'
      WHEN d.side_a IS NULL THEN 'no side_a'
      WHEN d.side_b IS NULL THEN 'no side_b: not drawn (a relation needs two ends)'
    END AS problem
  FROM dated d
),
side_names AS (
  SELECT c.ord, 0 AS side, c.a_id AS side_id, c.side_a AS name FROM checked c WHERE c.problem IS NULL AND c.a_id IS NOT NULL
  UNION ALL
  SELECT c.ord, 1 AS side, c.b_id AS side_id, c.side_b AS name FROM checked c WHERE c.problem IS NULL AND c.b_id IS NOT NULL
),
first_names AS (
  SELECT side_id, name
  FROM (
    SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.side_id ORDER BY s.ord, s.side) AS seen
    FROM side_names s
  ) numbered
  WHERE seen = 1
),
named AS (
  SELECT
    c.*,
    COALESCE(fa.name, c.side_a) AS a_name,
    CASE WHEN fa.name IS NULL THEN c.side_a ELSE fa.name || ' (' || c.a_id || ')' END AS a_key,
    COALESCE(fb.name, c.side_b) AS b_name,
    CASE WHEN fb.name IS NULL THEN c.side_b ELSE fb.name || ' (' || c.b_id || ')' END AS b_key,
    {{ucdp_violence_label(c.type_of_violence)}} AS violence
  FROM checked c
  LEFT JOIN first_names fa ON fa.side_id = c.a_id
  LEFT JOIN first_names fb ON fb.side_id = c.b_id
)
SELECT
  n.ord AS ord,
  0 AS sub,
  COALESCE(n.id, 'row ' || CAST(n.row_in_file AS {{text}})) AS event_id,
  n.day AS day,
  CASE WHEN n.end_day <> n.day THEN {{day_text(n.day)}} END AS window_start,
  CASE WHEN n.end_day <> n.day THEN {{day_text(n.end_day)}} END AS window_end,
  n.problem AS problem,
  n.a_key AS from_key,
  n.a_name AS from_label,
  {{ucdp_kind(n.a_name)}} AS from_kind,
  CAST(NULL AS {{text}}) AS from_country,
  n.b_key AS to_key,
  n.b_name AS to_label,
  {{ucdp_kind(n.b_name)}} AS to_kind,
  CAST(NULL AS {{text}}) AS to_country,
  {{ucdp_type(n.type_of_violence)}} AS type,
  NULLIF({{join_parts(', ', n.where_description, CASE WHEN n.adm_1 IS DISTINCT FROM n.where_description THEN n.adm_1 END, CASE WHEN n.country IS DISTINCT FROM n.where_description AND n.country IS DISTINCT FROM n.adm_1 THEN n.country END)}}, '') AS location,
  CASE WHEN {{per_event}} THEN {{join_parts('; ',
    COALESCE(n.violence, 'type of violence ' || COALESCE(n.type_of_violence, 'not given')) || COALESCE(' (' || n.conflict_name || ')', ''),
    CASE WHEN n.best IS NOT NULL THEN n.best || CASE WHEN n.best = '1' THEN ' death' ELSE ' deaths' END || ' (best estimate' || COALESCE('; ' || NULLIF({{join_parts(', ', 'low ' || n.low, 'high ' || n.high)}}, ''), '') || ')' END,
    CASE WHEN n.number_of_sources IS NOT NULL THEN n.number_of_sources || CASE WHEN n.number_of_sources = '1' THEN ' source' ELSE ' sources' END END,
    CASE WHEN n.event_clarity IS NOT NULL THEN 'event clarity ' || n.event_clarity || COALESCE(' (' || {{ucdp_clarity(n.event_clarity)}} || ')', '') END,
    CASE WHEN n.date_prec IS NOT NULL THEN 'date precision ' || n.date_prec || COALESCE(' (' || {{ucdp_precision(n.date_prec)}} || ')', '') END)}} END AS note,
  n.source_article AS sources,
  n.source_office AS publishers,
  n.source_headline AS quotes,
  CAST(NULL AS {{text}}) AS source_url
FROM named n
