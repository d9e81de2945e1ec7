// The reducers' drawing state for a dataset and its filter engine, as the
// renderer builds it with nothing selected, hovered or analysed: what the line
// tests (line marks, the bulk layer) reduce lines under.
import type { FilterEngine } from '../../src/model/filterEngine';
import type { LoadedDataset } from '../../src/state/loaded';
import { NO_OVERLAY } from '../../src/view/graph/analysisOverlay';
import { DEFAULT_DRAWING, discSizer, type DrawingSettings } from '../../src/view/graph/drawingSettings';
import { drawColours } from '../../src/view/graph/nodeColours';
import type { DrawState } from '../../src/view/graph/reducers';

/** `maxDegree` sizes the discs as for a graph whose best connected actor has that many relations. */
export function drawStateOf(
  loaded: LoadedDataset,
  engine: FilterEngine,
  settings: DrawingSettings = DEFAULT_DRAWING,
  maxDegree = 50,
): DrawState {
  const colours = drawColours(loaded, false, 0.5);
  return {
    loaded,
    engine,
    settings,
    sizer: discSizer(settings, loaded.index.actorCount, maxDegree, 800, 600),
    nodeColours: colours.nodeColours,
    lineTints: colours.lineTints,
    selection: null,
    hovered: null,
    hoveredNeighbours: new Set(),
    overlay: NO_OVERLAY,
    fresh: null,
  };
}
