// A step's caption: plain text with paragraphs, *emphasis* and http(s) links,
// and nothing else. Parsed here into spans that the page renders as text nodes,
// so a caption can never become HTML; any other scheme ([x](javascript:…)) stays
// the text it was written as.

export type CaptionSpan =
  { kind: 'text'; text: string } | { kind: 'em'; text: string } | { kind: 'link'; text: string; href: string };

/** A paragraph: its spans in order (line breaks inside it are kept in the text). */
export type CaptionParagraph = CaptionSpan[];

// [text](http…) | bare http… URL | *emphasis* (no asterisk or line break inside, no space at either end)
const TOKEN = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"]+)|\*([^*\s](?:[^*\n]*[^*\s])?)\*/gi;
/** Closing punctuation after a bare URL belongs to the sentence, not the address. */
const TRAILING = /[.,;:!?)\]'"]+$/;

function spansOf(text: string): CaptionSpan[] {
  const out: CaptionSpan[] = [];
  const push = (span: CaptionSpan) => {
    const last = out[out.length - 1];
    if (span.kind === 'text' && last?.kind === 'text') last.text += span.text;
    else if (span.text !== '') out.push(span);
  };
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    push({ kind: 'text', text: text.slice(at, m.index) });
    at = m.index + m[0].length;
    if (m[1] !== undefined) push({ kind: 'link', text: m[1], href: m[2] });
    else if (m[3] !== undefined) {
      const tail = TRAILING.exec(m[3])?.[0] ?? '';
      const href = m[3].slice(0, m[3].length - tail.length);
      if (/^https?:\/\/./i.test(href)) push({ kind: 'link', text: href, href });
      else push({ kind: 'text', text: href });
      push({ kind: 'text', text: tail });
    } else push({ kind: 'em', text: m[4] });
  }
  push({ kind: 'text', text: text.slice(at) });
  return out;
}

/** The caption's paragraphs (split at blank lines), each as spans; empty paragraphs dropped. */
export function parseCaption(caption: string): CaptionParagraph[] {
  return caption
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(spansOf);
}

/** The caption as plain words, paragraphs on their own lines: for exports and screen readers. */
export function captionPlainText(caption: string): string {
  return parseCaption(caption)
    .map((p) => p.map((s) => (s.kind === 'link' && s.text !== s.href ? `${s.text} (${s.href})` : s.text)).join(''))
    .join('\n');
}
