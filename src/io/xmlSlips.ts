// Slips that make a file not well-formed XML, which the DOM reader the GEXF and
// GraphML importers used before (xmldom) let through and files written by
// scripts often have: whitespace before the XML declaration, a bare "&" (in
// "AT&T"), and control characters XML 1.0 does not allow. saxes refuses them,
// and after a bare "&" it has lost its place, so xmlEvents.ts mends the text
// and reads it again; each mending is said once, with the first place.

/** How many characters of whitespace come before an XML declaration (a byte order mark with them). */
export function leadingSpace(text: string): number {
  return /^\uFEFF?\s+(?=<\?xml[\s?])/.exec(text)?.[0].length ?? 0;
}

// Control characters XML 1.0 cannot hold, even as references.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// The slips: a control character, or an "&" that starts no entity or character reference. CDATA
// sections, comments and processing instructions, where "&" is plain text, are matched whole; one
// left open runs to the end of the text, else each of 300,000 "<?" would scan to the end (minutes).
const SLIPS =
  // eslint-disable-next-line no-control-regex
  /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|&(?!(?:[\p{L}_:][\p{L}\p{N}._:\-\u00B7]*|#[0-9]+|#x[0-9A-Fa-f]+);)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Line and column (1-based) of a character offset; lines end as XML ends them (\n, \r\n or \r). */
export function lineColumn(text: string, offset: number): string {
  const breaks = /\r\n?|\n/g;
  let line = 1;
  let start = 0;
  for (let m = breaks.exec(text); m && m.index < offset; m = breaks.exec(text)) {
    line++;
    start = m.index + m[0].length;
  }
  return `line ${line}, column ${Math.max(1, offset - start + 1)}`;
}

export interface Mended {
  /** the text, mended (no line break is added or taken away) */
  text: string;
  /** what was mended, how many times and where first, in the text as it was */
  notes: string[];
  /** the offset in the text as it was of an offset in the mended text */
  original(offset: number): number;
}

/**
 * `text` with control characters dropped and bare "&" escaped, or undefined when it has neither;
 * `where` says where in the file a character of `text` is.
 */
export function mendSlips(text: string, where: (offset: number) => string): Mended | undefined {
  let controls = 0;
  let firstControl = -1;
  let ampersands = 0;
  let firstAmpersand = -1;
  // where the mended text runs ahead of (or behind) the original: [mended offset, shift from there on]
  const shifts: [number, number][] = [];
  let shift = 0;
  const mended = text.replace(SLIPS, (match: string, offset: number) => {
    let out: string;
    if (match === '&') {
      if (ampersands++ === 0) firstAmpersand = offset;
      out = '&amp;';
    } else {
      out = match.replace(NOT_XML, '');
      const dropped = match.length - out.length;
      if (dropped > 0 && controls === 0) firstControl = offset + match.search(NOT_XML);
      controls += dropped;
    }
    if (out.length !== match.length) {
      shift += out.length - match.length;
      shifts.push([offset + shift + match.length, shift]);
    }
    return out;
  });
  const notes: string[] = [];
  if (controls > 0) {
    const code = text.charCodeAt(firstControl).toString(16).toUpperCase().padStart(4, '0');
    const s = controls === 1 ? '' : 's';
    notes.push(
      `${controls} control character${s} XML does not allow dropped (the first, U+${code}, at ${where(firstControl)})`,
    );
  }
  if (ampersands > 0)
    notes.push(`${ampersands} bare "&" read as text (the first at ${where(firstAmpersand)}): XML writes it "&amp;"`);
  if (notes.length === 0) return undefined;
  const original = (offset: number) => {
    let back = 0;
    for (const [at, by] of shifts) {
      if (at > offset) break;
      back = by;
    }
    return offset - back;
  };
  return { text: mended, notes, original };
}
