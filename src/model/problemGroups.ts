// Problems of one kind said once: "199 relations: no evidence: loads as
// unsourced", each group opening to its places. A kind is the message with its
// quoted names and numbers taken out, so `unknown actor "x"` and `unknown actor
// "y"` are one kind.

import type { Problem } from './problems';

export interface ProblemGroup {
  /** the group in words: how many, of what, and the message (the varying parts as "…") */
  summary: string;
  problems: Problem[];
}

/** The message with what varies between problems of a kind replaced by "…". */
export function kindOf(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\b\d+(?:[.,]\d+)*\b/g, '…');
}

/** What the problems are about, from their paths or places: "relations", "actors", "rows"; else "problems". */
function subject(problems: readonly Problem[]): string {
  const first = problems[0].path[0];
  if (typeof first === 'string' && problems.every((p) => p.path[0] === first)) return first;
  if (problems.every((p) => p.place !== undefined && /, row \d+/.test(p.place))) return 'rows';
  return 'problems';
}

/** Groups in the order their first problem came; a group of one is that problem's own message. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const kind = kindOf(p.message);
    const group = groups.get(kind);
    if (group) group.push(p);
    else groups.set(kind, [p]);
  }
  return [...groups.entries()].map(([kind, list]) => {
    const same = list.every((p) => p.message === list[0].message);
    return {
      summary:
        list.length === 1 ? list[0].message : `${list.length} ${subject(list)}: ${same ? list[0].message : kind}`,
      problems: list,
    };
  });
}
