// The dataset as the analyst sees it now: the visible relations, the actors shown,
// the sources they cite, and the positions they are drawn at (as a curated
// layout), so an exported file reopens to the same picture.

import type { Position } from './layout';
import type { Dataset } from './types';

export function visibleSubset(
  dataset: Dataset,
  visible: Uint8Array,
  actorVisible: Uint8Array,
  positions: ReadonlyMap<string, Position>,
  note: string,
): Dataset {
  const relations = dataset.relations.filter((_, i) => visible[i]);
  // the actors shown, and those who speak in the kept evidence (hidden again on reopening, as now)
  const speakers = new Set<string>();
  for (const r of relations) for (const e of r.evidence ?? []) if (e.by) speakers.add(e.by);
  const actors = dataset.actors
    .filter((a, k) => actorVisible[k] || speakers.has(a.id))
    .map((a) => {
      const p = positions.get(a.id);
      return p ? { ...a, x: p.x, y: p.y } : a;
    });
  const cited = new Set<string>();
  for (const r of relations) for (const e of r.evidence ?? []) cited.add(e.source);
  // keep the sources the cited ones derive from, so independence is counted the same way
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const todo = [...cited];
  while (todo.length) {
    for (const ref of byId.get(todo.pop() as string)?.derivedFrom ?? []) {
      if (!cited.has(ref)) {
        cited.add(ref);
        todo.push(ref);
      }
    }
  }
  const usedTypes = new Set(relations.map((r) => r.type));
  const description = [dataset.meta.description, note].filter(Boolean).join('\n\n');
  const out: Dataset = {
    format: dataset.format,
    meta: { ...dataset.meta, description },
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    actors,
    relations,
  };
  const types = dataset.relationTypes?.filter((t) => usedTypes.has(t.id));
  if (types && types.length) out.relationTypes = types;
  // stories go with the data whole: a step showing what this subset lacks says so when presented
  if (dataset.stories?.length) out.stories = dataset.stories;
  return out;
}
