// The keys of sigma's graph: an actor's id, except where graphology would take it
// for something else. Graphology keeps each node's neighbours in plain objects,
// so a node named `__proto__`, `constructor` or `toString` finds Object's own
// members there, and adding its first line throws. Those ids (and, to stay
// reversible, any id starting with the mark) get a mark in front: every other
// id is its own key, so links, tests and exports see actor ids as they are.

const MARK = '\u0001';
const TAKEN = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/** The graph key of an actor id. */
export function nodeKey(id: string): string {
  return TAKEN.has(id) || id.startsWith(MARK) ? MARK + id : id;
}

/** The actor id of a graph key. */
export function actorOfKey(key: string): string {
  return key.startsWith(MARK) ? key.slice(1) : key;
}
