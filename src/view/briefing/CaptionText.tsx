// A step's caption on the page: paragraphs, emphasis and http(s) links, every
// part a text node (model/captionText.ts decides what is a link).

import { parseCaption } from '../../model/captionText';

function hostOf(href: string): string {
  try {
    return new URL(href).host;
  } catch {
    return href;
  }
}

export function CaptionText({ text }: { text: string }) {
  return (
    <>
      {parseCaption(text).map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((span, k) =>
            span.kind === 'em' ? (
              <em key={k}>{span.text}</em>
            ) : span.kind === 'link' ? (
              <a key={k} href={span.href} target="_blank" rel="noopener noreferrer">
                {span.text}
                {/* a link named otherwise says where it goes: "Reuters" must not hide another site */}
                {span.text !== span.href && <span className="link-host"> ({hostOf(span.href)})</span>}
              </a>
            ) : (
              <span key={k}>{span.text}</span>
            ),
          )}
        </p>
      ))}
    </>
  );
}
