// The marks a line carries for what its relations are, so they read without
// colour (in greyscale, and for colour-blind readers): a contested line (its
// visible relations all denied or disputed) is dashed, a line of words about
// what has not happened (its visible relations all intentions, offers, threats
// or conditional statements, none an act) is dotted, a line both is dash-dot;
// with a word on small graphs ("denied", "offer", "denied offer"). O(1) per line
// from the engine's counts; only the word naming one mode reads the group.

import type { FilterEngine } from '../../model/filterEngine';
import type { FilterIndex } from '../../model/filterIndex';
import type { Grouping } from '../../model/groups';
import { MODES } from '../../model/types';

/** The mark a contested group carries: "denied", "disputed" or "contested"; null when it is not contested. */
export function contestedLabel(engine: FilterEngine, group: number): string | null {
  const shown = engine.groupCounts[group];
  const denied = engine.groupDenied[group];
  const disputed = engine.groupDisputed[group];
  if (shown === 0 || denied + disputed < shown) return null;
  if (denied === shown) return 'denied';
  if (disputed === shown) return 'disputed';
  return 'contested';
}

/** Whether a group's visible relations are all not acts (intentions, offers, threats, conditional statements). */
export function unacted(engine: FilterEngine, group: number): boolean {
  const shown = engine.groupCounts[group];
  return shown > 0 && engine.groupUnacted[group] === shown;
}

/** The word for what is not acted, when the group is: "not acted" when its modes are mixed. */
export const MIXED_MODES = 'not acted';

/**
 * The word an unacted group carries: its visible relations' one mode ("offer",
 * "threat", "intention", "conditional"), or "not acted" when they mix modes.
 * Reads the group's relations (stopping at a second mode): only for lines that
 * get a word.
 */
export function unactedWord(index: FilterIndex, grouping: Grouping, visible: Uint8Array, group: number): string {
  let mode = 0;
  for (let k = grouping.memberStart[group]; k < grouping.memberStart[group + 1]; k++) {
    const i = grouping.members[k];
    if (!visible[i] || index.mode[i] === 0) continue;
    if (mode === 0) mode = index.mode[i];
    else if (index.mode[i] !== mode) return MIXED_MODES;
  }
  return mode === 0 ? MIXED_MODES : MODES[mode];
}

/** Both marks in one word: "denied offer", "disputed threat", "contested, not acted". */
export function markWord(contested: string | null, notActed: string | null): string | null {
  if (!contested || !notActed) return contested ?? notActed;
  return notActed === MIXED_MODES ? `${contested}, ${MIXED_MODES}` : `${contested} ${notActed}`;
}

/** How a straight line is stroked: a code the line programs read (a float attribute, a column). */
export const SOLID = 0;
export const DASHED = 1;
export const DOTTED = 2;
export const DASH_DOT = 3;
export type LinePattern = typeof SOLID | typeof DASHED | typeof DOTTED | typeof DASH_DOT;

export function linePattern(dashed: boolean | undefined, dotted: boolean | undefined): LinePattern {
  return dashed ? (dotted ? DASH_DOT : DASHED) : dotted ? DOTTED : SOLID;
}

/**
 * Each pattern's strokes and gaps in px (on, off, on, off ...) for a line of 2 px
 * or thinner; a wider line scales them by its width / 2, so a thick line's dots
 * stay dots (squares), not stripes across it. Dashes 6/4, dots 2/3 (a third the
 * dash, at twice the rhythm: apart in greyscale at a glance), dash-dot 6/3/2/3.
 */
export const PATTERN_STROKES: readonly (readonly number[])[] = [[], [6, 4], [2, 3], [6, 3, 2, 3]];

/** The pattern's scale for a line `width` px wide. */
export function patternScale(width: number): number {
  return Math.max(1, width / 2);
}

/** The strokes and gaps of a line `width` px wide (SVG's stroke-dasharray, canvas's setLineDash); [] when solid. */
export function dashArray(pattern: LinePattern, width: number): number[] {
  const scale = patternScale(width);
  return PATTERN_STROKES[pattern].map((d) => +(d * scale).toFixed(2));
}

/**
 * GLSL (ES 1.0 and 3.0 alike): `bool patternGap(float pattern, float along, float scale)`, whether the point
 * `along` px from the line's start falls in a gap of the pattern (codes above), strokes scaled by `scale`.
 */
export const PATTERN_GLSL = (() => {
  const branches = PATTERN_STROKES.slice(1).map((strokes, k) => {
    const period = strokes.reduce((a, b) => a + b, 0);
    const gaps: string[] = [];
    let at = 0;
    strokes.forEach((d, j) => {
      if (j % 2 === 1) gaps.push(`(m >= ${at.toFixed(1)} && m < ${(at + d).toFixed(1)})`);
      at += d;
    });
    return `  if (pattern < ${(k + 1.5).toFixed(1)}) { float m = mod(along / scale, ${period.toFixed(1)}); return ${gaps.join(' || ')}; }`;
  });
  return [
    'bool patternGap(float pattern, float along, float scale) {',
    '  if (pattern < 0.5) return false;',
    ...branches,
    '  return false;',
    '}',
  ].join('\n');
})();
