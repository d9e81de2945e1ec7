import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/aleppo-2024.json';
import {
  BRIEFING_ELEMENT_ID,
  briefingPage,
  readBriefingPayload,
  type BriefingPayload,
} from '../../src/io/briefingPage';
import type { Dataset } from '../../src/model/types';
import { withPolicy } from '../../scripts/strictSingleFile';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

// a page shaped like the single-file build: policy, title, one inline script (which may say "</body>") and style
const PAGE = withPolicy(
  [
    '<!doctype html><html><head><meta charset="UTF-8" /><title>Faultlines</title>',
    '<script type="module" crossorigin>const s = "</body>", t = "<style>";</script><style rel="stylesheet">b{}</style>',
    '</head><body><div id="root"></div></body></html>',
  ].join('\n'),
);

/** What a browser reads as the element's text: up to the first "</script". */
function elementText(html: string): string {
  const open = `<script type="application/json" id="${BRIEFING_ELEMENT_ID}">`;
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf('</script', start));
}

const payload = (dataset: Dataset, present: string | null = 'aleppo-offensive'): BriefingPayload => ({
  name: 'aleppo-2024.json',
  present,
  dataset,
});

describe('a briefing file', () => {
  it('holds the dataset, opens on its story, reaches no network, and keeps the page whole', () => {
    const html = briefingPage(PAGE, payload(bundled as Dataset), 'The Aleppo offensive <in five steps>');
    expect(readBriefingPayload(elementText(html))).toEqual(payload(bundled as Dataset));
    expect(html).toMatch(/connect-src 'none'/);
    expect(html).toContain('<title>The Aleppo offensive &lt;in five steps&gt;</title>');
    // placed before the page's own </body>, not inside its script
    expect(html).toContain('const s = "</body>", t = "<style>";</script>');
    expect(html.indexOf(`id="${BRIEFING_ELEMENT_ID}"`)).toBeGreaterThan(html.indexOf('<div id="root">'));
  });

  it('made again from a briefing file, holds only the new data', () => {
    const first = briefingPage(PAGE, payload(bundled as Dataset), 'one');
    const again = briefingPage(first, payload({ ...(bundled as Dataset), meta: { title: 'Two' } }, null), 'two');
    expect(again.split(`id="${BRIEFING_ELEMENT_ID}"`).length).toBe(2);
    expect(readBriefingPayload(elementText(again))?.dataset.meta.title).toBe('Two');
    expect(readBriefingPayload(elementText(again))?.present).toBeNull();
  });

  it('any text in the data stays in its element (no "</script>" can close it) and reads back the same', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('<', '/', 's', 'c', 'r', 'i', 'p', 't', '>', '!', '-', '"', '\\', 'é', '\u2028'),
        }),
        (text) => {
          const dataset = { ...(bundled as Dataset), meta: { title: text || 'x', description: text } };
          const html = briefingPage(PAGE, payload(dataset), text);
          expect(readBriefingPayload(elementText(html))?.dataset.meta).toEqual(dataset.meta);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses a page without a policy of its own, and reads nothing from a damaged element', () => {
    expect(() => briefingPage('<html><body></body></html>', payload(bundled as Dataset), 'x')).toThrow(/policy/);
    expect(readBriefingPayload('{"name": 1}')).toBeNull();
    expect(readBriefingPayload('not json')).toBeNull();
    expect(readBriefingPayload(undefined)).toBeNull();
  });

  it('the committed single-file policy builder lets nothing but its own script and style run', () => {
    const meta = /content="([^"]+)"/.exec(PAGE)![1];
    expect(meta).toMatch(
      /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+';/,
    );
    expect(meta).not.toMatch(/unsafe/);
    // the hashes are of the elements' own text: the style's, not a "<style" inside the script
    const sha = (text: string) => createHash('sha256').update(text).digest('base64');
    expect(meta).toContain(`script-src 'sha256-${sha('const s = "</body>", t = "<style>";')}'`);
    expect(meta).toContain(`style-src 'sha256-${sha('b{}')}'`);
  });
});
