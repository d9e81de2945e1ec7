// The shape of a faultlines/1 file as a zod schema: the one definition that both
// validates files and generates data/schema/ (the JSON Schema analysts' editors use).
// Cross-references (unknown ids, duplicates) are checked in validate.ts, since
// they need the whole file.

import { z } from 'zod';
import { parsePartialDate, ONGOING_LITERAL } from './dates';
import { MAX_CAPTION, MAX_STEP_VIEW, MAX_STEPS } from './storyLimits';
import { ACTOR_KINDS, FORMAT, MODES, RELIABILITY_GRADES, STANCES, STATUSES, type Dataset } from './types';

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const END_PATTERN = /^(ongoing|\d{4}(-\d{2}(-\d{2})?)?)$/;

function shown(input: unknown): string {
  const text = String(input);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** A date field: its shape first (also in the JSON Schema), then whether the day exists. */
function dateText(allowOngoing: boolean) {
  const expected = `expected a date as YYYY, YYYY-MM or YYYY-MM-DD${allowOngoing ? ', or "ongoing"' : ''}`;
  return z
    .string()
    .regex(allowOngoing ? END_PATTERN : DATE_PATTERN, {
      error: (iss) => `${expected}, got ${shown(iss.input)}`,
      abort: true,
    })
    .superRefine((value, ctx) => {
      if (allowOngoing && value === ONGOING_LITERAL) return;
      const parsed = parsePartialDate(value);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
    });
}

function build() {
  // zod compiles object parsers with `new Function` unless told not to, and a
  // strict CSP reports even the probe for it: configure before any schema exists.
  z.config({ jitless: true });

  const id = z.string().min(1, 'expected a non-empty id').max(256, 'expected an id of at most 256 characters');
  const text = z.string();
  const partialDate = dateText(false).meta({
    description: 'ISO 8601 date at year, month or day precision; a partial date stands for its whole period',
  });
  const endDate = dateText(true).meta({
    description: 'last period of a continuing state, or "ongoing"; omit for a one-off event',
  });

  const meta = z.strictObject({
    title: text.min(1, 'expected a non-empty title'),
    description: text.optional(),
    updated: partialDate.optional(),
  });

  const source = z.strictObject({
    id,
    title: text.min(1, 'expected a non-empty title'),
    publisher: text.optional(),
    published: partialDate.optional(),
    url: text.optional().meta({ description: 'only http(s) URLs are shown as links' }),
    file: text.optional().meta({ description: 'the copy of the source kept beside the dataset' }),
    reliability: z
      .enum(RELIABILITY_GRADES)
      .optional()
      .meta({ description: 'Admiralty source reliability, A (reliable) to F (cannot be judged)' }),
    derivedFrom: z.array(id).optional().meta({ description: 'ids of sources this one repeats or rewrites' }),
  });

  const actor = z.strictObject({
    id,
    label: text.min(1, 'expected a non-empty label'),
    short: text.optional(),
    aliases: z.array(text).optional(),
    kind: z.enum(ACTOR_KINDS),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "SY"')
      .optional(),
    description: text.optional(),
    x: z.number().optional(),
    y: z.number().optional(),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'expected a hex colour such as "#c0392b"')
      .optional()
      .meta({ description: "the file's own colour for the actor" }),
    size: z
      .number()
      .positive('expected a size above 0')
      .optional()
      .meta({ description: "the file's own relative size for the actor" }),
  });

  const evidence = z.strictObject({
    source: id.meta({ description: 'id of a source' }),
    quote: text.optional().meta({ description: 'the exact words of the source' }),
    stance: z.enum(STANCES),
    by: id.optional().meta({ description: 'id of the actor whose statement this is' }),
    speaker: text.optional().meta({ description: 'the person or unnamed source quoted' }),
    credibility: z
      .literal([1, 2, 3, 4, 5, 6], { error: 'expected an integer from 1 to 6' })
      .optional()
      .meta({ description: 'Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged)' }),
  });

  const relation = z.strictObject({
    id,
    source: id.meta({ description: 'id of the actor the relation goes from' }),
    target: id.meta({ description: 'id of the actor the relation goes to' }),
    type: id.meta({ description: 'a built-in relation type or one declared in relationTypes' }),
    start: partialDate.optional(),
    end: endDate.optional(),
    status: z.enum(STATUSES).optional(),
    mode: z
      .enum(MODES)
      .optional()
      .meta({ description: 'an act (default), or an intention, offer, threat or conditional statement' }),
    once: z
      .boolean()
      .optional()
      .meta({ description: 'a single event on an unknown day within start..end, not a duration' }),
    location: text.optional(),
    note: text.optional(),
    evidence: z.array(evidence).optional(),
  });

  const relationType = z.strictObject({
    id,
    label: text.min(1, 'expected a non-empty label'),
    sign: z.union([z.literal(-1), z.literal(0), z.literal(1)], { error: 'expected -1, 0 or 1' }),
    directed: z.boolean(),
    kind: z.enum(['material', 'verbal']),
    weight: z
      .number()
      .min(0, 'expected a weight of 0 or more')
      .max(100, 'expected a weight of at most 100')
      .meta({ description: 'weight in the alliance analysis; default 1 for material types, 0.5 for verbal ones' })
      .optional(),
    colour: z
      .string()
      .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a hex colour such as "#c0392b"')
      .optional(),
    description: text.optional(),
  });

  const step = z.strictObject({
    title: text.min(1, 'expected a non-empty title'),
    caption: text
      .max(MAX_CAPTION, `expected a caption of at most ${MAX_CAPTION} characters`)
      .optional()
      .meta({ description: 'plain text: paragraphs split by a blank line, *emphasis*, http(s) links' }),
    view: text
      .max(MAX_STEP_VIEW, `expected a view of at most ${MAX_STEP_VIEW} characters`)
      .meta({ description: 'the view as a link writes it after "#": mode=asof&asof=2024-11-30&actor=hts&focus=1' }),
  });

  const story = z.strictObject({
    id,
    title: text.min(1, 'expected a non-empty title'),
    description: text.optional(),
    steps: z.array(step).max(MAX_STEPS, `expected at most ${MAX_STEPS} steps`),
  });

  const dataset: z.ZodType<Dataset> = z.strictObject({
    $schema: z.string().optional(),
    format: z.literal(FORMAT, { error: `expected "${FORMAT}"` }),
    meta,
    sources: z.array(source),
    actors: z.array(actor),
    relations: z.array(relation),
    relationTypes: z.array(relationType).optional(),
    stories: z.array(story).optional().meta({ description: 'briefings: ordered views with captions' }),
  });
  return dataset.meta({
    title: 'Faultlines dataset (faultlines/1)',
    description: 'Actors and typed, dated, sourced relations between them.',
  });
}

let cached: ReturnType<typeof build> | undefined;

/** The schema of a faultlines/1 file, built on first use. */
export function datasetSchema(): ReturnType<typeof build> {
  cached ??= build();
  return cached;
}

/** The JSON Schema (draft 2020-12) of the format, as committed in data/schema/. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema(), { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
}

/** The text of data/schema/faultlines-1.schema.json. */
export function schemaFileText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
