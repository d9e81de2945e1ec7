// Validation of a faultlines/1 dataset: the shape (schema.ts), then what needs the
// whole file (references, duplicate ids, intervals). Every problem is reported at
// once, each with its JSON path; errors stop a load, warnings do not.
//
// The cross-file checks read the raw input defensively rather than the parsed
// dataset, so that a file with a shape error still gets its reference errors
// reported in the same pass.

import type { z } from 'zod';
import { ONGOING_LITERAL, parsePartialDate, relationInterval, type Interval } from './dates';
import { ProblemList, type PathSegment, type Problem } from './problems';
import { BUILTIN_TYPES, resolveRelationTypes, type RelationType } from './relationTypes';
import { hasDatasetShape } from './quickShape';
import { datasetSchema } from './schema';
import type { Dataset } from './types';

/**
 * Evidence items a relation may have: more are refused. No real relation comes near it, and
 * the details panel lists a relation's evidence whole, which at 200,000 items would freeze the page.
 */
export const MAX_EVIDENCE_PER_RELATION = 10_000;

export interface ValidateOptions {
  /** most errors (and, separately, warnings) listed; the rest are only counted */
  maxProblems?: number;
}

export interface ProblemReport {
  errors: Problem[];
  errorCount: number;
  warnings: Problem[];
  warningCount: number;
}

export interface ValidDataset extends ProblemReport {
  ok: true;
  dataset: Dataset;
  /** the dataset's relation-type table: built-ins plus its own declarations */
  types: ReadonlyMap<string, RelationType>;
  /** intervals[i] is the time span of dataset.relations[i] */
  intervals: Interval[];
}

export interface InvalidDataset extends ProblemReport {
  ok: false;
}

export type Validation = ValidDataset | InvalidDataset;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Obj, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

/** The object elements of a top-level array, with their indices. */
function elements(root: Obj, key: string): [number, Obj][] {
  const arr = root[key];
  if (!Array.isArray(arr)) return [];
  const out: [number, Obj][] = [];
  arr.forEach((v, i) => {
    if (isObj(v)) out.push([i, v]);
  });
  return out;
}

function shapeProblems(issues: readonly z.core.$ZodIssue[], errors: ProblemList): void {
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.add([...path, key], `unknown field "${key}"`);
    } else {
      errors.add(path, issue.message);
    }
  }
}

/** Ids of one collection, reporting duplicates. */
function collectIds(root: Obj, key: string, what: string, errors: ProblemList): Map<string, number> {
  const seen = new Map<string, number>();
  for (const [i, item] of elements(root, key)) {
    const id = str(item, 'id');
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined)
      errors.add([key, i, 'id'], `duplicate ${what} id "${id}" (first used at $.${key}[${first}])`);
    else seen.set(id, i);
  }
  return seen;
}

function checkReferences(root: Obj, errors: ProblemList, warnings: ProblemList): void {
  const sources = collectIds(root, 'sources', 'source', errors);
  const actors = collectIds(root, 'actors', 'actor', errors);
  collectIds(root, 'relations', 'relation', errors);
  const declared = collectIds(root, 'relationTypes', 'relation type', errors);
  collectIds(root, 'stories', 'story', errors);
  const typeIds = new Set([...BUILTIN_TYPES.map((t) => t.id), ...declared.keys()]);

  for (const [i, src] of elements(root, 'sources')) {
    const derived = src.derivedFrom;
    if (Array.isArray(derived)) {
      derived.forEach((ref, j) => {
        if (typeof ref !== 'string') return;
        if (ref === str(src, 'id')) errors.add(['sources', i, 'derivedFrom', j], 'a source cannot derive from itself');
        else if (!sources.has(ref))
          errors.add(
            ['sources', i, 'derivedFrom', j],
            `unknown source "${ref}": expected the id of a source in $.sources`,
          );
      });
    }
    const url = str(src, 'url');
    if (url !== undefined && !/^https?:\/\//i.test(url)) {
      warnings.add(['sources', i, 'url'], 'not an http(s) URL: shown as text, not as a link');
    }
  }

  for (const [i, actor] of elements(root, 'actors')) dropFarPosition(actor, i, warnings);

  for (const [i, rel] of elements(root, 'relations')) {
    for (const end of ['source', 'target'] as const) {
      const ref = str(rel, end);
      if (ref !== undefined && ref !== '' && !actors.has(ref)) {
        errors.add(['relations', i, end], `unknown actor "${ref}": expected the id of an actor in $.actors`);
      }
    }
    const type = str(rel, 'type');
    if (type !== undefined && type !== '' && !typeIds.has(type)) {
      errors.add(
        ['relations', i, 'type'],
        `unknown relation type "${type}": expected a built-in type or one declared in $.relationTypes`,
      );
    }
    if (str(rel, 'source') !== undefined && str(rel, 'source') === str(rel, 'target')) {
      warnings.add(['relations', i, 'target'], 'the relation links an actor to itself');
    }
    checkInterval(rel, ['relations', i], errors);
    checkEvidence(rel, i, { sources, actors }, errors, warnings);
  }
}

