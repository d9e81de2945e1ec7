-- ACLED's CSV exports (the older layout and the current one) as the events relation,
-- as the app's reader (src/io/acledImport.ts) reads them: actor1 acts on actor2 as the
-- event type says; each actor named in assoc_actor_1 (assoc_actor_2) is allied-with
-- actor1 (actor2) that day, under the same event id; every event's evidence is each
-- source the row names (split in TypeScript, as the reader splits it), quoting the notes.
-- Rows the app refuses (no date or a bad one, no actor1) and events with no actor2 are
-- kept with a `problem`, so the rollup counts them instead of drawing them.
--
-- The events relation (every format's query gives these columns, in this order):
--   ord, sub     the order events were read in: the row, then the event within the row
--   event_id     the format's id of the event
--   day          DATE (the period a rollup counts the event in)
--   window_start, window_end   text (partial dates) or NULL: the window the event happened in, once,
--                some day not known which (window_end NULL: window_start's own period); NULL: the day
--   problem      NULL, or why the event is left out
--   from_key, from_label, from_kind, from_country, to_key, to_label, to_kind, to_country
--   type         a relation type id
--   location, note
--   sources, publishers, quotes, source_url   what the format's evidence is made of
WITH acled_rows AS (
  SELECT
    {{row_order(event_id_cnty)}} AS ord,
    {{row_number}} AS row_in_file,
    {{cell(event_id_cnty)}} AS event_id_cnty,
    {{cell(event_date)}} AS event_date,
    {{cell(time_precision)}} AS time_precision,
    {{cell(event_type)}} AS event_type,
    {{cell(sub_event_type)}} AS sub_event_type,
    {{cell(actor1)}} AS actor1,
    {{cell(assoc_actor_1)}} AS assoc_actor_1,
    {{cell(inter1)}} AS inter1,
    {{cell(actor2)}} AS actor2,
    {{cell(assoc_actor_2)}} AS assoc_actor_2,
    {{cell(inter2)}} AS inter2,
    {{cell(civilian_targeting)}} AS civilian_targeting,
    {{cell(country)}} AS country,
    {{cell(admin1)}} AS admin1,
    {{cell(location)}} AS location,
    {{cell(source)}} AS source,
    {{cell(notes)}} AS notes,
    {{cell(fatalities)}} AS fatalities
  FROM {{input}}
),
dated AS (
  SELECT
    r.*,
    CASE
      WHEN {{matches(r.event_date, '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$')}}
        THEN {{day_from_iso(r.event_date)}}
      WHEN {{matches(r.event_date, '^[0-9]{1,2}[ -][A-Za-z]+[ -][0-9]{4}$')}}
        THEN {{day_from_day_month_year(r.event_date)}}
    END AS day
  FROM acled_rows r
),
parsed AS (
  SELECT
    d.*,
    COALESCE(d.event_id_cnty, 'row ' || CAST(d.row_in_file AS {{text}})) AS event_id,
    CASE
      WHEN d.day IS NULL THEN 'event_date missing or not a date (YYYY-MM-DD or "21 March 2020")'
      WHEN d.actor1 IS NULL THEN 'no actor1'
    END AS row_problem,
    -- a day known only roughly (src/io/acledImport.ts acledWindow): the week, by its middle day, is
    -- the seven days around it (cut at the calendar's ends); the month is the day's month
    CASE
      WHEN d.time_precision = '2' THEN
        CASE WHEN {{day_text(d.day)}} < '0000-01-04' THEN '0000-01-01' ELSE {{day_text({{add_days(d.day, -3)}})}} END
      WHEN d.time_precision = '3' THEN SUBSTR({{day_text(d.day)}}, 1, 7)
    END AS window_start,
    CASE
      WHEN d.time_precision = '2' THEN
        CASE WHEN {{day_text(d.day)}} > '9999-12-28' THEN '9999-12-31' ELSE {{day_text({{add_days(d.day, 3)}})}} END
    END AS window_end,
    {{acled_kind(d.actor1, d.inter1)}} AS kind1,
    {{acled_kind(d.actor2, d.inter2)}} AS kind2,
    {{acled_type(d.event_type, d.sub_event_type)}} AS type,
    NULLIF({{join_parts(', ', d.location, CASE WHEN d.admin1 IS DISTINCT FROM d.location THEN d.admin1 END, CASE WHEN d.country IS DISTINCT FROM d.location AND d.country IS DISTINCT FROM d.admin1 THEN d.country END)}}, '') AS place
  FROM dated d
),
associates AS (
  SELECT p.ord, a.pos, TRIM(a.value) AS name, 1 AS side
  FROM parsed p {{split_rows(p.assoc_actor_1, a)}}
  WHERE p.row_problem IS NULL AND TRIM(a.value) <> '' AND TRIM(a.value) <> p.actor1
  UNION ALL
  SELECT p.ord, a.pos, TRIM(a.value) AS name, 2 AS side
  FROM parsed p {{split_rows(p.assoc_actor_2, a)}}
  WHERE p.row_problem IS NULL AND p.actor2 IS NOT NULL AND TRIM(a.value) <> '' AND TRIM(a.value) <> p.actor2
),
first_associates AS (
  SELECT ord, pos, name, side
  FROM (
    SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.ord, s.side, s.name ORDER BY s.pos) AS seen
    FROM associates s
  ) numbered
  WHERE seen = 1
)
SELECT
  p.ord AS ord,
  0 AS sub,
  p.event_id AS event_id,
  p.day AS day,
  p.window_start AS window_start,
  p.window_end AS window_end,
  COALESCE(p.row_problem, CASE WHEN p.actor2 IS NULL THEN 'no actor2: not drawn (a relation needs two ends)' END) AS problem,
  p.actor1 AS from_key,
  p.actor1 AS from_label,
  p.kind1 AS from_kind,
  CAST(NULL AS {{text}}) AS from_country,
  p.actor2 AS to_key,
  p.actor2 AS to_label,
  p.kind2 AS to_kind,
  CAST(NULL AS {{text}}) AS to_country,
  p.type AS type,
  p.place AS location,
  CASE WHEN {{per_event}} THEN {{join_parts('; ',
    CASE WHEN p.sub_event_type IS NOT NULL THEN COALESCE(p.event_type, 'no event type') || ' / ' || p.sub_event_type ELSE COALESCE(p.event_type, 'no event type') END,
    CASE WHEN {{matches(p.fatalities, '^[0-9]+$')}} THEN p.fatalities || CASE WHEN p.fatalities = '1' THEN ' fatality' ELSE ' fatalities' END END,
    CASE WHEN LOWER(p.civilian_targeting) LIKE '%civilian%' THEN 'civilians targeted' END,
    {{acled_time_precision(p.time_precision)}})}} END AS note,
  p.source AS sources,
  CAST(NULL AS {{text}}) AS publishers,
  p.notes AS quotes,
  CAST(NULL AS {{text}}) AS source_url
FROM parsed p
UNION ALL
SELECT
  p.ord AS ord,
  a.side * 100000 + a.pos AS sub,
  p.event_id AS event_id,
  p.day AS day,
  p.window_start AS window_start,
  p.window_end AS window_end,
  CAST(NULL AS {{text}}) AS problem,
  a.name AS from_key,
  a.name AS from_label,
  {{acled_associate_kind(a.name, CASE WHEN a.side = 1 THEN p.kind1 ELSE p.kind2 END)}} AS from_kind,
  CAST(NULL AS {{text}}) AS from_country,
  CASE WHEN a.side = 1 THEN p.actor1 ELSE p.actor2 END AS to_key,
  CASE WHEN a.side = 1 THEN p.actor1 ELSE p.actor2 END AS to_label,
  CASE WHEN a.side = 1 THEN p.kind1 ELSE p.kind2 END AS to_kind,
  CAST(NULL AS {{text}}) AS to_country,
  'allied-with' AS type,
  p.place AS location,
  CASE WHEN {{per_event}} THEN 'associated with ' || CASE WHEN a.side = 1 THEN p.actor1 ELSE p.actor2 END || ' in ACLED event ' || p.event_id END AS note,
  p.source AS sources,
  CAST(NULL AS {{text}}) AS publishers,
  p.notes AS quotes,
  CAST(NULL AS {{text}}) AS source_url
FROM first_associates a
JOIN parsed p ON p.ord = a.ord
