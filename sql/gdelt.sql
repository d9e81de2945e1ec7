-- GDELT's event exports (1.0 and 2.0, headerless tab-separated files or a BigQuery
-- export with a header) as the events relation (columns: sql/acled.sql), as the app's
-- reader (src/io/gdeltImport.ts) reads them: Actor1 acts on Actor2; the CAMEO root (or,
-- where it disagrees or is missing, the QuadClass) gives the type; SQLDATE the day;
-- ActionGeo_FullName the place; SOURCEURL the evidence; an actor is known by its code
-- (by its name where it has none) and labelled by the name its events give it most
-- often, "SYRIA (SYRGOV)". An event id read twice is kept once.
WITH gdelt_rows AS {{inline}} (
  SELECT
    {{row_order(GLOBALEVENTID)}} AS ord,
    {{row_number}} AS row_in_file,
    {{cell(GLOBALEVENTID)}} AS event_id_cell,
    {{cell(SQLDATE)}} AS sqldate,
    {{cell(Actor1Code)}} AS a1_code,
    {{cell(Actor1Name)}} AS a1_name,
    {{cell(Actor1CountryCode)}} AS a1_country,
    {{cell(Actor1KnownGroupCode)}} AS a1_group,
    {{cell(Actor1Type1Code)}} AS a1_type1,
    {{cell(Actor1Type2Code)}} AS a1_type2,
    {{cell(Actor1Type3Code)}} AS a1_type3,
    {{cell(Actor2Code)}} AS a2_code,
    {{cell(Actor2Name)}} AS a2_name,
    {{cell(Actor2CountryCode)}} AS a2_country,
    {{cell(Actor2KnownGroupCode)}} AS a2_group,
    {{cell(Actor2Type1Code)}} AS a2_type1,
    {{cell(Actor2Type2Code)}} AS a2_type2,
    {{cell(Actor2Type3Code)}} AS a2_type3,
    {{cell(EventCode)}} AS event_code,
    {{cell(EventBaseCode)}} AS base_cell,
    {{cell(EventRootCode)}} AS root_cell,
    {{cell(QuadClass)}} AS quad_class,
    {{cell(GoldsteinScale)}} AS goldstein,
    {{cell(NumMentions)}} AS mentions,
    {{cell(NumSources)}} AS num_sources,
    {{cell(NumArticles)}} AS articles,
    {{cell(AvgTone)}} AS tone,
    {{cell(ActionGeo_FullName)}} AS place,
    {{cell(SOURCEURL)}} AS url
  FROM {{input}}
),
coded AS {{inline}} (
  SELECT
    r.*,
    COALESCE(r.event_id_cell, 'row ' || CAST(r.row_in_file AS {{text}})) AS event_id,
    CASE WHEN {{matches(r.sqldate, '^[0-9]{4}-?[0-9]{2}-?[0-9]{2}$')}}
      AND SUBSTR(r.sqldate, 1, 4) BETWEEN '1900' AND '2999'
      THEN {{day_from_yyyymmdd(REPLACE(r.sqldate, '-', ''))}} END AS day,
    COALESCE(r.base_cell, SUBSTR(r.event_code, 1, 3)) AS base_code,
    {{cameo_root(COALESCE(r.root_cell, SUBSTR(r.event_code, 1, 2)))}} AS root,
    CASE WHEN r.quad_class IN ('1', '2', '3', '4') THEN r.quad_class END AS quad
  FROM gdelt_rows r
),
typed AS {{inline}} (
  SELECT
    c.*,
    CASE
      WHEN c.root IS NOT NULL AND (c.quad IS NULL OR c.quad = {{cameo_root_quad(c.root)}}) THEN {{cameo_type(c.root, c.base_code)}}
      WHEN c.quad IS NOT NULL THEN {{quad_type(c.quad)}}
    END AS type,
    COALESCE(c.a1_code, c.a1_name) AS from_key,
    COALESCE(c.a2_code, c.a2_name) AS to_key
  FROM coded c
),
checked AS {{inline}} (
  SELECT
    t.*,
    CASE
      WHEN t.day IS NULL THEN 'SQLDATE missing or not a date (YYYYMMDD, 1900 to 2999)'
      WHEN t.type IS NULL THEN 'no CAMEO root and no QuadClass: the event has no type'
      WHEN t.from_key IS NULL OR t.to_key IS NULL THEN 'only one actor: not drawn (a relation needs two ends)'
    END AS row_problem
  FROM typed t
),
-- what the rest reads, computed once: DuckDB keeps it rather than read the files again (the
-- order rows were read in, a window, cannot be computed twice)
events_checked AS {{materialized}} (
  SELECT
    c.ord, c.event_id, c.day, c.row_problem, c.from_key, c.to_key, c.type, c.place, c.url,
    c.a1_code, c.a1_name, c.a1_country, c.a1_group, c.a1_type1, c.a1_type2, c.a1_type3,
    c.a2_code, c.a2_name, c.a2_country, c.a2_group, c.a2_type1, c.a2_type2, c.a2_type3,
    CASE WHEN {{per_event}} THEN {{join_parts('; ',
      'CAMEO ' || COALESCE(c.event_code, c.base_code, COALESCE(c.root_cell, SUBSTR(c.event_code, 1, 2)), 'code missing'),
      CASE WHEN {{matches(c.goldstein, '^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?$')}} THEN 'Goldstein ' || c.goldstein END,
      NULLIF({{join_parts(', ',
        CASE WHEN {{matches(c.mentions, '^[0-9]+$')}} THEN c.mentions || CASE WHEN {{to_int(c.mentions)}} = 1 THEN ' mention' ELSE ' mentions' END END,
        CASE WHEN {{matches(c.num_sources, '^[0-9]+$')}} THEN c.num_sources || CASE WHEN {{to_int(c.num_sources)}} = 1 THEN ' source' ELSE ' sources' END END,
        CASE WHEN {{matches(c.articles, '^[0-9]+$')}} THEN c.articles || CASE WHEN {{to_int(c.articles)}} = 1 THEN ' article' ELSE ' articles' END END)}}, ''),
      CASE WHEN {{matches(c.tone, '^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?$')}} THEN 'tone ' || {{number_text(FLOOR({{to_double(c.tone)}} * 100 + 0.5) / 100)}} END)}} END AS note
  FROM checked c
),
repeated AS (
  SELECT event_id, MIN(ord) AS first_ord
  FROM events_checked
  WHERE row_problem IS NULL
  GROUP BY event_id
  HAVING COUNT(*) > 1
),
events_read AS (
  SELECT
    c.*,
    COALESCE(c.row_problem, CASE WHEN r.first_ord < c.ord THEN 'repeats an event id already read: read once' END) AS problem
  FROM events_checked c
  LEFT JOIN repeated r ON r.event_id = c.event_id
),
-- each party (an actor code, or a name where there is none) as its events name it: its
-- kind and country from its first event, its label the name given most often
party_rows AS (
  SELECT
    CASE WHEN s.side = 0 THEN c.from_key ELSE c.to_key END AS party,
    c.ord,
    s.side,
    CASE WHEN s.side = 0 THEN c.a1_code ELSE c.a2_code END AS code,
    CASE
      WHEN s.side = 0 AND c.a1_code IS NOT NULL AND c.a1_name <> c.a1_code THEN c.a1_name
      WHEN s.side = 1 AND c.a2_code IS NOT NULL AND c.a2_name <> c.a2_code THEN c.a2_name
    END AS name,
    CASE WHEN s.side = 0 THEN c.a1_country ELSE c.a2_country END AS country,
    CASE WHEN s.side = 0 THEN c.a1_group ELSE c.a2_group END AS grp,
    CASE WHEN s.side = 0 THEN c.a1_type1 ELSE c.a2_type1 END AS t1,
    CASE WHEN s.side = 0 THEN c.a1_type2 ELSE c.a2_type2 END AS t2,
    CASE WHEN s.side = 0 THEN c.a1_type3 ELSE c.a2_type3 END AS t3
  FROM events_checked c
  CROSS JOIN (SELECT 0 AS side UNION ALL SELECT 1 AS side) s
  LEFT JOIN repeated r ON r.event_id = c.event_id
  WHERE c.row_problem IS NULL AND (r.first_ord IS NULL OR r.first_ord = c.ord)
),
party_names AS (
  SELECT
    party, name, COUNT(*) AS times, MIN(ord) AS first_ord,
    {{first_by({{struct(side, code, country, grp, t1, t2, t3)}}, ord, side)}} AS first_row
  FROM party_rows
  GROUP BY party, name
),
party_first AS (
  SELECT party, first_row
  FROM (
    SELECT p.*, ROW_NUMBER() OVER (PARTITION BY p.party ORDER BY p.first_ord, p.first_row.side) AS rank_in_party
    FROM party_names p
  ) ranked
  WHERE rank_in_party = 1
),
party_labels AS (
  SELECT party, name
  FROM (
    SELECT p.*, ROW_NUMBER() OVER (PARTITION BY p.party ORDER BY p.times DESC, p.first_ord, p.first_row.side) AS rank_in_party
    FROM party_names p
    WHERE p.name IS NOT NULL
  ) ranked
  WHERE rank_in_party = 1
),
parties AS (
  SELECT
    f.party AS party,
    COALESCE(l.name || ' (' || f.party || ')', f.party) AS label,
    CASE WHEN f.first_row.code IS NULL THEN 'organisation'
      ELSE {{cameo_kind(f.first_row.code, f.first_row.country, f.first_row.grp, f.first_row.t1, f.first_row.t2, f.first_row.t3)}} END AS kind,
    {{cameo_country(f.first_row.country)}} AS country
  FROM party_first f
  LEFT JOIN party_labels l ON l.party = f.party
)
SELECT
  e.ord AS ord,
  0 AS sub,
  e.event_id AS event_id,
  e.day AS day,
  CAST(NULL AS {{text}}) AS window_start,
  CAST(NULL AS {{text}}) AS window_end,
  e.problem AS problem,
  e.from_key AS from_key,
  p1.label AS from_label,
  p1.kind AS from_kind,
  p1.country AS from_country,
  e.to_key AS to_key,
  p2.label AS to_label,
  p2.kind AS to_kind,
  p2.country AS to_country,
  e.type AS type,
  e.place AS location,
  e.note AS note,
  CAST(NULL AS {{text}}) AS sources,
  CAST(NULL AS {{text}}) AS publishers,
  CAST(NULL AS {{text}}) AS quotes,
  e.url AS source_url
FROM events_read e
LEFT JOIN parties p1 ON p1.party = e.from_key
LEFT JOIN parties p2 ON p2.party = e.to_key
