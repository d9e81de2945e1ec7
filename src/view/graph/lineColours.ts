// The colours of a type's lines: as drawn (see-through on large graphs, so
// crossings do not merge into a blot), opaque (the marks of a comparison or a
// path start from it), and whether the type is the generic one of imports
// (those lines take their source actor's colour).

import type { LoadedDataset } from '../../state/loaded';
import { GENERIC_TYPE } from '../../model/relationTypes';
import { typeColour, withAlpha } from '../palette';
import { edgeAlpha, type DrawingSettings } from './drawingSettings';

/** The type's colour as lines are drawn (see-through on large graphs), and opaque. */
export function lineColours(loaded: LoadedDataset, settings: DrawingSettings, typeId: string) {
  const type = loaded.valid.types.get(typeId);
  const opaque = type ? typeColour(type) : '#999999';
  const alpha = edgeAlpha(settings, loaded.grouping.groupCount);
  return { drawn: alpha < 1 ? withAlpha(opaque, alpha) : opaque, opaque, generic: typeId === GENERIC_TYPE };
}
