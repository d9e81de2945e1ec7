// A briefing file: the single-file app (dist/faultlines.html) with a dataset and
// its stories written into it as JSON, opening on a story. The JSON sits in a
// <script type="application/json">, which no browser runs, with every "<"
// escaped so that no text in the data can close the element; the page's policy
// is narrowed so that it reaches no network at all.

import type { Dataset } from '../model/types';

export const BRIEFING_ELEMENT_ID = 'faultlines-briefing';

export interface BriefingPayload {
  /** the name the dataset was opened under, for messages */
  name: string;
  /** the story it opens presenting; null: it opens on the dataset */
  present: string | null;
  dataset: Dataset;
}

const ELEMENT = new RegExp(`\\n?<script type="application/json" id="${BRIEFING_ELEMENT_ID}">[^<]*</script>`, 'g');

function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page with the payload in it (any payload it held replaced), titled, and kept off the network. */
export function briefingPage(page: string, payload: BriefingPayload, title: string): string {
  if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src [^";]*/.test(page)) {
    throw new Error('the app page has no policy of its own: it cannot be made into a briefing file');
  }
  // JSON never needs a literal "<": as \u003c, no "</script>" can appear in it
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  const element = `<script type="application/json" id="${BRIEFING_ELEMENT_ID}">${json}</script>`;
  const out = page
    .replace(ELEMENT, '')
    .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src )[^";]*/, "$1'none'")
    .replace(/<title>[^<]*<\/title>/, () => `<title>${htmlText(title)}</title>`);
  // the last </body>: the inlined script before it may hold that text
  const end = out.lastIndexOf('</body>');
  if (end < 0) throw new Error('the app page has no </body>');
  return `${out.slice(0, end)}${element}\n${out.slice(end)}`;
}

/** The payload a briefing page holds, read from its element's text; null when it holds none or it is damaged. */
export function readBriefingPayload(text: string | null | undefined): BriefingPayload | null {
  if (!text) return null;
  try {
    const p = JSON.parse(text) as Partial<BriefingPayload>;
    if (typeof p.name !== 'string' || typeof p.dataset !== 'object' || p.dataset === null) return null;
    return { name: p.name, present: typeof p.present === 'string' ? p.present : null, dataset: p.dataset };
  } catch {
    return null;
  }
}
