// Lines of a picture's text that fit its width: the sources line of an export
// was squeezed to a few pixels (PNG) or ran off the edge (SVG) when many
// publishers were named. exportLayout.ts wraps every text of an export with it.
// Captions are parts joined by " · ": a part that fits a line of its own is not
// split ("exported 7 Dec 2026" stays whole), the "·" ending the line before it.

const SEPARATOR = '·';

/** The words from `start` to the next separator, as one text. */
function partFrom(words: readonly string[], start: number): string {
  const end = words.indexOf(SEPARATOR, start);
  return words.slice(start, end < 0 ? undefined : end).join(' ');
}

/**
 * `text` broken between words into lines that `fits` accepts; a word too long for a line has one of
 * its own. A line also breaks after a " · " where the next part then fits whole on the next line.
 */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  words.forEach((word, i) => {
    if (line && words[i - 1] === SEPARATOR) {
      const part = partFrom(words, i);
      if (!fits(`${line} ${part}`) && fits(part)) {
        lines.push(line);
        line = '';
      }
    }
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else line = longer;
  });
  if (line) lines.push(line);
  return lines;
}
