// A fast yes/no check of the faultlines/1 shape, for large files. zod (schema.ts)
// stays the definition of the format: it generates the JSON Schema and writes
// every error message. But without its JIT (forbidden by a strict CSP) it takes
// about twice as long as JSON.parse on 200,000 relations, so validation asks
// this check first and runs zod only when it says no, to explain why. A property
// test holds the two to the same answer on thousands of mutated datasets.

import { parsePartialDate, ONGOING_LITERAL } from './dates';
import { MAX_CAPTION, MAX_STEP_VIEW, MAX_STEPS } from './storyLimits';
import { ACTOR_KINDS, FORMAT, MODES, RELIABILITY_GRADES, STANCES, STATUSES } from './types';

type Obj = Record<string, unknown>;

const ACTOR_KIND_SET = new Set<unknown>(ACTOR_KINDS);
const STATUS_SET = new Set<unknown>(STATUSES);
const MODE_SET = new Set<unknown>(MODES);
const STANCE_SET = new Set<unknown>(STANCES);
const RELIABILITY_SET = new Set<unknown>(RELIABILITY_GRADES);
const CREDIBILITY_SET = new Set<unknown>([1, 2, 3, 4, 5, 6]);
const TYPE_KIND_SET = new Set<unknown>(['material', 'verbal']);
const SIGN_SET = new Set<unknown>([-1, 0, 1]);
const COUNTRY = /^[A-Z]{2}$/;
const COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const ACTOR_COLOUR = /^#[0-9a-fA-F]{6}$/;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every own key of `o` is one of `allowed` (strict objects reject the rest). */
function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  return true;
}

const isId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 256;
const isText = (v: unknown) => typeof v === 'string';
const isNonEmpty = (v: unknown) => typeof v === 'string' && v.length >= 1;
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);
const isDate = (v: unknown) => typeof v === 'string' && parsePartialDate(v).ok;
const isEnd = (v: unknown) => v === ONGOING_LITERAL || isDate(v);
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
function isArrayOf(v: unknown, check: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
}

const META_KEYS = new Set(['title', 'description', 'updated']);
const SOURCE_KEYS = new Set(['id', 'title', 'publisher', 'published', 'url', 'file', 'reliability', 'derivedFrom']);
const ACTOR_KEYS = new Set([
  'id',
  'label',
  'short',
  'aliases',
  'kind',
  'country',
  'description',
  'x',
  'y',
  'colour',
  'size',
]);
const EVIDENCE_KEYS = new Set(['source', 'quote', 'stance', 'by', 'speaker', 'credibility']);
const RELATION_KEYS = new Set([
  'id',
  'source',
  'target',
  'type',
  'start',
  'end',
  'status',
  'mode',
  'once',
  'location',
  'note',
  'evidence',
]);
const TYPE_KEYS = new Set(['id', 'label', 'sign', 'directed', 'kind', 'weight', 'colour', 'description']);
const STEP_KEYS = new Set(['title', 'caption', 'view']);
const STORY_KEYS = new Set(['id', 'title', 'description', 'steps']);
const ROOT_KEYS = new Set(['$schema', 'format', 'meta', 'sources', 'actors', 'relations', 'relationTypes', 'stories']);

function isMeta(v: unknown): boolean {
  return (
    isObj(v) &&
    onlyKeys(v, META_KEYS) &&
    isNonEmpty(v.title) &&
    optional(v.description, isText) &&
    optional(v.updated, isDate)
  );
}

function isSource(v: unknown): boolean {
  return (
    isObj(v) &&
    onlyKeys(v, SOURCE_KEYS) &&
    isId(v.id) &&
    isNonEmpty(v.title) &&
    optional(v.publisher, isText) &&
    optional(v.published, isDate) &&
    optional(v.url, isText) &&
    optional(v.file, isText) &&
    optional(v.reliability, (x) => RELIABILITY_SET.has(x)) &&
    optional(v.derivedFrom, (x) => isArrayOf(x, isId))
  );
}

function isActor(v: unknown): boolean {
  return (
    isObj(v) &&
    onlyKeys(v, ACTOR_KEYS) &&
    isId(v.id) &&
    isNonEmpty(v.label) &&
    optional(v.short, isText) &&
    optional(v.aliases, (x) => isArrayOf(x, isText)) &&
    ACTOR_KIND_SET.has(v.kind) &&
    optional(v.country, (x) => typeof x === 'string' && COUNTRY.test(x)) &&
    optional(v.description, isText) &&
    optional(v.x, isNumber) &&
    optional(v.y, isNumber) &&
    optional(v.colour, (x) => typeof x === 'string' && ACTOR_COLOUR.test(x)) &&
    optional(v.size, (x) => isNumber(x) && (x as number) > 0)
  );
}

