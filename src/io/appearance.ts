// A node's own appearance as other tools write it (GEXF viz, GraphML
// attributes), turned into the format's colour ("#rrggbb") and size. A value
// that cannot be read is skipped and counted, and the reader says so once per
// kind of value rather than once per node.

import { MAX_COORDINATE } from '../model/validate';

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** "#rrggbb" in lower case from "#rgb", "#rrggbb" or the same without "#". */
export function hexColour(text: string): string | undefined {
  const m = HEX.exec(text.trim());
  if (!m) return undefined;
  return `#${(m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1]).toLowerCase()}`;
}

/** A number, or a text holding one (attribute values are text); NaN otherwise. */
export function numberOf(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') return Number(v);
  return NaN;
}

function byte(v: unknown): string | undefined {
  const n = numberOf(v);
  return Number.isInteger(n) && n >= 0 && n <= 255 ? n.toString(16).padStart(2, '0') : undefined;
}

/** "#rrggbb" from red, green and blue as integers from 0 to 255. */
export function rgbColour(r: unknown, g: unknown, b: unknown): string | undefined {
  const parts = [r, g, b].map(byte);
  return parts.every((p) => p !== undefined) ? `#${parts.join('')}` : undefined;
}

/** A size above 0, as the format requires. */
export function sizeOf(v: unknown): number | undefined {
  const n = numberOf(v);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** What a position's x and y must be, for the reader's message. */
export const POSITION_BOUNDS = 'finite numbers from -1e15 to 1e15';

/** Whether a read coordinate can be kept: finite and at most MAX_COORDINATE in magnitude. */
export function coordinateInBounds(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n) <= MAX_COORDINATE;
}

/** Per kind of value (an element or attribute name), how many nodes (or edges) had an unreadable one and the first. */
export class SkippedValues {
  private readonly seen = new Map<string, { count: number; first: string; expected: string }>();

  constructor(private readonly noun: 'node' | 'edge' = 'node') {}

  add(what: string, nodeId: string, expected: string): void {
    const entry = this.seen.get(what);
    if (entry) entry.count++;
    else this.seen.set(what, { count: 1, first: nodeId, expected });
  }

  /** One warning per kind: how many, which node first, what was expected. */
  messages(): string[] {
    const noun = this.noun;
    return [...this.seen].map(
      ([what, { count, first, expected }]) =>
        `${count} ${noun}${count === 1 ? ' has' : 's have'} ${what} that could not be read (first: ${noun} "${first}"): expected ${expected}; not used`,
    );
  }
}
