// The legend: every colour and mark the graph uses, for what this dataset holds.

import type { Sign } from '../model/relationTypes';
import type { ActorKind } from '../model/types';
import type { LoadedDataset } from '../state/loaded';
import { CONTESTED_EDGE, KIND_COLOURS, SIGN_NAMES, typeColour } from './palette';

const SIGNS: Sign[] = [1, -1, 0];

/** `compact`: closed until opened, for embed mode. */
export function Legend({ loaded, compact = false }: { loaded: LoadedDataset; compact?: boolean }) {
  const kinds = new Set<ActorKind>(loaded.valid.dataset.actors.map((a) => a.kind));
  const usedTypes = new Set(loaded.valid.dataset.relations.map((r) => r.type));
  const types = [...loaded.valid.types.values()].filter((t) => usedTypes.has(t.id));
  const hasContested = loaded.valid.dataset.relations.some((r) => r.status === 'denied' || r.status === 'disputed');
  return (
    <details className="legend" open={!compact}>
      <summary>Legend</summary>
      <div className="legend-body">
        <section aria-label="Actor kinds">
          <h3>Actors</h3>
          <ul>
            {(Object.keys(KIND_COLOURS) as ActorKind[])
              .filter((k) => kinds.has(k))
              .map((k) => (
                <li key={k}>
                  <span className="swatch node" style={{ background: KIND_COLOURS[k] }} aria-hidden="true" />
                  {k.replace('-', ' ')}
                </li>
              ))}
            <li className="mark">size: number of relations shown</li>
          </ul>
        </section>
        {SIGNS.map((sign) => {
          const ofSign = types.filter((t) => t.sign === sign);
          if (ofSign.length === 0) return null;
          return (
            <section key={sign} aria-label={`${SIGN_NAMES[sign]} relations`}>
              <h3>{SIGN_NAMES[sign][0].toUpperCase() + SIGN_NAMES[sign].slice(1)}</h3>
              <ul>
                {ofSign.map((t) => (
                  <li key={t.id}>
                    <span className="swatch edge" style={{ background: typeColour(t) }} aria-hidden="true" />
                    {t.label}
                    {t.directed ? ' →' : ' ↔'}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        <section aria-label="Marks">
          <h3>Marks</h3>
          <ul>
            <li className="mark">→ arrow: directed (from actor to target)</li>
            <li className="mark">thickness: number of relations in the line</li>
            <li className="mark">curved lines: several types between one pair</li>
            {hasContested && (
              <li>
                <span className="swatch edge" style={{ background: CONTESTED_EDGE }} aria-hidden="true" />
                grey, labelled “denied”, “disputed” or “contested”: every relation shown in the line is denied or
                disputed
              </li>
            )}
          </ul>
        </section>
      </div>
    </details>
  );
}
