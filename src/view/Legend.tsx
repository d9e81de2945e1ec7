// The legend: every colour and mark the graph draws now, and no other: the kinds
// of the actors shown, the types of the relations shown, the contested (dashed),
// not acted (dotted) and both (dash-dot) marks while a line so marked is drawn
// (as the export's legend, caption.ts).

import { useMemo, useState } from 'react';
import type { Sign } from '../model/relationTypes';
import type { ActorKind } from '../model/types';
import type { LoadedDataset } from '../state/loaded';
import { useStore } from '../state/store';
import { SIZE_WORDS } from '../state/viewSummary';
import { drawnFacts, type DrawnFacts } from './export/drawnFacts';
import { DEFAULT_DRAWING } from './graph/drawingSettings';
import { colouringOf, communityRanks, hasFileColours } from './graph/nodeColours';
import {
  COMMUNITY_COLOURS,
  FLIPPED_EDGE,
  KEPT_EDGE,
  KIND_COLOURS,
  SIGN_COLOURS,
  SIGN_NAMES,
  typeColour,
  UNPLACED_NODE,
  withAlpha,
} from './palette';

const SIGNS: Sign[] = [1, -1, 0];

/** While the legend is closed nothing is worked out. */
const NOTHING_DRAWN: DrawnFacts = {
  kinds: new Set(),
  types: [],
  contested: false,
  unacted: false,
  contestedUnacted: false,
};

