// A GEXF node's own appearance (the viz extension): colour, size and position,
// so a file drawn in Gephi opens looking as it did there.

import type { Actor } from '../model/types';
import { hexColour, numberOf, rgbColour, sizeOf, type SkippedValues } from './appearance';

type Appearance = Pick<Actor, 'colour' | 'size' | 'x' | 'y'>;

/** The first child element named `name`, prefixed or not (files bind `viz:` to several namespaces). */
function vizChild(el: Element, name: string): Element | undefined {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && ((n as Element).localName === name || (n as Element).nodeName === `viz:${name}`))
      return n as Element;
  }
  return undefined;
}

/** hex (GEXF 1.3) or r, g, b; alpha has no place in the format and is left out. */
function colourOf(el: Element): string | undefined {
  const hex = el.getAttribute('hex');
  if (hex) return hexColour(hex);
  return rgbColour(el.getAttribute('r'), el.getAttribute('g'), el.getAttribute('b'));
}

/** The node's viz colour, size and position; unreadable ones are left out and recorded in `skipped`. */
export function readNodeViz(node: Element, nodeId: string, skipped: SkippedValues): Appearance {
  const out: Appearance = {};
  const color = vizChild(node, 'color');
  if (color) {
    const colour = colourOf(color);
    if (colour) out.colour = colour;
    else skipped.add('a <viz:color>', nodeId, 'r, g and b as integers from 0 to 255, or hex="#rrggbb"');
  }
  const sizeEl = vizChild(node, 'size');
  if (sizeEl) {
    const size = sizeOf(sizeEl.getAttribute('value'));
    if (size !== undefined) out.size = size;
    else skipped.add('a <viz:size>', nodeId, 'a value above 0');
  }
  const position = vizChild(node, 'position');
  if (position) {
    // GEXF's y axis points up, as sigma's does: kept as written
    const x = numberOf(position.getAttribute('x'));
    const y = numberOf(position.getAttribute('y'));
    if (Number.isFinite(x) && Number.isFinite(y)) {
      out.x = x;
      out.y = y;
    } else skipped.add('a <viz:position>', nodeId, 'x and y as numbers');
  }
  return out;
}
