import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWidth } from '../../src/view/export/exportLayout';
import { wrapText } from '../../src/view/export/wrapText';

describe('wrapping an export footer', () => {
  it('keeps every word, in order, on lines that fit, a line over only where one word is', () => {
    const word = fc.string({ minLength: 1, maxLength: 14 }).filter((w) => !/\s/.test(w));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 4, max: 60 }), (words, width) => {
        const fits = (line: string) => line.length <= width;
        const lines = wrapText(words.join(' '), fits);
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) expect(fits(line) || !line.includes(' ')).toBe(true);
        // greedy: no line could have taken the next line's first word, unless it ends a part (" · ")
        lines
          .slice(1)
          .forEach((line, k) =>
            expect(lines[k].endsWith(' ·') || !fits(`${lines[k]} ${line.split(' ')[0]}`)).toBe(true),
          );
      }),
    );
  });

  it('breaks a long sources line for an 11 px footer 300 px wide', () => {
    const text = `Sources: ${Array.from({ length: 6 }, (_, k) => `Publisher number ${k}`).join(', ')} and 4 more · made with Faultlines`;
    const lines = wrapText(text, (line) => estimateWidth(line, 11, false) <= 300);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length * 11 * 0.62).toBeLessThanOrEqual(300);
  });

  it('keeps a part of a caption whole on the next line rather than splitting it', () => {
    const text = 'Dataset: Aleppo offensive and the Iraqi militias (fingerprint 1fzmt84) · exported 7 Dec 2026';
    const lines = wrapText(text, (line) => line.length <= 72);
    expect(lines).toEqual([
      'Dataset: Aleppo offensive and the Iraqi militias (fingerprint 1fzmt84) ·',
      'exported 7 Dec 2026',
    ]);
    // a part too long for any line is split between words, as any text
    expect(wrapText('a · bb cc dd ee', (line) => line.length <= 5)).toEqual(['a ·', 'bb cc', 'dd ee']);
  });
});