/** `compact`: closed until opened, for embed mode. */
export function Legend({ loaded, compact = false }: { loaded: LoadedDataset; compact?: boolean }) {
  const [open, setOpen] = useState(!compact);
  // what the current step draws, recomputed per step, and only while the legend is open
  const engine = useStore((s) => s.engine);
  const step = useStore((s) => s.step);
  const facts = useMemo(
    () => (open && engine && step ? drawnFacts(loaded, engine) : NOTHING_DRAWN),
    [open, loaded, engine, step],
  );
  const { kinds, types, contested, unacted, contestedUnacted } = facts;
  const lines = loaded.grouping.groupCount;
  // the analysis panel may colour and size actors by something else: the legend says so
  const analysisOpen = useStore((s) => s.analysisOpen);
  const { colourBy, sizeBy } = useStore((s) => s.analysisSettings);
  const diffShown = useStore((s) => s.diffShown && s.comparison !== null);
  const byAnalysis = analysisOpen && colourBy !== 'kind' && !diffShown;
  const appColours = useStore((s) => s.appColours);
  const setAppColours = useStore((s) => s.setAppColours);
  const colouring = colouringOf(loaded, appColours);
  const pathShown = useStore((s) => s.analysisOpen && (s.path?.paths.paths.length ?? 0) > 0);
  // a path or a comparison draws no line patterns (reducers.ts)
  const patterns = !pathShown && !diffShown;
  return (
    <details className="legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legend</summary>
      <div className="legend-body">
        <section aria-label="Actor kinds">
          <h3>Actors</h3>
          <ul>
            {byAnalysis && (
              <li className="mark">
                colour: {colourBy === 'bloc' ? 'bloc' : 'community'}, its name on each label (see Analysis)
              </li>
            )}
            {!byAnalysis && colouring === 'file' && <li className="mark">colour: the file's own</li>}
            {!byAnalysis && colouring === 'community' && <CommunityKeys communities={loaded.communities} />}
            {(!byAnalysis && colouring === 'kind' ? (Object.keys(KIND_COLOURS) as ActorKind[]) : [])
              .filter((k) => kinds.has(k))
              .map((k) => (
                <li key={k}>
                  <span className="swatch node" style={{ background: KIND_COLOURS[k] }} aria-hidden="true" />
                  {k.replace('-', ' ')}
                </li>
              ))}
            <li className="mark">size: {analysisOpen ? SIZE_WORDS[sizeBy] : SIZE_WORDS.degree}</li>
          </ul>
          {hasFileColours(loaded) && (
            <label className="legend-switch">
              <input type="checkbox" checked={!appColours} onChange={(e) => setAppColours(!e.target.checked)} /> the
              file's colours
            </label>
          )}
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
            {lines > DEFAULT_DRAWING.largeGraphEdges ? (
              <li className="mark">
                → a directed type; with this many lines, lines are straight and carry no arrowheads: the Details panel
                gives a line&apos;s direction
              </li>
            ) : (
              <li className="mark">→ arrow: directed (from actor to target)</li>
            )}
            <li className="mark">thickness: number of relations in the line</li>
            {lines <= DEFAULT_DRAWING.curvedEdges && (
              <li className="mark">curved lines: several types between one pair</li>
            )}
            {analysisOpen && diffShown && (
              <>
                <li>
                  <span className="swatch edge thick" style={{ background: SIGN_COLOURS[-1] }} aria-hidden="true" />
                  <span className="swatch edge thick" style={{ background: SIGN_COLOURS[1] }} aria-hidden="true" />
                  thick in its type's colour (red hostile, blue cooperative), labelled “new”: in period B, not in A
                </li>
                <li>
                  <span
                    className="swatch edge"
                    style={{ background: withAlpha(SIGN_COLOURS[-1], 0.35) }}
                    aria-hidden="true"
                  />
                  <span
                    className="swatch edge"
                    style={{ background: withAlpha(SIGN_COLOURS[1], 0.35) }}
                    aria-hidden="true"
                  />
                  faint, labelled “gone”: in period A, not in B
                </li>
                <li>
                  <span className="swatch edge thick" style={{ background: FLIPPED_EDGE }} aria-hidden="true" />
                  thickest, purple, labelled “flipped”: a pair cooperative in one period, hostile in the other
                </li>
                <li>
                  <span className="swatch edge" style={{ background: KEPT_EDGE }} aria-hidden="true" />
                  thin grey, unlabelled: in both periods
                </li>
              </>
            )}
            {pathShown && !diffShown && (
              <li>
                <span className="swatch edge thick" style={{ background: SIGN_COLOURS[-1] }} aria-hidden="true" />
                thick, in its type's colour and named (“fights”): on a shortest path (other lines faded)
              </li>
            )}
            {contested && patterns && (
              <li>
                <span
                  className="swatch edge dashed"
                  style={{ color: withAlpha(SIGN_COLOURS[-1], 0.6) }}
                  aria-hidden="true"
                />
                dashed in its type's colour (a curve: faded), on small graphs labelled “denied”, “disputed” or
                “contested”: every relation shown in the line is denied or disputed
              </li>
            )}
            {unacted && patterns && (
              <li>
                <span
                  className="swatch edge dotted"
                  style={{ color: withAlpha(SIGN_COLOURS[-1], 0.6) }}
                  aria-hidden="true"
                />
                dotted in its type's colour (a curve: faded), on small graphs labelled “intention”, “offer”, “threat”,
                “conditional” or “not acted”: intentions, offers, threats or conditional statements, not acts
              </li>
            )}
            {contestedUnacted && patterns && (
              <li>
                <span
                  className="swatch edge dashdot"
                  style={{ color: withAlpha(SIGN_COLOURS[-1], 0.6) }}
                  aria-hidden="true"
                />
                dash-dot in its type's colour (a curve: faded), on small graphs labelled “denied offer” and the like:
                denied or disputed, and not acts
              </li>
            )}
          </ul>
        </section>
      </div>
    </details>
  );
}

/** The largest communities by colour; the rest grey. */
function CommunityKeys({ communities }: { communities: Int32Array }) {
  const { sizes } = communityRanks(communities);
  const shown = Math.min(sizes.length, COMMUNITY_COLOURS.length);
  return (
    <>
      <li className="mark">colour: community (groups more tied to each other than to the rest)</li>
      {sizes.slice(0, shown).map((n, r) => (
        <li key={r}>
          <span className="swatch node" style={{ background: COMMUNITY_COLOURS[r] }} aria-hidden="true" />
          community {r + 1} ({n} actors)
        </li>
      ))}
      {sizes.length > shown && (
        <li>
          <span className="swatch node" style={{ background: UNPLACED_NODE }} aria-hidden="true" />
          {sizes.length - shown} smaller communities, and actors without relations
        </li>
      )}
    </>
  );
}
