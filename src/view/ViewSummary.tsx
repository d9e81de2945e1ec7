// The view in words, kept current for a screen reader (the sentences of
// state/summaryText.ts in a region read in page order, not announced on every
// step), and "Copy summary" to paste them into a briefing.

import { useState } from 'react';
import type { LoadedDataset } from '../state/loaded';
import { useStore } from '../state/store';
import { summaryText } from '../state/summaryText';

export function ViewSummary({ loaded }: { loaded: LoadedDataset }) {
  const text = useStore((s) => (s.engine ? summaryText(loaded, s.engine, s) : ''));
  const [copied, setCopied] = useState<string | null>(null);
  if (!text) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Summary copied.');
    } catch {
      setCopied('Copying is not allowed here: the summary is in the page, after the graph.');
    }
  };
  return (
    <section className="view-summary" aria-label="Summary of the view">
      <div className="visually-hidden" data-testid="view-summary">
        {text.split('\n').map((line, k) => (
          <p key={k}>{line}</p>
        ))}
      </div>
      <button type="button" onClick={() => void copy()}>
        Copy summary
      </button>
      <span aria-live="polite" className="hint">
        {copied}
      </span>
    </section>
  );
}