function isEvidence(v: unknown): boolean {
  return (
    isObj(v) &&
    onlyKeys(v, EVIDENCE_KEYS) &&
    isId(v.source) &&
    optional(v.quote, isText) &&
    STANCE_SET.has(v.stance) &&
    optional(v.by, isId) &&
    optional(v.speaker, isText) &&
    optional(v.credibility, (x) => CREDIBILITY_SET.has(x))
  );
}

function isRelation(v: unknown): boolean {
  return (
    isObj(v) &&
    onlyKeys(v, RELATION_KEYS) &&
    isId(v.id) &&
    isId(v.source) &&
    isId(v.target) &&
    isId(v.type) &&
    optional(v.start, isDate) &&
    optional(v.end, isEnd) &&
    optional(v.status, (x) => STATUS_SET.has(x)) &&
    optional(v.mode, (x) => MODE_SET.has(x)) &&
    optional(v.once, (x) => typeof x === 'boolean') &&
    optional(v.location, isText) &&
    optional(v.note, isText) &&
    optional(v.evidence, (x) => isArrayOf(x, isEvidence))
  );
}

function isRelationType(v: unknown): boolean {
  return (
    isObj(v) &&
    onlyKeys(v, TYPE_KEYS) &&
    isId(v.id) &&
    isNonEmpty(v.label) &&
    SIGN_SET.has(v.sign) &&
    typeof v.directed === 'boolean' &&
    TYPE_KIND_SET.has(v.kind) &&
    optional(v.weight, (x) => typeof x === 'number' && x >= 0 && x <= 100) &&
    optional(v.colour, (x) => typeof x === 'string' && COLOUR.test(x)) &&
    optional(v.description, isText)
  );
}

/** Where a story is not of the format's shape, and why; null when it is (also what the page checks stories by). */
export function storyShapeProblem(v: unknown): { path: (string | number)[]; message: string } | null {
  const at = (path: (string | number)[], message: string) => ({ path, message });
  if (!isObj(v)) return at([], 'expected a story object');
  for (const k in v) if (!STORY_KEYS.has(k)) return at([k], `unknown field "${k}"`);
  if (!isId(v.id)) return at(['id'], 'expected an id of 1 to 256 characters');
  if (!isNonEmpty(v.title)) return at(['title'], 'expected a non-empty title');
  if (!optional(v.description, isText)) return at(['description'], 'expected text');
  if (!Array.isArray(v.steps)) return at(['steps'], 'expected a list of steps');
  if (v.steps.length > MAX_STEPS) return at(['steps'], `expected at most ${MAX_STEPS} steps`);
  for (let i = 0; i < v.steps.length; i++) {
    const step: unknown = v.steps[i];
    if (!isObj(step)) return at(['steps', i], 'expected a step object');
    for (const k in step) if (!STEP_KEYS.has(k)) return at(['steps', i, k], `unknown field "${k}"`);
    if (!isNonEmpty(step.title)) return at(['steps', i, 'title'], 'expected a non-empty title');
    if (!optional(step.caption, (x) => typeof x === 'string' && x.length <= MAX_CAPTION)) {
      return at(['steps', i, 'caption'], `expected a caption of at most ${MAX_CAPTION} characters`);
    }
    if (typeof step.view !== 'string' || step.view.length > MAX_STEP_VIEW) {
      return at(['steps', i, 'view'], `expected a view of at most ${MAX_STEP_VIEW} characters`);
    }
  }
  return null;
}

const isStory = (v: unknown) => storyShapeProblem(v) === null;

/** True exactly when datasetSchema() would accept `input`. */
export function hasDatasetShape(input: unknown): boolean {
  return (
    isObj(input) &&
    onlyKeys(input, ROOT_KEYS) &&
    optional(input.$schema, isText) &&
    input.format === FORMAT &&
    isMeta(input.meta) &&
    isArrayOf(input.sources, isSource) &&
    isArrayOf(input.actors, isActor) &&
    isArrayOf(input.relations, isRelation) &&
    optional(input.relationTypes, (x) => isArrayOf(x, isRelationType)) &&
    optional(input.stories, (x) => isArrayOf(x, isStory))
  );
}
