import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captionPlainText, parseCaption } from '../../src/model/captionText';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('a step caption', () => {
  it('splits paragraphs at blank lines and keeps single line breaks', () => {
    expect(parseCaption('One.\nStill one.\n\n  \nTwo.')).toEqual([
      [{ kind: 'text', text: 'One.\nStill one.' }],
      [{ kind: 'text', text: 'Two.' }],
    ]);
  });

  it("reads *emphasis*, [text](url) and bare URLs, leaving a sentence's full stop out of the address", () => {
    expect(parseCaption('HTS *denied* it, says [Reuters](https://reuters.com/x). See https://a.org/b.')).toEqual([
      [
        { kind: 'text', text: 'HTS ' },
        { kind: 'em', text: 'denied' },
        { kind: 'text', text: ' it, says ' },
        { kind: 'link', text: 'Reuters', href: 'https://reuters.com/x' },
        { kind: 'text', text: '. See ' },
        { kind: 'link', text: 'https://a.org/b', href: 'https://a.org/b' },
        { kind: 'text', text: '.' },
      ],
    ]);
  });

  it('makes links of http(s) only: any other scheme stays text', () => {
    const spans = parseCaption('[click](javascript:alert(1)) <b>x</b> data:text/html,hi ftp://x.org').flat();
    expect(spans.filter((s) => s.kind === 'link')).toEqual([]);
    expect(spans.map((s) => s.text).join('')).toBe(
      '[click](javascript:alert(1)) <b>x</b> data:text/html,hi ftp://x.org',
    );
  });

  it('keeps a lone or empty asterisk as text', () => {
    expect(parseCaption('5 * 3 and ** and * *').flat()).toEqual([{ kind: 'text', text: '5 * 3 and ** and * *' }]);
  });

  it('as plain text, keeps every word and gives a named link its address', () => {
    expect(captionPlainText('A *b* [c](https://c.org)\n\nD')).toBe('A b c (https://c.org)\nD');
  });

  it('never throws; every link is http(s); without [text](…) no character but marks and spacing is lost', () => {
    const unit = fc.constantFrom(
      'a',
      ' ',
      '\n',
      '*',
      '[',
      ']',
      '(',
      ')',
      'http://',
      'https://x',
      'javascript:',
      '.',
      'é',
    );
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const paragraphs = parseCaption(text);
        for (const span of paragraphs.flat()) {
          expect(span.text).not.toBe('');
          if (span.kind === 'link') expect(span.href).toMatch(/^https?:\/\/\S/i);
        }
        if (text.includes('[')) return;
        const kept = (t: string) => t.replace(/[\s*]/g, '');
        expect(
          kept(
            paragraphs
              .flat()
              .map((s) => s.text)
              .join(''),
          ),
        ).toBe(kept(text));
      }),
      { numRuns: RUNS },
    );
  });
});