function checkInterval(rel: Obj, path: PathSegment[], errors: ProblemList): void {
  const { start, end } = rel;
  // a one-off event is a day somewhere in a window: the window needs a start and an end in time
  if (rel.once === true && start === undefined) errors.add([...path, 'once'], 'a one-off event needs a start');
  if (rel.once === true && end === ONGOING_LITERAL) errors.add([...path, 'end'], 'a one-off event cannot be ongoing');
  if (end === undefined) return;
  if (start === undefined) {
    errors.add([...path, 'end'], 'an end is given without a start');
    return;
  }
  // Malformed dates are shape errors, reported already: only the order of two good dates is new here.
  if (typeof start !== 'string' || typeof end !== 'string') return;
  if (!parsePartialDate(start).ok || (end !== ONGOING_LITERAL && !parsePartialDate(end).ok)) return;
  const parsed = relationInterval(start, end);
  if (!parsed.ok) errors.add([...path, parsed.field], parsed.message);
}

function checkEvidence(
  rel: Obj,
  i: number,
  ids: { sources: Map<string, number>; actors: Map<string, number> },
  errors: ProblemList,
  warnings: ProblemList,
): void {
  const evidence = rel.evidence;
  if (evidence === undefined || (Array.isArray(evidence) && evidence.length === 0)) {
    warnings.add(['relations', i, 'evidence'], 'no evidence: the relation loads as unsourced');
    return;
  }
  if (!Array.isArray(evidence)) return;
  if (evidence.length > MAX_EVIDENCE_PER_RELATION) {
    const id = str(rel, 'id');
    errors.add(
      ['relations', i, 'evidence'],
      `relation${id === undefined ? '' : ` "${id}"`} has ${evidence.length} evidence items: more than this app opens (${MAX_EVIDENCE_PER_RELATION} a relation)`,
    );
    return;
  }
  let disputing = 0;
  evidence.forEach((item: unknown, j) => {
    if (!isObj(item)) return;
    const path = ['relations', i, 'evidence', j];
    const source = str(item, 'source');
    if (source !== undefined && source !== '' && !ids.sources.has(source)) {
      errors.add([...path, 'source'], `unknown source "${source}": expected the id of a source in $.sources`);
    }
    const by = str(item, 'by');
    if (by !== undefined && by !== '' && !ids.actors.has(by)) {
      errors.add([...path, 'by'], `unknown actor "${by}": expected the id of an actor in $.actors`);
    }
    if (item.quote === undefined || item.quote === '')
      warnings.add([...path, 'quote'], 'no quote: the evidence cannot be checked against its source');
    if (item.stance === 'disputes') disputing++;
  });
  const status = rel.status;
  if ((status === 'denied' || status === 'disputed') && disputing === 0) {
    warnings.add(['relations', i, 'status'], `status is "${status}" but no evidence item disputes the relation`);
  }
}

/**
 * Validates a parsed JSON value as a faultlines/1 dataset. Never throws, whatever
 * the input: a non-object, huge strings or deep nesting all come back as errors.
 */
/** Largest coordinate magnitude kept from a file: far beyond any layout, well inside what sigma can scale. */
export const MAX_COORDINATE = 1e15;

/**
 * A position beyond ±MAX_COORDINATE is dropped, with a warning, and the layout places the actor: sigma
 * frames the graph from the extremes, and ±1e308 overflowed to a blank picture. The graph readers drop
 * such positions the same way.
 */
function dropFarPosition(actor: Obj, i: number, warnings: ProblemList): void {
  const far = (['x', 'y'] as const).find(
    (axis) => typeof actor[axis] === 'number' && !(Math.abs(actor[axis]) <= MAX_COORDINATE),
  );
  if (!far) return;
  warnings.add(
    ['actors', i, far],
    `a coordinate beyond ±${MAX_COORDINATE}: the position is dropped and the layout places the actor`,
  );
  delete actor.x;
  delete actor.y;
}

export function validateDataset(input: unknown, options: ValidateOptions = {}): Validation {
  const cap = options.maxProblems ?? 1000;
  const errors = new ProblemList(cap);
  const warnings = new ProblemList(cap);
  const report = (): ProblemReport => ({
    errors: errors.items,
    errorCount: errors.count,
    warnings: warnings.items,
    warningCount: warnings.count,
  });
  try {
    // The quick check answers for large valid files; zod explains what is wrong.
    let shapeOk = hasDatasetShape(input);
    if (!shapeOk) {
      const parsed = datasetSchema().safeParse(input);
      if (parsed.success)
        shapeOk = true; // the two disagree (a bug): zod is the definition
      else shapeProblems(parsed.error.issues, errors);
    }
    if (isObj(input)) checkReferences(input, errors, warnings);
    if (!shapeOk || errors.count > 0) return { ok: false, ...report() };

    const dataset = input as Dataset;
    const intervals = dataset.relations.map((r) => {
      const iv = relationInterval(r.start, r.end);
      return iv.ok ? iv.interval : { undated: true as const };
    });
    return { ok: true, dataset, types: resolveRelationTypes(dataset.relationTypes), intervals, ...report() };
  } catch (e) {
    // The checks above are written not to throw; this keeps the promise if one does.
    errors.add([], `the dataset could not be validated: ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, ...report() };
  }
}
