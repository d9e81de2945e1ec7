// Lines of a picture's text that fit its width: the sources line of an export
// was squeezed to a few pixels (PNG) or ran off the edge (SVG) when many
// publishers were named.

/** Height of one line of the 11 px footer text, px. */
export const FOOTER_LINE = 14;

/** `text` broken between words into lines that `fits` accepts; a word too long for a line has one of its own. */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/** Without a canvas to measure with (SVG): about 0.6 em a character, a little wide to be safe. */
export function fitsAbout(width: number, fontSize: number): (line: string) => boolean {
  return (line) => line.length * fontSize * 0.62 <= width;
}
