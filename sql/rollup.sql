-- The events relation (a format's query: sql/acled.sql, sql/ucdp.sql, sql/gdelt.sql)
-- rolled up: one row per (from_key, to_key, type, period), where the period is the
-- event's ISO week, month or year, or, with no rollup, the event itself (with its
-- window, where it is known only within one: window_start, window_end). Each row
-- counts its events, gives their first and last day, the ids of the first
-- {{max_ids}} events (in the order they were read in), the first three of its places
-- and how many there are, and the evidence of its first {{max_evidence}} events: rows of
-- bounded size, whatever the number of events. Events with a `problem` are rolled up
-- by their problem alone, for the report of what was left out.
--
-- First every group is counted (a light row each); then only the groups kept (at least
-- {{min_events}} events, and the {{top}} with the most) are rolled up in full, so that the
-- memory the full rows take is bounded by what is written, not by what is read. Only
-- aggregates and joins over the events: no window sorts ten million rows.
--
-- These rows are what `npm run ingest -- FILE --format rolled` reads: the same query
-- run on Spark or BigQuery (`--print-sql`), exported as Parquet or JSON lines, becomes
-- the same dataset.
WITH events AS {{events_materialized}} (
{{events}}
),
keyed AS {{inline}} (
  SELECT
    e.*,
    COALESCE(e.problem, '') AS group_problem,
    CASE WHEN e.problem IS NULL THEN e.from_key ELSE '' END AS group_from,
    CASE WHEN e.problem IS NULL THEN e.to_key ELSE '' END AS group_to,
    CASE WHEN e.problem IS NULL THEN e.type ELSE '' END AS group_type,
    CASE WHEN e.problem IS NULL THEN {{period_start(e.day)}} ELSE '' END AS period_start,
    CASE WHEN e.problem IS NULL THEN {{period_end(e.day)}} END AS period_end,
    CASE WHEN e.problem IS NULL THEN {{event_key(e.ord, e.sub)}} ELSE '' END AS group_event
  FROM events e
),
sizes AS (
  SELECT group_problem, group_from, group_to, group_type, period_start, group_event, COUNT(*) AS events, MIN(ord) AS first_ord
  FROM keyed
  GROUP BY group_problem, group_from, group_to, group_type, period_start, group_event
),
totals AS (
  SELECT COUNT(*) AS relations_read, COALESCE(SUM(events), 0) AS events_read
  FROM sizes
  WHERE group_problem = ''
),
chosen AS (
  SELECT group_problem, group_from, group_to, group_type, period_start, group_event
  FROM sizes
  WHERE group_problem <> ''
  UNION ALL
  SELECT group_problem, group_from, group_to, group_type, period_start, group_event
  FROM (
    SELECT s.*
    FROM sizes s
    WHERE s.group_problem = '' AND s.events >= {{min_events}}
    ORDER BY s.events DESC, s.first_ord, s.group_from, s.group_to, s.group_type, s.period_start, s.group_event
    LIMIT {{top}}
  ) largest
),
chosen_events AS {{inline}} (
  SELECT k.*
  FROM keyed k
  JOIN chosen c
    ON c.group_problem = k.group_problem AND c.group_from = k.group_from AND c.group_to = k.group_to
    AND c.group_type = k.group_type AND c.period_start = k.period_start AND c.group_event = k.group_event
),
places AS (
  SELECT group_from, group_to, group_type, period_start, group_event, location, MIN(ord) AS place_ord
  FROM chosen_events
  WHERE group_problem = '' AND location IS NOT NULL
  GROUP BY group_from, group_to, group_type, period_start, group_event, location
),
place_lists AS (
  SELECT
    group_from, group_to, group_type, period_start, group_event,
    COUNT(*) AS place_count,
    {{first_n(location, 3, place_ord, location)}} AS places
  FROM places
  GROUP BY group_from, group_to, group_type, period_start, group_event
),
groups AS (
  SELECT
    group_problem, group_from, group_to, group_type, period_start, group_event,
    MIN(period_end) AS period_end,
    COUNT(*) AS events,
    MIN(ord) AS first_ord,
    {{first_by({{struct(sub, from_key, from_label, from_kind, from_country, to_key, to_label, to_kind, to_country, type, note, window_start, window_end)}}, ord, sub)}} AS first_event,
    MIN(day) AS first_day,
    MAX(day) AS last_day,
    {{join_list({{first_n(event_id, {{max_ids}}, ord, sub)}}, ', ')}} AS event_ids,
    {{first_n_structs({{max_evidence}}, ord, sub, sources, publishers, quotes, source_url)}} AS evidence
  FROM chosen_events
  GROUP BY group_problem, group_from, group_to, group_type, period_start, group_event
)
SELECT
  '{{format}}' AS format,
  '{{rollup}}' AS rollup,
  NULLIF(g.group_problem, '') AS problem,
  g.first_ord AS first_ord,
  g.first_event.sub AS first_sub,
  g.first_event.from_key AS from_key,
  g.first_event.from_label AS from_label,
  g.first_event.from_kind AS from_kind,
  g.first_event.from_country AS from_country,
  g.first_event.to_key AS to_key,
  g.first_event.to_label AS to_label,
  g.first_event.to_kind AS to_kind,
  g.first_event.to_country AS to_country,
  g.first_event.type AS type,
  NULLIF(g.period_start, '') AS period_start,
  g.period_end AS period_end,
  g.events AS events,
  {{day_text(g.first_day)}} AS first_day,
  {{day_text(g.last_day)}} AS last_day,
  g.event_ids AS event_ids,
  COALESCE(pl.place_count, 0) AS place_count,
  pl.places AS places,
  g.first_event.note AS note,
  g.first_event.window_start AS window_start,
  g.first_event.window_end AS window_end,
  CASE WHEN g.group_problem = '' THEN g.evidence END AS evidence,
  t.relations_read AS relations_read,
  t.events_read AS events_read
FROM groups g
CROSS JOIN totals t
LEFT JOIN place_lists pl
  ON pl.group_from = g.group_from AND pl.group_to = g.group_to AND pl.group_type = g.group_type
  AND pl.period_start = g.period_start AND pl.group_event = g.group_event
ORDER BY g.first_ord, first_sub
