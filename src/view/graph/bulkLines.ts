// How each line of a large graph is drawn (bulkLineLayer.ts draws them): the
// same reducer as sigma's lines (reducers.ts reduceEdge), so a line hides, takes
// its colour, width and pattern (dashes, dots) exactly as it would in sigma, written into
// columns. Every line is styled in slices between frames (on opening, after an
// analysis answer or a colour change), so the page never stops for long; a
// filter step restyles only the lines it changed.

import { parseColor } from 'sigma/utils';
import { groupKey } from '../../model/groups';
import type { EdgeAttributes } from './buildGraph';
import type { lineColours } from './lineColours';
import { packSize, unpackSize, type LineColumns } from './bulkLineLayer';
import { linePattern, type LinePattern } from './lineMarks';
import { reduceEdge, type DrawState } from './reducers';

/** Lines styled per slice: about 10 ms of work on a slow machine. */
const SLICE = 12_000;

export class BulkLines {
  readonly columns: LineColumns;
  /** lines drawn on top (zIndex 2 and more: the selection, a path, a comparison's new lines) */
  private readonly raised = new Set<number>();
  private readonly colours = new Map<string, number>();
  private readonly scratch: EdgeAttributes;
  /** the selected line's group, or -1 */
  private selectedGroup = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly state: DrawState,
    /** each type's line colours (as drawn, opaque, generic), by type ordinal */
    private readonly typeColours: readonly ReturnType<typeof lineColours>[],
    /** columns [from, to) changed; raised lines changed (given again whole) */
    private readonly out: { changed(from: number, to: number): void; raised(columns: LineColumns): void },
    /** lines styled per task (tests take small slices) */
    private readonly slice = SLICE,
  ) {
    const { index, grouping } = state.loaded;
    const n = grouping.groupCount;
    const ends = new Float32Array(2 * n);
    for (let g = 0; g < n; g++) {
      const r = grouping.first[g];
      ends[2 * g] = index.source[r];
      ends[2 * g + 1] = index.target[r];
    }
    this.columns = { ends, colour: new Uint8Array(4 * n), size: new Float32Array(n) };
    this.scratch = {
      group: 0,
      size: 1,
      color: '',
      typeColour: '',
      generic: false,
      from: 0,
      type: 'straight',
      curvature: 0,
      directed: false,
    };
    // a link may open with a line selected
    if (state.selection?.kind === 'edge') this.selectedGroup = groupOfKey(state, state.selection.key);
  }

  /** Styles every line, a slice per task; `done` after the last. A later call replaces one under way. */
  restyleAll(done?: () => void): void {
    // the slices still to come of a restyle under way are dropped: this one does them all
    clearTimeout(this.timer);
    this.raised.clear();
    const n = this.columns.size.length;
    const slice = (from: number) => {
      const to = Math.min(n, from + this.slice);
      for (let g = from; g < to; g++) this.style(g);
      this.out.changed(from, to);
      if (to < n) this.timer = setTimeout(() => slice(to), 0);
      else {
        this.emitRaised();
        done?.();
      }
    };
    slice(0);
  }

  /** Styles the given lines now (a filter step, a selection). */
  restyle(groups: ArrayLike<number>): void {
    let from = Infinity;
    let to = 0;
    let raisedChanged = false;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      if (g < 0) continue;
      const was = this.raised.has(g);
      this.style(g);
      raisedChanged ||= was || this.raised.has(g);
      from = Math.min(from, g);
      to = Math.max(to, g + 1);
    }
    if (from < to) this.out.changed(from, to);
    if (raisedChanged) this.emitRaised();
  }

  /** The selection changed: the lines it leaves and reaches are restyled. */
  select(edgeKey: string | null): void {
    const before = this.selectedGroup;
    this.selectedGroup = edgeKey === null ? -1 : groupOfKey(this.state, edgeKey);
    this.restyle([before, this.selectedGroup]);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  /** actor ids by ordinal: the lines' ends */
  get actorIds(): readonly string[] {
    return this.state.loaded.index.actorIds;
  }

  /** The visible lines, the raised last, for exports: ends by actor ordinal, CSS colour, width, pattern. */
  forEachShown(draw: (from: number, to: number, colour: string, size: number, pattern: LinePattern) => void): void {
    const { ends, colour, size } = this.columns;
    const order = [...Array(size.length).keys()].filter((g) => size[g] !== 0 && !this.raised.has(g));
    for (const g of [...order, ...this.raised]) {
      if (size[g] === 0) continue;
      const c = colour.subarray(4 * g, 4 * g + 4);
      const css = `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(3)})`;
      const { width, pattern } = unpackSize(size[g]);
      draw(ends[2 * g], ends[2 * g + 1], css, width, pattern);
    }
  }

  private style(g: number): void {
    const s = this.state;
    const { index, grouping } = s.loaded;
    const r = grouping.first[g];
    const type = index.type[r];
    const a = this.scratch;
    a.group = g;
    const colours = this.typeColours[type];
    a.color = colours.drawn;
    a.typeColour = colours.opaque;
    a.generic = colours.generic;
    a.from = index.source[r];
    const key = g === this.selectedGroup && s.selection?.kind === 'edge' ? s.selection.key : '';
    const drawn = reduceEdge(key, a, s);
    const shown = s.overlay.diffActors ?? s.engine.actorVisible;
    const hidden = drawn.hidden === true || !shown[index.source[r]] || !shown[index.target[r]];
    const { size, colour } = this.columns;
    size[g] = hidden ? 0 : packSize(drawn.size ?? 1, linePattern(drawn.dashed, drawn.dotted));
    if ((drawn.zIndex ?? 0) >= 2 && !hidden) this.raised.add(g);
    else this.raised.delete(g);
    const rgba = this.rgba(drawn.color ?? a.color);
    colour[4 * g] = rgba >>> 24;
    colour[4 * g + 1] = (rgba >>> 16) & 255;
    colour[4 * g + 2] = (rgba >>> 8) & 255;
    colour[4 * g + 3] = rgba & 255;
  }

  /** A CSS colour as RGBA bytes in one number; the few colours lines take are parsed once. */
  private rgba(css: string): number {
    let v = this.colours.get(css);
    if (v === undefined) {
      const c = parseColor(css);
      v = ((c.r << 24) | (c.g << 16) | (c.b << 8) | Math.round(c.a * 255)) >>> 0;
      this.colours.set(css, v);
    }
    return v;
  }

  private emitRaised(): void {
    const { ends, colour, size } = this.columns;
    const groups = [...this.raised];
    this.out.raised({
      ends: Float32Array.from(groups.flatMap((g) => [ends[2 * g], ends[2 * g + 1]])),
      colour: Uint8Array.from(groups.flatMap((g) => [...colour.subarray(4 * g, 4 * g + 4)])),
      size: Float32Array.from(groups, (g) => size[g]),
    });
  }
}

/** The group a line's key names (without building every group's key, which costs seconds on large data); -1 if none. */
export function groupOfKey(state: DrawState, key: string): number {
  let parts: string[];
  try {
    parts = key.split(' ').map(decodeURIComponent);
  } catch {
    return -1; // not a key of ours (a hand-edited link)
  }
  const [type, source, target] = parts;
  const { index, valid } = state.loaded;
  const a = index.actorOrdinal.get(source);
  if (a === undefined || target === undefined) return -1;
  const relations = valid.dataset.relations;
  for (let k = index.actorRelationStart[a]; k < index.actorRelationStart[a + 1]; k++) {
    const i = index.actorRelations[k];
    const r = relations[i];
    if (r.type === type && groupKey(r.source, r.target, r.type) === key) return index.group[i];
  }
  return -1;
}
