// One evidence item: the exact quote, who said it, where it was published, and
// whether it supports or disputes the relation. Dataset strings are rendered as
// text only; a link is made only for an http(s) URL.

import { useId } from 'react';
import { describeDate } from '../../model/dateText';
import type { Actor, Evidence, Source } from '../../model/types';

export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function EvidenceItem({
  evidence,
  source,
  by,
  focusable = false,
}: {
  evidence: Evidence;
  source: Source | undefined;
  by: Actor | undefined;
  /** in the Details panel: the arrows bring the keyboard here, which reads the stance and quote, then who said it */
  focusable?: boolean;
}) {
  const id = useId();
  const href = safeHref(source?.url);
  const who = [
    evidence.speaker,
    by && !evidence.speaker?.includes(by.short ?? by.label) ? (by.short ?? by.label) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li
      className={`evidence stance-${evidence.stance}`}
      data-evidence={focusable || undefined}
      tabIndex={focusable ? -1 : undefined}
      aria-labelledby={focusable ? `${id}-stance ${id}-quote` : undefined}
      aria-describedby={focusable ? `${id}-by` : undefined}
    >
      <span className="stance" id={`${id}-stance`}>
        {evidence.stance === 'supports' ? 'Supports' : 'Disputes'}
      </span>
      {evidence.quote ? (
        <blockquote id={`${id}-quote`}>{evidence.quote}</blockquote>
      ) : (
        <p className="no-quote" id={`${id}-quote`}>
          No quote given.
        </p>
      )}
      <p className="attribution" id={`${id}-by`}>
        {who && <span className="who">{who} · </span>}
        {source ? (
          <>
            {source.publisher && <span className="publisher">{source.publisher}, </span>}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            {source.published && <span className="published">, {describeDate(source.published)}</span>}
            {source.reliability && (
              <span className="reliability" title="Admiralty source reliability: A reliable to F cannot be judged">
                {' '}
                · source reliability {source.reliability}
              </span>
            )}
            {source.url && !href && <span className="url-text"> ({source.url})</span>}
          </>
        ) : (
          <span>unknown source {evidence.source}</span>
        )}
        {evidence.credibility !== undefined && (
          <span className="credibility"> · credibility {evidence.credibility}</span>
        )}
      </p>
    </li>
  );
}
