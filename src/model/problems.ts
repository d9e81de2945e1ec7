// Errors and warnings that say where: every reader and the validator report
// problems in this one shape, so the app lists them the same way.

export type PathSegment = string | number;

export interface Problem {
  /** JSON path into the dataset */
  readonly path: readonly PathSegment[];
  /** what is wrong and what was expected */
  readonly message: string;
  /** where, for files that are not JSON: "relations.csv, row 12, column source", "<edge id="e3">" */
  readonly place?: string;
}

/** Formats a path as JSONPath: $.relations[3].evidence[0].source */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The place a problem names: the reader's own (file, row, column) or the JSON path. */
export function placeOf(problem: Problem): string {
  return problem.place ?? formatPath(problem.path);
}

export function describeProblem(problem: Problem): string {
  return `${placeOf(problem)}: ${problem.message}`;
}

/**
 * Collects problems up to a cap and counts the rest, so that a file with a
 * million bad rows still reports quickly and readably.
 */
export class ProblemList {
  readonly items: Problem[] = [];
  count = 0;

  constructor(readonly cap: number) {}

  add(path: readonly PathSegment[], message: string, place?: string): void {
    this.count++;
    if (this.items.length < this.cap)
      this.items.push(place === undefined ? { path, message } : { path, message, place });
  }
}
