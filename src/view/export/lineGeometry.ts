// A line of the SVG export as sigma draws it on screen: straight, or the
// quadratic curve of @sigma/edge-curve (control point off the chord's middle by
// the curvature times the chord, on the left going from source to target); a
// directed line stops where its arrowhead starts, and the arrowhead's tip
// touches the target's disc (sigma's proportions: 2.5 line widths long, 2
// wide), so neither hides under the disc. Pure geometry: tested in Node.

export interface Point {
  x: number;
  y: number;
}

export interface LineSpec {
  /** 0: straight */
  curvature: number;
  directed: boolean;
  /** the line's width and the target disc's radius, px */
  width: number;
  targetRadius: number;
}

export interface LineShape {
  /** the SVG path of the line */
  path: string;
  /** the arrowhead, a closed triangle; null for an undirected line, or ends too close for one */
  arrow: string | null;
  /** where words on the line go: its middle */
  middle: Point;
}

/** sigma's arrowhead: length and full width for a line width (EdgeArrowHeadProgram's defaults). */
export const ARROW_LENGTH = 2.5;
export const ARROW_WIDTH = 2;

const f = (n: number) => n.toFixed(1);
const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** The control point of sigma's curve from a to b (screen coordinates, y down). */
export function controlPoint(a: Point, b: Point, curvature: number): Point {
  return { x: (a.x + b.x) / 2 + curvature * (b.y - a.y), y: (a.y + b.y) / 2 - curvature * (b.x - a.x) };
}

function onCurve(a: Point, c: Point, b: Point, t: number): Point {
  return lerp(lerp(a, c, t), lerp(c, b, t), t);
}

/** The parameter where the curve is `distance` from its end (found by halving: the distance falls towards the end). */
function atDistanceFromEnd(a: Point, c: Point, b: Point, distance: number): number {
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 30; k++) {
    const t = (lo + hi) / 2;
    const p = onCurve(a, c, b, t);
    if (Math.hypot(p.x - b.x, p.y - b.y) > distance) lo = t;
    else hi = t;
  }
  return (lo + hi) / 2;
}

function triangle(tip: Point, base: Point, halfWidth: number): string | null {
  const len = Math.hypot(tip.x - base.x, tip.y - base.y);
  if (len === 0) return null;
  const nx = (-(tip.y - base.y) / len) * halfWidth;
  const ny = ((tip.x - base.x) / len) * halfWidth;
  return `M${f(tip.x)},${f(tip.y)} L${f(base.x + nx)},${f(base.y + ny)} L${f(base.x - nx)},${f(base.y - ny)} Z`;
}

export function lineShape(a: Point, b: Point, spec: LineSpec): LineShape {
  const c = spec.curvature ? controlPoint(a, b, spec.curvature) : lerp(a, b, 0.5);
  const middle = onCurve(a, c, b, 0.5);
  const length = spec.width * ARROW_LENGTH;
  const reach = spec.targetRadius + length;
  const draw = (end: Point, control: Point) =>
    spec.curvature
      ? `M${f(a.x)},${f(a.y)} Q${f(control.x)},${f(control.y)} ${f(end.x)},${f(end.y)}`
      : `M${f(a.x)},${f(a.y)} L${f(end.x)},${f(end.y)}`;
  // ends too close for an arrowhead outside the disc: the line alone, as far as the centre (the disc covers it)
  if (!spec.directed || Math.hypot(b.x - a.x, b.y - a.y) <= reach) return { path: draw(b, c), arrow: null, middle };
  const tBase = atDistanceFromEnd(a, c, b, reach);
  const base = onCurve(a, c, b, tBase);
  const tip = onCurve(a, c, b, atDistanceFromEnd(a, c, b, spec.targetRadius));
  // the part of the curve up to tBase is a quadratic curve itself, its control point on the way to c
  return {
    path: draw(base, lerp(a, c, tBase)),
    arrow: triangle(tip, base, (spec.width * ARROW_WIDTH) / 2),
    middle,
  };
}
