// Reading GraphML (through graphology-graphml, whose main entry parses with
// @xmldom/xmldom and so runs in the worker). Nodes become actors and edges
// relations; attributes named like the format's fields (label, kind, type,
// start, end, status...) are used, and so are the appearance attributes tools
// write (color or colour, r/g/b, size, x, y); the rest is said to be unmapped.

import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { parsePartialDate } from '../model/dates';
import { ProblemList } from '../model/problems';
import { GENERIC_TYPE } from '../model/relationTypes';
import { ACTOR_KINDS, FORMAT, STATUSES, type Actor, type ActorKind, type Dataset, type Relation } from '../model/types';
import { validateDataset, type Validation } from '../model/validate';
import { hexColour, numberOf, rgbColour, sizeOf, SkippedValues } from './appearance';

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
const isDate = (v: string | undefined): v is string => v !== undefined && parsePartialDate(v).ok;
const present = (v: unknown) => v !== undefined && v !== '';

/** The node's colour, size and position; unreadable ones are left out and recorded in `skipped`. */
function appearance(id: string, a: Record<string, unknown>, skipped: SkippedValues): Partial<Actor> {
  const out: Partial<Actor> = {};
  // graphology-graphml turns numeric r, g, b into `color` itself; text ones arrive as they are
  const colourText = str(a.color) ?? str(a.colour);
  if (colourText !== undefined) {
    const colour = hexColour(colourText);
    if (colour) out.colour = colour;
    else skipped.add('a color', id, 'a hex colour such as "#c0392b"');
  } else if (present(a.r) || present(a.g) || present(a.b)) {
    const colour = rgbColour(a.r, a.g, a.b);
    if (colour) out.colour = colour;
    else skipped.add('an r, g, b colour', id, 'r, g and b as integers from 0 to 255');
  }
  if (present(a.size)) {
    const size = sizeOf(a.size);
    if (size !== undefined) out.size = size;
    else skipped.add('a size', id, 'a number above 0');
  }
  if (present(a.x) || present(a.y)) {
    const x = numberOf(a.x);
    const y = numberOf(a.y);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      out.x = x;
      out.y = y;
    } else skipped.add('a position', id, 'x and y as numbers');
  }
  return out;
}

export function readGraphmlDataset(name: string, text: string, options: { maxProblems?: number } = {}): Validation {
  const cap = options.maxProblems ?? 1000;
  const warnings = new ProblemList(cap);
  let graph: MultiGraph;
  try {
    graph = parse(MultiGraph, text, { addMissingNodes: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [{ path: [], message: `not a readable GraphML file: ${message}`, place: name }],
      errorCount: 1,
      warnings: [],
      warningCount: 0,
    };
  }
  const skipped = new SkippedValues();
  const actors: Actor[] = graph.mapNodes((id, a) => {
    const kind = str(a.kind);
    return {
      id,
      label: str(a.label) ?? str(a.name) ?? id,
      kind: (ACTOR_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ActorKind) : 'organisation',
      ...appearance(id, a, skipped),
    };
  });
  let untyped = 0;
  let undated = 0;
  const ids = new Set<string>();
  const relations: Relation[] = graph.mapEdges((key, a, source, target) => {
    const type = str(a.type) ?? str(a.relation);
    if (!type) untyped++;
    let id = str(a.id) ?? key;
    while (ids.has(id)) id = `${id}'`;
    ids.add(id);
    const r: Relation = { id, source, target, type: type ?? GENERIC_TYPE };
    const start = str(a.start);
    const end = str(a.end);
    if (isDate(start)) {
      r.start = start;
      if (end === 'ongoing' || isDate(end)) r.end = end;
    } else undated++;
    const status = str(a.status);
    if (status && (STATUSES as readonly string[]).includes(status)) r.status = status as Relation['status'];
    return r;
  });
  if (untyped)
    warnings.add(
      [],
      `${untyped} edge${untyped === 1 ? ' has' : 's have'} no relation type: loaded as "${GENERIC_TYPE}"`,
      name,
    );
  if (undated)
    warnings.add([], `${undated} edge${undated === 1 ? ' has' : 's have'} no dates: loaded as undated`, name);
  if (relations.length) warnings.add([], `${relations.length} edges have no evidence: loaded as unsourced`, name);
  for (const message of skipped.messages()) warnings.add([], message, name);
  const dataset: Dataset = {
    format: FORMAT,
    meta: { title: name.replace(/\.graphml$/i, '') },
    sources: [],
    actors,
    relations,
  };
  const v = validateDataset(dataset, { maxProblems: cap });
  const kept = v.warnings.filter((w) => !w.message.startsWith('no evidence'));
  const merged = {
    warnings: [...warnings.items, ...kept].slice(0, cap),
    warningCount: warnings.count + v.warningCount - relations.length,
  };
  return { ...v, ...merged };
}
