// A GEXF node's own appearance (the viz extension): colour, size and position,
// so a file drawn in Gephi opens looking as it did there.

import type { Actor } from '../model/types';
import {
  coordinateInBounds,
  hexColour,
  numberOf,
  POSITION_BOUNDS,
  rgbColour,
  sizeOf,
  type SkippedValues,
} from './appearance';

type Appearance = Pick<Actor, 'colour' | 'size' | 'x' | 'y'>;
type Attributes = Readonly<Record<string, string | undefined>>;

/** The attributes of a node's first <viz:color>, <viz:size> and <viz:position> (prefixed or not). */
export type VizElements = Partial<Record<'color' | 'size' | 'position', Attributes>>;

/** hex (GEXF 1.3) or r, g, b; alpha has no place in the format and is left out. */
function colourOf(a: Attributes): string | undefined {
  if (a.hex) return hexColour(a.hex);
  return rgbColour(a.r, a.g, a.b);
}

/** The node's viz colour, size and position; unreadable ones are left out and recorded in `skipped`. */
export function readNodeViz(viz: VizElements, nodeId: string, skipped: SkippedValues): Appearance {
  const out: Appearance = {};
  const { color, size: sizeEl, position } = viz;
  if (color) {
    const colour = colourOf(color);
    if (colour) out.colour = colour;
    else skipped.add('a <viz:color>', nodeId, 'r, g and b as integers from 0 to 255, or hex="#rrggbb"');
  }
  if (sizeEl) {
    const size = sizeOf(sizeEl.value);
    if (size !== undefined) out.size = size;
    else skipped.add('a <viz:size>', nodeId, 'a value above 0');
  }
  if (position) {
    // GEXF's y axis points up, as sigma's does: kept as written
    const x = numberOf(position.x);
    const y = numberOf(position.y);
    if (Number.isNaN(x) || Number.isNaN(y)) skipped.add('a <viz:position>', nodeId, 'x and y as numbers');
    else {
      // a coordinate out of bounds (1e308, Infinity) would squeeze every other node into one point
      const wild = !coordinateInBounds(x) ? 'x' : !coordinateInBounds(y) ? 'y' : undefined;
      if (wild) skipped.add(`a <viz:position> ${wild}`, nodeId, POSITION_BOUNDS);
      else {
        out.x = x;
        out.y = y;
      }
    }
  }
  return out;
}
