// What the GEXF and GraphML readers share: their own lists of errors and
// warnings (capped), the place of a validation problem as a line of the file
// ("arctic.gexf, line 12, node "n3""), the validator's result with the reader's
// own warnings first, the actors an edge names without declaring them, and
// edge ids made unique.

import { ProblemList, type Problem } from '../model/problems';
import type { Actor, Relation } from '../model/types';
import { MAX_EVIDENCE_PER_RELATION } from '../model/validate';
import type { Validation } from '../model/validate';

/** A source's id from its title or address: words joined by "-", without the scheme, at most 60 characters. */
export function sourceSlug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return s || 'source';
}

/**
 * Runs a reader written not to throw, keeping its promise if it does: a fault becomes an error naming
 * the file and the reader (`what`), with what the reader had found.
 */
export function readGuarded(
  name: string,
  what: string,
  maxProblems: number | undefined,
  read: (problems: ReturnType<typeof readerProblems>) => Validation,
): Validation {
  const problems = readerProblems(maxProblems);
  try {
    return read(problems);
  } catch (e) {
    problems.errors.add(
      [],
      `the file could not be read (a fault in the ${what} reader): ${e instanceof Error ? e.message : String(e)}`,
      name,
    );
    return problems.fail();
  }
}

export function readerProblems(maxProblems = 1000) {
  const errors = new ProblemList(maxProblems);
  const warnings = new ProblemList(maxProblems);
  return {
    cap: maxProblems,
    errors,
    warnings,
    /** the reader's own errors, as a failed validation */
    fail: (): Validation => ({
      ok: false,
      errors: errors.items,
      errorCount: errors.count,
      warnings: warnings.items,
      warningCount: warnings.count,
    }),
  };
}

/** Places a validation problem of an actor or a relation on the line its element starts on. */
export function placeByLine(
  name: string,
  actors: readonly Actor[],
  actorLines: readonly (number | undefined)[],
  relations: readonly Relation[],
  relationLines: readonly number[],
): (p: Problem) => Problem {
  return (p) => {
    const [collection, i] = p.path;
    if (collection === 'relations' && typeof i === 'number')
      return { ...p, place: `${name}, line ${relationLines[i]}, edge of relation "${relations[i].id}"` };
    if (collection === 'actors' && typeof i === 'number') {
      const line = actorLines[i];
      return { ...p, place: `${name}, ${line === undefined ? '' : `line ${line}, `}node "${actors[i].id}"` };
    }
    return p;
  };
}

/**
 * The validator's result with the reader's warnings first, the validator's own placed in the file;
 * `summarised` of the validator's warnings were left out (`kept` false) because the reader said them in one.
 */
export function withReaderWarnings(
  v: Validation,
  reader: { warnings: ProblemList; cap: number },
  place: (p: Problem) => Problem,
  kept: (p: Problem) => boolean,
  summarised: number,
): Validation {
  const merged = {
    warnings: [...reader.warnings.items, ...v.warnings.filter(kept).map(place)].slice(0, reader.cap),
    warningCount: reader.warnings.count + v.warningCount - summarised,
  };
  if (!v.ok) return { ...v, errors: v.errors.map(place), ...merged };
  return { ...v, ...merged };
}

/**
 * Edges may name nodes the file does not declare: they are added, as Gephi does (no line of their own).
 * Returns how many were added.
 */
export function addUndeclaredEnds(
  ends: readonly string[],
  known: { ids: Set<string>; actors: Actor[]; lines: (number | undefined)[] },
): number {
  let added = 0;
  for (const end of ends) {
    if (known.ids.has(end)) continue;
    known.ids.add(end);
    known.actors.push({ id: end, label: end, kind: 'organisation' });
    known.lines.push(undefined);
    added++;
  }
  return added;
}

/**
 * Relation ids made unique in one pass: a repeated id gets `'2`, `'3`... from a counter per id, so
 * 100,000 edges sharing one id cost 100,000 steps, not a walk along every id taken before (adding
 * "'" until unique took 9 minutes for 10,000 and made ids too long to load).
 */
export class UniqueIds {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  renamed = 0;
  firstRenamed: [string, string] | undefined;

  take(id: string): string {
    if (!this.used.has(id)) {
      this.used.add(id);
      return id;
    }
    let n = this.next.get(id) ?? 2;
    // an id the file itself gives may already look like a renamed one: step over it
    while (this.used.has(`${id}'${n}`)) n++;
    const unique = `${id}'${n}`;
    this.next.set(id, n + 1);
    this.used.add(unique);
    this.renamed++;
    this.firstRenamed ??= [id, unique];
    return unique;
  }

  /** What was renamed, for the reader's warning; undefined when nothing was. */
  summary(): string | undefined {
    if (!this.firstRenamed) return undefined;
    const [from, to] = this.firstRenamed;
    const edges = this.renamed === 1 ? 'edge has' : 'edges have';
    return `${this.renamed} ${edges} the id of an earlier edge: given new ids (first: "${from}" became "${to}")`;
  }
}

/** Evidence items without a quote, over the relations the validator reads whole: said by a reader in one warning. */
export function unquotedCount(relations: readonly Relation[]): number {
  let n = 0;
  for (const r of relations) {
    if (!r.evidence || r.evidence.length > MAX_EVIDENCE_PER_RELATION) continue;
    for (const e of r.evidence) if (e.quote === undefined || e.quote === '') n++;
  }
  return n;
}
